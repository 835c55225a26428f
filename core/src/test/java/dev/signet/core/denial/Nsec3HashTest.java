package dev.signet.core.denial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Base32Hex;
import dev.signet.core.testutil.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** RFC 5155 §5 hashing against the 16 vectors of Appendices A and B. */
class Nsec3HashTest {

    @Test
    void allSixteenRfc5155VectorsMatch() throws IOException {
        List<String> lines = Files.readAllLines(TestData.path("vectors/rfc5155/nsec3-hashes.tsv"));
        Nsec3Hash hasher = new Nsec3Hash(12, HexFormat.of().parseHex("aabbccdd"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            Name owner = Name.of(cols[0]);
            assertEquals(cols[1], Base32Hex.encode(hasher.hash(owner)).toLowerCase(Locale.ROOT), cols[0]);
            // The owner's case must not matter (the canonical form is hashed).
            assertEquals(cols[1], Base32Hex.encode(hasher.hash(Name.of(cols[0].toUpperCase(Locale.ROOT))))
                    .toLowerCase(Locale.ROOT), cols[0] + " in upper case");
            checked++;
        }
        assertEquals(16, checked);
    }

    @Test
    void ownerNameIsTheUpperCaseLabelUnderTheApex() {
        byte[] hash = Nsec3Hash.hash(Name.of("example."), 12, HexFormat.of().parseHex("aabbccdd"));
        Name owner = Nsec3Hash.ownerName(hash, Name.of("example."));
        assertEquals("0P9MHAVEQVM6T7VBL5LOP2U3T2RP3TOM.example.", owner.toString());
    }

    @Test
    void zeroIterationsAndNoSaltIsOneSha1OfTheName() throws Exception {
        // RFC 9276 parameters: H(owner) once; cross-check with the JDK digest directly.
        Name owner = Name.of("Www.Example.");
        byte[] wire = Name.of("www.example.").toWire();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-1").digest(wire);
        assertEquals(HexFormat.of().formatHex(expected),
                HexFormat.of().formatHex(Nsec3Hash.hash(owner, 0, new byte[0])));
    }
}

package dev.signet.core.denial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The chains built from the RFCs' unsigned example zones equal the RFCs' signed zones' chains. */
class ChainVectorsTest {

    /** The RRsets of one type, as "owner ttl rdata" lines with lower-cased owners (hash labels differ only in case). */
    static List<String> lines(List<RRset> sets) {
        List<String> out = new ArrayList<>();
        for (RRset s : sets) {
            for (var r : s.records()) {
                out.add(r.toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static List<RRset> ofType(Zone zone, RrType type) {
        List<RRset> out = new ArrayList<>();
        for (ZoneNode n : zone.nodes()) {
            RRset s = n.rrset(type);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The RFC's unsigned zone with its apex DNSKEYs, as a signer has it when it builds the chain. */
    static Zone withKeys(String rfc) {
        try {
            return TestZones.parse(Files.readString(TestData.path("vectors/" + rfc + "/example.unsigned.zone"))
                    + Files.readString(TestData.path("vectors/" + rfc + "/example.dnskeys.zone")), "example.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void rfc5155AppendixANsec3ChainIsReproduced() {
        Zone unsigned = withKeys("rfc5155");
        Zone signed = TestZones.load(TestData.path("vectors/rfc5155/example.signed.zone"), "example.");
        DenialMode.Nsec3 params = DenialMode.nsec3(HexFormat.of().parseHex("aabbccdd"), 12, true);

        List<RRset> built = Nsec3Chain.build(unsigned, params);

        List<String> expected = lines(ofType(signed, RrType.NSEC3));
        assertEquals(12, expected.size());
        assertEquals(expected, lines(built)); // same records, in the same (canonical = hash) order
        assertEquals(lines(List.of(signed.apexNode().rrset(RrType.NSEC3PARAM).withTtl(0))),
                lines(List.of(params.nsec3paramRRset(unsigned.apex(), unsigned.rrClass()))));
    }

    @Test
    void rfc4035AppendixANsecChainIsReproduced() {
        Zone unsigned = withKeys("rfc4035");
        Zone signed = TestZones.load(TestData.path("vectors/rfc4035/example.signed.zone"), "example.");

        List<RRset> built = NsecChain.build(unsigned);

        List<String> expected = lines(ofType(signed, RrType.NSEC));
        assertEquals(10, expected.size());
        assertEquals(expected, lines(built));
    }

    @Test
    void withoutOptOutEveryNameAndEmptyNonTerminalIsHashed() {
        Zone unsigned = withKeys("rfc5155");
        List<RRset> built = Nsec3Chain.build(unsigned, DenialMode.nsec3(HexFormat.of().parseHex("aabbccdd"), 12, false));
        // The RFC's 12 plus c.example (the insecure delegation); its glue stays out.
        assertEquals(13, built.size());
        assertTrue(lines(built).stream().anyMatch(l -> l.startsWith("4g6p9u5gvfshp30pqecj98b3maqbn1ck.example.")
                && l.endsWith(" ns")), lines(built).toString());
    }

    @Test
    void tooManyIterationsAreRefusedLikeBind() {
        TextException e = assertThrows(TextException.class, () -> DenialMode.nsec3(new byte[0], 151, false));
        assertEquals("NSEC3_ITERATIONS", e.code());
        assertEquals("NSEC3 iterations too big. Maximum iterations allowed 150.", e.detail());
        assertEquals(150, DenialMode.nsec3(new byte[0], 150, false).iterations());
    }
}

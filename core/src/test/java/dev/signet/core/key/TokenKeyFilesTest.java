package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Key files of keys on a token (keygen --pkcs11, keyfromlabel), in BIND 9.18's layout. */
class TokenKeyFilesTest {

    private static final String URI = "pkcs11:token=signer;object=ksk-2026";

    private static KeyGenerator.Request request(Algorithm alg) {
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        KeyMetadata md = KeyMetadata.EMPTY.with(KeyTime.CREATED, t).with(KeyTime.PUBLISH, t).with(KeyTime.ACTIVATE, t);
        return new KeyGenerator.Request(Name.parse("example.com.", Name.ROOT), RrClass.IN, alg, 0, 257, -1, true, md);
    }

    private static SecureRandom seeded() throws Exception {
        SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(6);
        return r;
    }

    @Test
    void ecdsaPrivateFileHoldsOnlyTheLabelAsBindWritesIt(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyGeneration.generate(Algorithm.ECDSAP256SHA256, 0, seeded());
        ZoneKey key = KeyGenerator.writeTokenKey(request(Algorithm.ECDSAP256SHA256), pair.getPublic(), URI, dir,
                ZoneOffset.UTC);
        Path priv = KeyFiles.privateFile(dir.resolve(key.fileName().base()));
        String expected = "Private-key-format: v1.3\n"
                + "Algorithm: 13 (ECDSAP256SHA256)\n"
                + "Label: " + Base64.getEncoder().encodeToString((URI + "\0").getBytes(StandardCharsets.US_ASCII)) + "\n"
                + "Created: 20260102030405\n"
                + "Publish: 20260102030405\n"
                + "Activate: 20260102030405\n";
        String text = Files.readString(priv, StandardCharsets.ISO_8859_1);
        assertEquals(expected, text);
        assertEquals(text, PrivateKeyFile.parse(text, priv.toString(), 13).format());
        ZoneKey read = KeyFiles.read(priv);
        assertEquals(new KeyRef(KeyRef.PKCS11, URI), read.privateKey());
        assertEquals(key.dnskey(), read.dnskey());
    }

    @Test
    void rsaPrivateFileAlsoHasThePublicModulusAndExponent(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyGeneration.generate(Algorithm.RSASHA256, 2048, seeded());
        ZoneKey key = KeyGenerator.writeTokenKey(request(Algorithm.RSASHA256), pair.getPublic(), URI, dir, ZoneOffset.UTC);
        String text = Files.readString(KeyFiles.privateFile(dir.resolve(key.fileName().base())));
        String[] lines = text.split("\n");
        assertEquals("Algorithm: 8 (RSASHA256)", lines[1]);
        assertEquals(true, lines[2].startsWith("Modulus: "));
        assertEquals("PublicExponent: AQAB", lines[3]);
        assertEquals(true, lines[4].startsWith("Label: "));
        assertEquals("Created: 20260102030405", lines[5]);
        assertEquals("Activate: 20260102030405", lines[7]);
        assertEquals(8, lines.length);
    }

    @Test
    void aCollidingTagWritesNothing(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyGeneration.generate(Algorithm.ECDSAP256SHA256, 0, seeded());
        KeyGenerator.writeTokenKey(request(Algorithm.ECDSAP256SHA256), pair.getPublic(), URI, dir, ZoneOffset.UTC);
        Path other = Files.createDirectories(dir.resolve("x"));
        // The same key again, in the same directory: its tag is taken.
        KeyException e = assertThrows(KeyException.class, () -> KeyGenerator.writeTokenKey(
                request(Algorithm.ECDSAP256SHA256), pair.getPublic(), URI + "-copy", dir, ZoneOffset.UTC));
        assertEquals("KEY_COLLISION", e.code());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count()); // .key, .private and the folder x
        }
        assertEquals(0, Files.list(other).count());
    }
}

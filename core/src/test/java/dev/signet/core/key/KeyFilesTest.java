package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySources;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and writing the key files BIND and ldns made (testdata/keys). */
class KeyFilesTest {

    static Stream<Path> bindKeys() throws IOException {
        return list("keys/bind");
    }

    static Stream<Path> ldnsKeys() throws IOException {
        return list("keys/ldns");
    }

    static Stream<Path> list(String dir) throws IOException {
        try (Stream<Path> s = Files.list(TestData.path(dir))) {
            List<Path> keys = s.filter(p -> p.toString().endsWith(".key")).sorted().toList();
            return keys.stream().map(KeyFiles::base);
        }
    }

    /** Read then write a BIND pair: both files come out byte for byte as BIND wrote them. */
    @ParameterizedTest
    @MethodSource("bindKeys")
    void rewritingBindFilesIsByteIdentical(Path base, @TempDir Path out) throws IOException {
        ZoneKey key = KeyFiles.read(base);
        PrivateKeyFile priv = KeyFiles.readPrivate(base, key.dnskey().algorithm());
        // The fixtures were made on a UTC machine, and BIND prints ctime in local time.
        Path written = KeyFiles.write(out, key, priv, ZoneOffset.UTC);
        assertEquals(base.getFileName().toString(), written.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(KeyFiles.keyFile(base)), Files.readAllBytes(KeyFiles.keyFile(written)),
                "the .key file");
        assertArrayEquals(Files.readAllBytes(KeyFiles.privateFile(base)),
                Files.readAllBytes(KeyFiles.privateFile(written)), "the .private file");
    }

    /** Every BIND and ldns key (v1.3 and v1.2) loads through the file key source and signs. */
    @ParameterizedTest
    @MethodSource({"bindKeys", "ldnsKeys"})
    void filesSign(Path base) {
        ZoneKey key = KeyFiles.read(base);
        assertEquals(KeyRef.FILE, key.privateKey().scheme());
        try (KeySource source = KeySources.open(KeyRef.FILE, KeySourceContext.empty())) {
            Signer signer = source.signer(key.privateKey(), key.dnskey());
            byte[] data = new byte[100];
            new Random(key.keyTag()).nextBytes(data);
            byte[] sig = signer.sign(data);
            assertTrue(SoftwareSignatureVerifier.create().verify(key.dnskey(), data, sig));
            data[0] ^= 1;
            assertFalse(SoftwareSignatureVerifier.create().verify(key.dnskey(), data, sig));
        }
    }

    @Test
    void bindMetadataIsRead() {
        ZoneKey ksk = KeyFiles.read(TestData.path("keys/bind/Kexample.test.+013+43605"));
        assertEquals(KeyRole.KSK, ksk.role());
        assertEquals(3600, ksk.ttl());
        KeyMetadata md = ksk.metadata();
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), md.time(KeyTime.PUBLISH).orElseThrow());
        assertEquals(Instant.parse("2027-01-05T00:00:00Z"), md.time(KeyTime.SYNC_DELETE).orElseThrow());
        ZoneKey successor = KeyFiles.read(TestData.path("keys/bind/Kexample.test.+013+20242"));
        assertEquals(43605, successor.metadata().number(KeyNumber.PREDECESSOR).orElseThrow());
        assertEquals(20242, md.number(KeyNumber.SUCCESSOR).orElseThrow());
        assertEquals(Instant.parse("2026-01-04T00:00:00Z"), successor.metadata().time(KeyTime.DS_PUBLISH).orElseThrow());
        assertEquals(-1, successor.ttl());

        ZoneKey revoked = KeyFiles.read(TestData.path("keys/bind/Kexample.test.+015+25590"));
        assertEquals(KeyRole.REVOKED, revoked.role());
        ZoneKey v12 = KeyFiles.read(TestData.path("keys/bind/Kexample.test.+015+34383"));
        assertTrue(v12.metadata().isEmpty());
        assertEquals(KeyRole.ZSK, v12.role());
        ZoneKey weird = KeyFiles.read(TestData.path("keys/bind/Kwe%2Eird%24name%20x.example.test.+013+13749"));
        assertEquals("We\\.ird\\$Name\\032x.Example.TEST.", weird.owner().toString());
        ZoneKey root = KeyFiles.read(TestData.path("keys/bind/K.+016+28301"));
        assertTrue(root.owner().isRoot());
    }

    @Test
    void stateFileIsRead() {
        ZoneKey key = KeyFiles.read(TestData.path("keys/bind/Kexample.state.+013+03027"));
        KeyStateFile state = key.state().orElseThrow();
        assertTrue(state.isKsk());
        assertTrue(state.isZsk());
        assertEquals(13, state.number("Algorithm").orElseThrow());
        assertEquals(256, state.number("Length").orElseThrow());
        assertEquals(key.metadata().time(KeyTime.CREATED), java.util.Optional.of(state.times().get(KeyTime.CREATED)));
        assertEquals(key.metadata().time(KeyTime.ACTIVATE), java.util.Optional.of(state.times().get(KeyTime.ACTIVATE)));
    }

    @Test
    void fullStateFileIsRead() {
        ZoneKey key = KeyFiles.read(TestData.path("keys/bind/Kexample.state.+013+35711"));
        KeyStateFile state = key.state().orElseThrow();
        assertEquals(0, state.number("Lifetime").orElseThrow());
        assertEquals(java.util.Optional.of("omnipresent"), state.state("DNSKEYState"));
        assertEquals(java.util.Optional.of("hidden"), state.state("ZRRSIGState"));
        assertEquals(java.util.Optional.of("rumoured"), state.state("DSState"));
        assertEquals(Instant.parse("2026-11-23T01:59:53Z"), state.date("DSChange").orElseThrow());
        // Retired/Removed/PublishCDS in the .state are Inactive/Delete/SyncPublish in the .private.
        for (KeyTime t : new KeyTime[] {KeyTime.INACTIVE, KeyTime.DELETE, KeyTime.SYNC_PUBLISH, KeyTime.DS_PUBLISH}) {
            assertEquals(key.metadata().time(t).orElseThrow(), state.times().get(t), t.name());
        }
    }

    @Test
    void badStateFile() {
        dev.signet.core.spi.KeyException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.signet.core.spi.KeyException.class,
                () -> KeyStateFile.parse("; state\nAlgorithm: 13\nGenerated: 2026\n", "K.state"));
        assertEquals("BAD_DATE", e.code());
        assertEquals("Generated", e.field());
        assertEquals(3, e.line());
        assertEquals("BAD_STATE_LINE", org.junit.jupiter.api.Assertions.assertThrows(
                dev.signet.core.spi.KeyException.class, () -> KeyStateFile.parse("KSK yes\n", "K.state")).code());
    }

    @Test
    void fileNames() {
        Name weird = Name.of("We\\.ird\\$Name\\032x.Example.TEST.");
        KeyFileName n = KeyFileName.of(weird, 13, 13749);
        assertEquals("Kwe%2Eird%24name%20x.example.test.+013+13749", n.base());
        assertEquals(weird, KeyFileName.parse(n.privateFile()).owner());
        assertEquals("K.+016+28301.key", KeyFileName.of(Name.ROOT, 16, 28301).keyFile());
        assertEquals(Name.ROOT, KeyFileName.parse("K.+016+28301.state").owner());
        assertEquals(5, KeyFileName.parse("Kexample.test.+005+00042").algorithm());
        assertEquals(42, KeyFileName.parse("Kexample.test.+005+00042").keyTag());
        assertEquals(null, KeyFileName.parse("example.test.key"));
    }

    /** A key whose private half is on a token: Label: survives a round trip and routes to pkcs11. */
    @Test
    void labelledKeys(@TempDir Path dir) throws IOException {
        ZoneKey bindKey = KeyFiles.read(TestData.path("keys/bind/Kexample.test.+008+61006"));
        String label = "pkcs11:token=signet-test;object=zsk-1";
        PrivateKeyFile priv = PrivateKeyFile.onToken(Algorithm.RSASHA256, bindKey.dnskey().publicKey(), label,
                bindKey.metadata());
        Path base = KeyFiles.write(dir, bindKey, priv, ZoneOffset.UTC);
        String text = Files.readString(KeyFiles.privateFile(base));
        assertTrue(text.contains("\nLabel: cGtjczExOnRva2VuPXNpZ25ldC10ZXN0O29iamVjdD16c2stMQA=\n"), text);
        ZoneKey read = KeyFiles.read(base);
        assertEquals(new KeyRef(KeyRef.PKCS11, label), read.privateKey());
        assertEquals(label, KeyFiles.readPrivate(base, 8).label());
        assertEquals("KEY_ON_TOKEN", org.junit.jupiter.api.Assertions.assertThrows(dev.signet.core.spi.KeyException.class,
                () -> new FileKeySource().signer(KeyRef.file(KeyFiles.privateFile(base)), read.dnskey())).code());
    }

    @Test
    void noProviderForAnUnknownScheme() {
        assertEquals("NO_KEY_SOURCE", org.junit.jupiter.api.Assertions.assertThrows(dev.signet.core.spi.KeyException.class,
                () -> KeySources.open("nope", KeySourceContext.empty())).code());
    }
}

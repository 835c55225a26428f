package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DigestType;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RrClass;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.testutil.Peers;
import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys Signet generates and writes: file modes, read-back, signing, and BIND's view of them. */
class GeneratedKeysTest {

    private static final Name OWNER = Name.of("Example.Test.");

    static Path generate(Path dir, Algorithm alg, int bits, boolean ksk, long seed) throws IOException {
        SecureRandom rnd = seeded(seed);
        KeyPair kp = KeyGeneration.generate(alg, bits, rnd);
        Dnskey dnskey = Dnskey.create(ksk ? 257 : 256, Dnskey.PROTOCOL, alg.number(), DnskeyPublicKeys.encode(alg, kp.getPublic()));
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        KeyMetadata md = KeyMetadata.EMPTY.with(KeyTime.CREATED, now).with(KeyTime.PUBLISH, now)
                .with(KeyTime.ACTIVATE, now);
        ZoneKey key = new ZoneKey(OWNER, RrClass.IN, -1, dnskey, md, null, Optional.empty());
        return KeyFiles.write(dir, key, PrivateKeyFile.of(alg, kp.getPrivate(), md, true), ZoneOffset.UTC);
    }

    @ParameterizedTest
    @CsvSource({"RSASHA256, 1024", "RSASHA512, 2048", "ECDSAP256SHA256, 0", "ECDSAP384SHA384, 0",
        "ED25519, 0", "ED448, 0", "RSASHA1, 1024", "NSEC3RSASHA1, 1024"})
    void writtenKeysReadBackAndSign(Algorithm alg, int bits, @TempDir Path dir) throws IOException {
        Path base = generate(dir, alg, bits, true, 17);
        Path priv = KeyFiles.privateFile(base);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(priv));
            Set<PosixFilePermission> pub = Files.getPosixFilePermissions(KeyFiles.keyFile(base));
            assertTrue(pub.contains(PosixFilePermission.OWNER_READ) && !pub.contains(PosixFilePermission.OTHERS_WRITE));
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
        ZoneKey key = KeyFiles.read(base);
        assertEquals(KeyRef.file(priv), key.privateKey());
        assertEquals(KeyRole.KSK, key.role());
        assertEquals(alg, key.algorithm());
        assertTrue(base.getFileName().toString().startsWith("Kexample.test.+"), "file names are lower-cased");
        Signer signer = new FileKeySource().signer(key.privateKey(), key.dnskey());
        byte[] data = "signed data".getBytes(StandardCharsets.US_ASCII);
        assertTrue(SoftwareSignatureVerifier.create().verify(key.dnskey(), data, signer.sign(data)));
        String text = Files.readString(KeyFiles.keyFile(base));
        assertTrue(text.startsWith("; This is a key-signing key, keyid " + key.keyTag() + ", for Example.Test.\n"
                + "; Created: 20260301120000 (Sun Mar  1 12:00:00 2026)\n"), text);
    }

    @Test
    void rsaKeysAreAsBindMakesThem() {
        for (int bits : new int[] {1024, 2048, 4096}) {
            KeyPair kp = KeyGeneration.generate(Algorithm.RSASHA256, bits, new SecureRandom());
            RSAPublicKey pub = (RSAPublicKey) kp.getPublic();
            assertEquals(bits, pub.getModulus().bitLength());
            assertEquals(BigInteger.valueOf(65537), pub.getPublicExponent());
        }
        assertEquals("BAD_KEY_SIZE", assertThrows(TextException.class,
                () -> KeyGeneration.generate(Algorithm.RSASHA256, 512, new SecureRandom())).code());
        assertEquals("BAD_KEY_SIZE", assertThrows(TextException.class,
                () -> KeyGeneration.generate(Algorithm.RSASHA512, 4097, new SecureRandom())).code());
    }

    /** Interop: BIND's dnssec-dsfromkey prints the DS the ds package computes, for every algorithm. */
    @ParameterizedTest
    @CsvSource({"RSASHA256, 1024", "RSASHA512, 1024", "ECDSAP256SHA256, 0", "ECDSAP384SHA384, 0",
        "ED25519, 0", "ED448, 0", "RSASHA1, 1024", "NSEC3RSASHA1, 1024"})
    void dnssecDsfromkeyAgrees(Algorithm alg, int bits, @TempDir Path dir) throws Exception {
        Peers.require("dnssec-dsfromkey");
        for (boolean ksk : new boolean[] {true, false}) {
            Path base = generate(dir, alg, bits, ksk, ksk ? 1 : 2);
            ZoneKey key = KeyFiles.read(base);
            for (DigestType type : DigestType.values()) {
                String expected = key.owner() + " IN DS " + DelegationSigner.ds(key.owner(), key.dnskey(), type);
                String flag = type == DigestType.SHA1 ? "-1" : type == DigestType.SHA256 ? "-2" : "-a SHA-384";
                String out = run(dir, "dnssec-dsfromkey " + flag + " " + KeyFiles.keyFile(base).getFileName());
                assertEquals(expected, out.strip(), type.mnemonic());
            }
        }
    }

    /** A repeatable random source, so a failure can be reproduced. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Interop: BIND loads the .private files Signet writes, signs a zone with them, and verifies it. */
    @ParameterizedTest
    @CsvSource({"RSASHA256, 1024", "RSASHA512, 2048", "ECDSAP256SHA256, 0", "ECDSAP384SHA384, 0",
        "ED25519, 0", "ED448, 0"})
    void bindSignsWithSignetKeys(Algorithm alg, int bits, @TempDir Path dir) throws Exception {
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-verify");
        Path base = generate(dir, alg, bits, true, 99);
        String keyFile = KeyFiles.keyFile(base).getFileName().toString();
        Files.writeString(dir.resolve("db"), "$TTL 300\n"
                + "example.test. IN SOA ns.example.test. admin.example.test. 1 3600 600 86400 300\n"
                + "example.test. IN NS ns.example.test.\n"
                + "ns.example.test. IN A 192.0.2.1\n"
                + "$INCLUDE " + keyFile + "\n");
        run(dir, "dnssec-signzone -z -o example.test -f db.signed db " + base.getFileName());
        run(dir, "dnssec-verify -z -o example.test db.signed");
    }

    static String run(Path dir, String command) throws Exception {
        // stdout only: BIND warns on stderr for SHA-1 ("DS digest type 0 is deprecated", sic).
        Process p = new ProcessBuilder(command.split(" ")).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }
}

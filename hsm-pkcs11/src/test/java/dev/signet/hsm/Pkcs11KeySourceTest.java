package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySources;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pkcs11 key source against a real SoftHSM2 token: generate, sign, verify in software, errors. */
class Pkcs11KeySourceTest {

    @TempDir
    static Path tmp;

    static Path pinFile;
    static Path wrongPinFile;

    @BeforeAll
    static void tokens() throws Exception {
        TestToken.create("signet-test", "never-logged-in");
        pinFile = Files.writeString(tmp.resolve("pin"), TestToken.PIN + "\n");
        wrongPinFile = Files.writeString(tmp.resolve("wrong-pin"), "99999\n");
    }

    static KeySource source(Path pin) {
        return KeySources.open("pkcs11", new KeySourceContext(Map.of(Pkcs11KeySource.MODULE, TestToken.MODULE,
                PinSource.PIN_FILE, pin.toString()), prompt -> Optional.empty()));
    }

    static KeyRef ref(String token, String object) {
        return KeyRef.fromLabel("pkcs11:token=" + token + ";object=" + object);
    }

    private static void generateSignVerify(Algorithm alg, int bits, String object) {
        try (KeySource s = source(pinFile)) {
            PublicKey pub = s.generate(ref("signet-test", object), alg, bits);
            Dnskey dnskey = Dnskey.create(257, 3, alg.number(), DnskeyPublicKeys.encode(alg, pub));
            assertArrayEquals(dnskey.publicKey(), DnskeyPublicKeys.encode(alg,
                    s.publicKey(ref("signet-test", object), alg)));
            Signer signer = s.signer(ref("signet-test", object), dnskey);
            SoftwareSignatureVerifier v = SoftwareSignatureVerifier.create();
            Random r = new Random(alg.number());
            for (int i = 0; i < 20; i++) {
                byte[] data = new byte[r.nextInt(300)];
                r.nextBytes(data);
                byte[] sig = signer.sign(data);
                if (alg.family() == Algorithm.Family.ECDSA) {
                    assertEquals(alg.signatureLength(), sig.length);
                }
                assertTrue(v.verify(dnskey, data, sig), alg + " signature " + i);
                data = data.length == 0 ? new byte[] {1} : data;
                data[0] ^= 1;
                assertFalse(v.verify(dnskey, data, signer.sign(new byte[] {9})));
            }
        }
    }

    @Test
    void p256() {
        generateSignVerify(Algorithm.ECDSAP256SHA256, 0, "p256");
    }

    @Test
    void p384() {
        generateSignVerify(Algorithm.ECDSAP384SHA384, 0, "p384");
    }

    @Test
    void rsa2048() {
        generateSignVerify(Algorithm.RSASHA256, 2048, "rsa2048");
    }

    @Test
    void rsa4096Sha512() {
        generateSignVerify(Algorithm.RSASHA512, 4096, "rsa4096");
    }

    @Test
    void ed25519ThroughThePkcs11Wrapper() {
        generateSignVerify(Algorithm.ED25519, 0, "ed25519");
    }

    @Test
    void ed448ThroughThePkcs11Wrapper() {
        generateSignVerify(Algorithm.ED448, 0, "ed448");
    }

    @Test
    void concurrentSigning() throws Exception {
        Algorithm alg = Algorithm.ECDSAP256SHA256;
        try (KeySource s = source(pinFile)) {
            PublicKey pub = s.generate(ref("signet-test", "threads"), alg, 0);
            Dnskey dnskey = Dnskey.create(256, 3, alg.number(), DnskeyPublicKeys.encode(alg, pub));
            Signer signer = s.signer(ref("signet-test", "threads"), dnskey);
            SoftwareSignatureVerifier v = SoftwareSignatureVerifier.create();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int seed = t;
                    results.add(pool.submit(() -> {
                        Random r = new Random(seed);
                        for (int i = 0; i < 200; i++) {
                            byte[] data = new byte[50 + r.nextInt(100)];
                            r.nextBytes(data);
                            if (!v.verify(dnskey, data, signer.sign(data))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : results) {
                    assertTrue(f.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aTakenLabelIsRefused() {
        try (KeySource s = source(pinFile)) {
            s.generate(ref("signet-test", "taken"), Algorithm.ECDSAP256SHA256, 0);
            KeyException e = assertThrows(KeyException.class,
                    () -> s.generate(ref("signet-test", "taken"), Algorithm.ECDSAP256SHA256, 0));
            assertEquals("PKCS11_KEY_EXISTS", e.code());
        }
    }

    @Test
    void anotherKeysDnskeyIsAMismatch() {
        try (KeySource s = source(pinFile)) {
            s.generate(ref("signet-test", "mine"), Algorithm.ECDSAP256SHA256, 0);
            PublicKey other = s.generate(ref("signet-test", "other"), Algorithm.ECDSAP256SHA256, 0);
            Dnskey dnskey = Dnskey.create(256, 3, 13, DnskeyPublicKeys.encode(Algorithm.ECDSAP256SHA256, other));
            assertEquals("KEY_MISMATCH", assertThrows(KeyException.class,
                    () -> s.signer(ref("signet-test", "mine"), dnskey)).code());
        }
    }

    @Test
    void errorsAreOneLineWithACodeAndNoPin() throws Exception {
        Path pin = Files.writeString(tmp.resolve("secret-pin"), "777777\n");
        assertError("PKCS11_PIN_INCORRECT", () -> source(pin).generate(ref("never-logged-in", "k"), Algorithm.ECDSAP256SHA256, 0));
        assertError("PKCS11_NO_TOKEN", () -> source(pinFile).generate(ref("no-such-token", "k"), Algorithm.ECDSAP256SHA256, 0));
        assertError("PKCS11_NO_KEY", () -> source(pinFile).publicKey(ref("signet-test", "absent"), Algorithm.ECDSAP256SHA256));
        assertError("BAD_KEY_SIZE", () -> source(pinFile).generate(ref("signet-test", "small"), Algorithm.RSASHA256, 1024));
        assertError("PKCS11_MODULE_MISSING", () -> KeySources.open("pkcs11", new KeySourceContext(Map.of(
                Pkcs11KeySource.MODULE, tmp.resolve("nope.so").toString()), p -> Optional.empty()))
                .publicKey(ref("signet-test", "k"), Algorithm.ECDSAP256SHA256));
        Path notALibrary = Files.writeString(tmp.resolve("fake.so"), "not a library");
        assertError("PKCS11_MODULE_UNUSABLE", () -> KeySources.open("pkcs11", new KeySourceContext(Map.of(
                Pkcs11KeySource.MODULE, notALibrary.toString()), p -> Optional.empty()))
                .publicKey(ref("signet-test", "k"), Algorithm.ECDSAP256SHA256));
        assertError("PKCS11_NO_PIN", () -> KeySources.open("pkcs11", new KeySourceContext(Map.of(
                Pkcs11KeySource.MODULE, TestToken.MODULE), p -> Optional.empty()))
                .publicKey(ref("never-logged-in", "k"), Algorithm.ECDSAP256SHA256));
        assertError("PKCS11_NO_PIN", () -> KeySources.open("pkcs11", new KeySourceContext(Map.of(
                Pkcs11KeySource.MODULE, TestToken.MODULE, PinSource.PIN_ENV, "SIGNET_NO_SUCH_VARIABLE_X"),
                p -> Optional.empty())).publicKey(ref("never-logged-in", "k"), Algorithm.ECDSAP256SHA256));
        // The wrong PIN was not remembered or retried: the token is still not logged in.
        assertError("PKCS11_PIN_INCORRECT", () -> source(pin).publicKey(ref("never-logged-in", "k"), Algorithm.ECDSAP256SHA256));
    }

    private static void assertError(String code, Runnable r) {
        KeyException e = assertThrows(KeyException.class, r::run, code);
        assertEquals(code, e.code(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("777777") || e.getMessage().contains(TestToken.PIN + " "), e.getMessage());
        assertNotEquals(null, e.getMessage());
    }

    @Test
    void keysAreSensitiveAndNeverExtractable() throws Exception {
        try (KeySource s = source(pinFile)) {
            s.generate(ref("signet-test", "inspect"), Algorithm.ECDSAP256SHA256, 0);
        }
        if (!TestToken.onPath("pkcs11-tool")) {
            return; // covered by the CLI's interop test, which requires pkcs11-tool
        }
        String out = TestToken.run("pkcs11-tool", "--module", TestToken.MODULE, "--token-label", "signet-test",
                "--login", "--pin", TestToken.PIN, "--list-objects", "--type", "privkey");
        String entry = out.substring(out.indexOf("label:      inspect"));
        entry = entry.substring(0, Math.min(entry.length(), entry.indexOf("Access:") + 80));
        assertTrue(entry.contains("sensitive") && entry.contains("never extractable"), out);
        assertTrue(out.contains("ID:         " + hex("inspect")), out);
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.US_ASCII)) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}

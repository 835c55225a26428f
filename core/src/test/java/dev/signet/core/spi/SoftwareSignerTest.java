package dev.signet.core.spi;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftwareSignerTest {

    private static SecureRandom seeded(long seed) throws Exception {
        SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(seed);
        return r;
    }

    /** One signer used from several threads at once gives only valid signatures. */
    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"RSASHA256", "ECDSAP256SHA256", "ED25519", "ED448"})
    void signsFromManyThreads(Algorithm alg) throws Exception {
        KeyPair kp = KeyGeneration.generate(alg, 1024, seeded(alg.number()));
        Dnskey key = Dnskey.create(256, Dnskey.PROTOCOL, alg.number(), DnskeyPublicKeys.encode(alg, kp.getPublic()));
        SoftwareSigner signer = SoftwareSigner.create(key, kp.getPrivate(), "test");
        assertEquals(SoftwareCrypto.forSigning(alg).name(), signer.backendName());
        SignatureVerifier verifier = SoftwareSignatureVerifier.create();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random rnd = new Random(seed);
                    for (int i = 0; i < 50; i++) {
                        byte[] data = new byte[rnd.nextInt(200)];
                        rnd.nextBytes(data);
                        if (!verifier.verify(key, data, signer.sign(data))) {
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
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAPrivateKeyOfAnotherDnskey() throws Exception {
        KeyPair a = KeyGeneration.generate(Algorithm.ED25519, 0, seeded(1));
        KeyPair b = KeyGeneration.generate(Algorithm.ED25519, 0, seeded(2));
        Dnskey key = Dnskey.create(257, Dnskey.PROTOCOL, Algorithm.ED25519.number(),
                DnskeyPublicKeys.encode(Algorithm.ED25519, a.getPublic()));
        KeyException e = assertThrows(KeyException.class, () -> SoftwareSigner.create(key, b.getPrivate(), "Kx.private"));
        assertEquals("KEY_MISMATCH", e.code());
        assertTrue(e.getMessage().startsWith("Kx.private: "));
    }

    @Test
    void verifierRejectsWhatItCannotCheck() {
        SignatureVerifier v = SoftwareSignatureVerifier.create();
        Dnskey dsa = Dnskey.create(256, 3, 3, new byte[] {1, 2, 3});
        assertEquals("UNSUPPORTED_ALGORITHM", assertThrows(TextException.class,
                () -> v.verify(dsa, new byte[1], new byte[40])).code());
        Dnskey bad = Dnskey.create(256, 3, 13, new byte[10]);
        assertEquals("BAD_PUBLIC_KEY", assertThrows(TextException.class,
                () -> v.verify(bad, new byte[1], new byte[64])).code());
    }

    /** Many keys through one verifier: the per-thread cache is bounded and stays correct. */
    @Test
    void verifierWithManyKeys() throws Exception {
        SignatureVerifier v = SoftwareSignatureVerifier.create();
        SecureRandom rnd = seeded(7);
        byte[] data = {1, 2, 3};
        for (int i = 0; i < 100; i++) {
            KeyPair kp = KeyGeneration.generate(Algorithm.ED25519, 0, rnd);
            Dnskey key = Dnskey.create(256, Dnskey.PROTOCOL, Algorithm.ED25519.number(),
                    DnskeyPublicKeys.encode(Algorithm.ED25519, kp.getPublic()));
            byte[] sig = SoftwareSigner.create(key, kp.getPrivate(), "k").sign(data);
            assertTrue(v.verify(key, data, sig));
            assertFalse(v.verify(key, new byte[] {1, 2, 4}, sig));
        }
    }
}

package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.crypto.VerifyFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenSSL backend against the java backend on generated keys and seeded random data: RSA
 * (PKCS #1 v1.5) and EdDSA are deterministic, so both must produce the same octets; ECDSA nonces
 * differ, so each backend must verify the other's signatures (and reject them over other data).
 */
class OpenSslEquivalenceTest {

    private static final CryptoBackend OPENSSL = new OpenSslBackend();

    private static KeyPair keyPair(Algorithm alg) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(alg.number());
        return KeyGeneration.generate(alg, 2048, random);
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"RSASHA1", "RSASHA256", "RSASHA512", "ED25519", "ED448"})
    void deterministicSignaturesAreIdentical(Algorithm alg) throws Exception {
        KeyPair kp = keyPair(alg);
        CryptoBackend java = SoftwareCrypto.forSigning(alg);
        Random rnd = new Random(alg.number() * 31L);
        try (SignFunction ours = OPENSSL.signer(alg, kp.getPrivate(), kp.getPublic());
                SignFunction theirs = java.signer(alg, kp.getPrivate(), kp.getPublic())) {
            VerifyFunction javaVerifier = SoftwareCrypto.forVerifying(alg).verifier(alg, kp.getPublic());
            for (int i = 0; i < 40; i++) {
                byte[] data = new byte[rnd.nextInt(700)]; // beyond the initial 512-octet buffer too
                rnd.nextBytes(data);
                int off = data.length > 10 ? rnd.nextInt(10) : 0;
                int len = data.length - off;
                byte[] sig = ours.sign(data, off, len);
                assertArrayEquals(theirs.sign(data, off, len), sig, alg + " data length " + len);
                assertTrue(javaVerifier.verify(data, off, len, sig));
                assertTrue(OPENSSL.verifier(alg, kp.getPublic()).verify(data, off, len, sig));
            }
        }
    }

    /** The path for an OpenSSL that will not sign twice with one EdDSA context gives the same octets. */
    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"ED25519", "ED448"})
    void eddsaReinitialisedEachTimeSignsTheSame(Algorithm alg) throws Exception {
        KeyPair kp = keyPair(alg);
        Random rnd = new Random(alg.number());
        try (SignFunction reused = OPENSSL.signer(alg, kp.getPrivate(), kp.getPublic());
                SignFunction fresh = new OpenSslSigner(alg, kp.getPrivate(), kp.getPublic()).reinitialisingEachTime()) {
            for (int i = 0; i < 10; i++) {
                byte[] data = new byte[rnd.nextInt(200)];
                rnd.nextBytes(data);
                assertArrayEquals(reused.sign(data, 0, data.length), fresh.sign(data, 0, data.length));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"ECDSAP256SHA256", "ECDSAP384SHA384"})
    void ecdsaSignaturesVerifyAcrossBackends(Algorithm alg) throws Exception {
        KeyPair kp = keyPair(alg);
        CryptoBackend java = SoftwareCrypto.forSigning(alg);
        Random rnd = new Random(alg.number() * 17L);
        VerifyFunction javaVerifier = SoftwareCrypto.forVerifying(alg).verifier(alg, kp.getPublic());
        VerifyFunction opensslVerifier = OPENSSL.verifier(alg, kp.getPublic());
        try (SignFunction ours = OPENSSL.signer(alg, kp.getPrivate(), kp.getPublic());
                SignFunction theirs = java.signer(alg, kp.getPrivate(), kp.getPublic())) {
            for (int i = 0; i < 40; i++) {
                byte[] data = new byte[1 + rnd.nextInt(300)];
                rnd.nextBytes(data);
                byte[] other = data.clone();
                other[rnd.nextInt(other.length)] ^= 1;
                byte[] fromOpenssl = ours.sign(data, 0, data.length);
                byte[] fromJava = theirs.sign(data, 0, data.length);
                assertEquals(alg.signatureLength(), fromOpenssl.length);
                assertTrue(javaVerifier.verify(data, 0, data.length, fromOpenssl), "java verifies OpenSSL's");
                assertTrue(opensslVerifier.verify(data, 0, data.length, fromJava), "OpenSSL verifies java's");
                assertTrue(opensslVerifier.verify(data, 0, data.length, fromOpenssl));
                assertFalse(javaVerifier.verify(other, 0, other.length, fromOpenssl));
                assertFalse(opensslVerifier.verify(other, 0, other.length, fromJava));
            }
        }
    }
}

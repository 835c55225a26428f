package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.VerifyFunction;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyPair;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key material OpenSSL refuses becomes one line naming the call and OpenSSL's reason. */
class OpenSslErrorsTest {

    private static void assertOneLine(String message, String call, String reason) {
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(call + " failed: error:"), message);
        assertTrue(message.contains(reason), message);
    }

    @Test
    void ecPointOffTheCurveIsRefused() {
        byte[] point = new byte[65];
        point[0] = 4;
        point[64] = 7; // (0, 7) is not on P-256
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
                () -> NativeKeys.ec(Algorithm.ECDSAP256SHA256, new byte[] {1}, point));
        assertOneLine(e.getMessage(), "EVP_PKEY_fromdata", "point is not on curve");
    }

    @Test
    void edKeyOfTheWrongLengthIsRefused() {
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
                () -> NativeKeys.ed(Algorithm.ED25519, new byte[31], true));
        assertOneLine(e.getMessage(), "EVP_PKEY_new_raw_private_key_ex(ED25519)", "error:");
    }

    @Test
    void rsaKeyTooSmallForItsDigestFailsToSignWithTheReason() throws Exception {
        // A 512-bit modulus (64 octets) cannot hold a PKCS #1 SHA-512 DigestInfo (83 octets + padding).
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(512, SecureRandom.getInstance("SHA1PRNG"));
        KeyPair kp = g.generateKeyPair();
        try (SignFunction signer = new OpenSslBackend().signer(Algorithm.RSASHA512, kp.getPrivate(), kp.getPublic())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> signer.sign(new byte[3], 0, 3));
            String m = e.getMessage();
            assertFalse(m.contains("\n"), m);
            assertTrue(m.startsWith("OpenSSL RSASHA512 signing: EVP_PKEY_sign failed: error:"), m);
            assertTrue(m.contains("too"), m); // "digest too big for rsa key" (3.0), "key size too small" (others)
        }
    }

    @Test
    void closedSignerRefusesToSign() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(13);
        KeyPair kp = KeyGeneration.generate(Algorithm.ECDSAP256SHA256, 0, random);
        SignFunction signer = new OpenSslBackend().signer(Algorithm.ECDSAP256SHA256, kp.getPrivate(), kp.getPublic());
        byte[] data = {1, 2, 3};
        VerifyFunction v = new OpenSslBackend().verifier(Algorithm.ECDSAP256SHA256, kp.getPublic());
        assertTrue(v.verify(data, 0, 3, signer.sign(data, 0, 3)));
        signer.close();
        signer.close(); // a second close does nothing
        assertThrows(IllegalStateException.class, () -> signer.sign(data, 0, 3));
    }

    @Test
    void malformedSignaturesAreFalseNotErrors() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(8);
        KeyPair kp = KeyGeneration.generate(Algorithm.RSASHA256, 1024, random);
        VerifyFunction v = new OpenSslBackend().verifier(Algorithm.RSASHA256, kp.getPublic());
        byte[] data = {1, 2, 3};
        assertFalse(v.verify(data, 0, 3, new byte[0]));
        assertFalse(v.verify(data, 0, 3, new byte[127]));
        assertFalse(v.verify(data, 0, 3, new byte[128]));
        assertFalse(v.verify(data, 0, 3, new byte[129]));
        byte[] rsaKey = DnskeyPublicKeys.encode(Algorithm.RSASHA256, kp.getPublic());
        assertTrue(rsaKey.length > 128);
        // The error queue was emptied: a good signature still verifies on this thread.
        try (SignFunction s = new OpenSslBackend().signer(Algorithm.RSASHA256, kp.getPrivate(), kp.getPublic())) {
            assertTrue(v.verify(data, 0, 3, s.sign(data, 0, 3)));
        }
    }
}

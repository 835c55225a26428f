package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.VerifyFunction;
import dev.signet.core.rdata.Dnskey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.security.PublicKey;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenSSL backend against the RFC vectors (testdata/vectors): RFC 5702 RSA and RFC 8080
 * (erratum 4935) EdDSA signatures reproduced byte for byte from the published private keys, the
 * RFC 6605 ECDSA signatures verified, and the as-published RFC 8080 signature refused.
 */
class OpenSslVectorsTest {

    private final CryptoBackend openssl = new OpenSslBackend();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rfc5702/Kexample.net.+008+09033, rfc5702/rrsig-6.1-rsasha256.signed-data.hex,"
            + " kRCOH6u7l0QGy9qpC9l1sLncJcOKFLJ7GhiUOibu4teYp5VE9RncriShZNz85mwlMgNEacFYK/lPtPiVYP4bwg==",
        "rfc5702/Kexample.net.+010+03740, rfc5702/rrsig-6.2-rsasha512.signed-data.hex,"
            + " tsb4wnjRUDnB1BUi+t6TMTXThjVnG+eCkWqjvvjhzQL1d0YRoOe0CbxrVDYd0xDtsuJRaeUw1ep94PzEWzr0iGYgZBWm/zpq"
            + "+9fOuagYJRfDqfReKBzMweOLDiNa8iP5g9vMhpuv6OPlvpXwm9Sa9ZXIbNl1MBGk0fthPgxdDLw=",
        "rfc8080/Kexample.com.+015+03613, rfc8080/rrsig-mx-keytag3613.signed-data.hex,"
            + " oL9krJun7xfBOIWcGHi7mag5/hdZrKWw15jPGrHpjQeRAvTdszaPD+QLs3fx8A4M3e23mRZ9VrbpMngwcrqNAg==",
        "rfc8080/Kexample.com.+015+35217, rfc8080/rrsig-mx-keytag35217.signed-data.hex,"
            + " zXQ0bkYgQTEFyfLyi9QoiY6D8ZdYo4wyUhVioYZXFdT410QPRITQSqJSnzQoSm5poJ7gD7AQR0O7KuI5k2pcBg==",
        "rfc8080/Kexample.com.+016+09713, rfc8080/rrsig-mx-keytag9713.signed-data.hex,"
            + " 3cPAHkmlnxcDHMyg7vFC34l0blBhuG1qpwLmjInI8w1CMB29FkEAIJUA0amxWndkmnBZ6SKiwZSAxGILn/NBtOXft0+Gj7FSv"
            + "OKxE/07+4RQvE581N3Aj/JtIyaiYVdnYtyMWbSNyGEY2213WKsJlwEA",
        "rfc8080/Kexample.com.+016+38353, rfc8080/rrsig-mx-keytag38353.signed-data.hex,"
            + " E1/oLjSGIbmLny/4fcgM1z4oL6aqo+izT3urCyHyvEp4Sp8Syg1eI+lJ57CSnZqjJP41O/9l4m0AsQ4f7qI1gVnML8vWWiyW2"
            + "KXhT9kuAICUSxv5OWbf81Rq7Yu60npabODB0QFPb/rkW3kUZmQ0YQUA"})
    void reproducesPublishedSignature(String key, String signedData, String expected) throws Exception {
        Dnskey dnskey = Vectors.dnskey(key);
        Algorithm alg = Vectors.algorithm(key);
        PublicKey pub = DnskeyPublicKeys.decode(alg, dnskey.publicKey());
        byte[] data = Vectors.hex(signedData);
        try (SignFunction signer = openssl.signer(alg, Vectors.privateKey(key), pub)) {
            byte[] sig = signer.sign(data, 0, data.length);
            assertEquals(expected, Base64.getEncoder().encodeToString(sig));
            // The same engine signs again, and again identically (no state left from the first).
            assertEquals(expected, Base64.getEncoder().encodeToString(signer.sign(data, 0, data.length)));
            VerifyFunction verifier = openssl.verifier(alg, pub);
            assertTrue(verifier.verify(data, 0, data.length, sig));
            byte[] changed = data.clone();
            changed[changed.length - 1] ^= 1;
            assertFalse(verifier.verify(changed, 0, changed.length, sig));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rfc6605/Kexample.net.+013+55648, rfc6605/rrsig-6.1-p256.signed-data.hex,"
            + " qx6wLYqmh+l9oCKTN6qIc+bw6ya+KJ8oMz0YP107epXAyGmt+3SNruPFKG7tZoLBLlUzGGus7ZwmwWep666VCw==",
        "rfc6605/Kexample.net.+014+10771, rfc6605/rrsig-6.2-p384.signed-data.hex,"
            + " /L5hDKIvGDyI1fcARX3z65qrmPsVz73QD1Mr5CEqOiLP95hxQouuroGCeZOvzFaxsT8Glr74hbavRKayJNuydCuzWTSSPdz7wnq"
            + "XL5bdcJzusdnI0RSMROxxwGipWcJm"})
    void verifiesRfc6605Signatures(String key, String signedData, String published) throws Exception {
        Algorithm alg = Vectors.algorithm(key);
        PublicKey pub = DnskeyPublicKeys.decode(alg, Vectors.dnskey(key).publicKey());
        byte[] data = Vectors.hex(signedData);
        byte[] sig = Base64.getDecoder().decode(published);
        VerifyFunction verifier = openssl.verifier(alg, pub);
        assertTrue(verifier.verify(data, 0, data.length, sig));
        byte[] changed = data.clone();
        changed[changed.length - 1] ^= 1; // the A record 192.0.2.1 becomes 192.0.2.0
        assertFalse(verifier.verify(changed, 0, changed.length, sig));
        byte[] badSig = sig.clone();
        badSig[5] ^= 0x40;
        assertFalse(verifier.verify(data, 0, data.length, badSig));
        assertFalse(verifier.verify(data, 0, data.length, new byte[3]));
        assertFalse(verifier.verify(data, 0, data.length, new byte[sig.length]), "r = s = 0");
        assertTrue(verifier.verify(data, 0, data.length, sig), "a failed check leaves the verifier usable");
        // A signature by this key over the same data, made by OpenSSL, also verifies.
        try (SignFunction signer = openssl.signer(alg, Vectors.privateKey(key), pub)) {
            assertTrue(verifier.verify(data, 0, data.length, signer.sign(data, 0, data.length)));
        }
    }

    /** RFC 8080 as published signed Labels = 3 (erratum 4935): valid only over that other data. */
    @Test
    void asPublishedRfc8080SignatureDoesNotVerify() throws Exception {
        String key = "rfc8080/Kexample.com.+015+03613";
        PublicKey pub = DnskeyPublicKeys.decode(Algorithm.ED25519, Vectors.dnskey(key).publicKey());
        byte[] data = Vectors.hex("rfc8080/rrsig-mx-keytag3613.signed-data.hex");
        String asPublished = null;
        for (String l : Files.readAllLines(Vectors.path("vectors/rfc8080/negative-as-published-labels3.zone"))) {
            if (l.contains("RRSIG") && l.contains(" 3613 ")) {
                String[] w = l.trim().split("\\s+");
                asPublished = w[w.length - 1];
            }
        }
        byte[] sig = Base64.getDecoder().decode(asPublished);
        VerifyFunction verifier = openssl.verifier(Algorithm.ED25519, pub);
        assertFalse(verifier.verify(data, 0, data.length, sig));
        byte[] labels3 = data.clone();
        labels3[3] = 3; // RRSIG Labels field
        assertTrue(verifier.verify(labels3, 0, labels3.length, sig));
    }
}

package dev.signet.core.crypto;

import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.PrivateKeyFile;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every software backend against the RFC vectors: deterministic RSA (RFC 5702) and EdDSA
 * (RFC 8080, erratum 4935 values) signatures reproduced byte for byte from the published private
 * keys; RFC 6605 ECDSA signatures verified; ECDSA round trips across backends.
 */
class SignatureVectorsTest {

    /** key file base (under vectors/), signed-data file, published signature. */
    record Vector(String key, String signedData, String signature) {
    }

    static final List<Vector> DETERMINISTIC = List.of(
            // RFC 5702 §6.1 and §6.2
            new Vector("rfc5702/Kexample.net.+008+09033", "rfc5702/rrsig-6.1-rsasha256.signed-data.hex",
                    "kRCOH6u7l0QGy9qpC9l1sLncJcOKFLJ7GhiUOibu4teYp5VE9RncriShZNz85mwlMgNEacFYK/lPtPiVYP4bwg=="),
            new Vector("rfc5702/Kexample.net.+010+03740", "rfc5702/rrsig-6.2-rsasha512.signed-data.hex",
                    "tsb4wnjRUDnB1BUi+t6TMTXThjVnG+eCkWqjvvjhzQL1d0YRoOe0CbxrVDYd0xDtsuJRaeUw1ep94PzEWzr0iGYgZBWm/zpq"
                    + "+9fOuagYJRfDqfReKBzMweOLDiNa8iP5g9vMhpuv6OPlvpXwm9Sa9ZXIbNl1MBGk0fthPgxdDLw="),
            // RFC 8080 §6 with erratum 4935 (Labels = 2)
            new Vector("rfc8080/Kexample.com.+015+03613", "rfc8080/rrsig-mx-keytag3613.signed-data.hex",
                    "oL9krJun7xfBOIWcGHi7mag5/hdZrKWw15jPGrHpjQeRAvTdszaPD+QLs3fx8A4M3e23mRZ9VrbpMngwcrqNAg=="),
            new Vector("rfc8080/Kexample.com.+015+35217", "rfc8080/rrsig-mx-keytag35217.signed-data.hex",
                    "zXQ0bkYgQTEFyfLyi9QoiY6D8ZdYo4wyUhVioYZXFdT410QPRITQSqJSnzQoSm5poJ7gD7AQR0O7KuI5k2pcBg=="),
            new Vector("rfc8080/Kexample.com.+016+09713", "rfc8080/rrsig-mx-keytag9713.signed-data.hex",
                    "3cPAHkmlnxcDHMyg7vFC34l0blBhuG1qpwLmjInI8w1CMB29FkEAIJUA0amxWndkmnBZ6SKiwZSAxGILn/NBtOXft0+Gj7FSv"
                    + "OKxE/07+4RQvE581N3Aj/JtIyaiYVdnYtyMWbSNyGEY2213WKsJlwEA"),
            new Vector("rfc8080/Kexample.com.+016+38353", "rfc8080/rrsig-mx-keytag38353.signed-data.hex",
                    "E1/oLjSGIbmLny/4fcgM1z4oL6aqo+izT3urCyHyvEp4Sp8Syg1eI+lJ57CSnZqjJP41O/9l4m0AsQ4f7qI1gVnML8vWWiyW2"
                    + "KXhT9kuAICUSxv5OWbf81Rq7Yu60npabODB0QFPb/rkW3kUZmQ0YQUA"));

    static final List<Vector> ECDSA = List.of(
            new Vector("rfc6605/Kexample.net.+013+55648", "rfc6605/rrsig-6.1-p256.signed-data.hex",
                    "qx6wLYqmh+l9oCKTN6qIc+bw6ya+KJ8oMz0YP107epXAyGmt+3SNruPFKG7tZoLBLlUzGGus7ZwmwWep666VCw=="),
            new Vector("rfc6605/Kexample.net.+014+10771", "rfc6605/rrsig-6.2-p384.signed-data.hex",
                    "/L5hDKIvGDyI1fcARX3z65qrmPsVz73QD1Mr5CEqOiLP95hxQouuroGCeZOvzFaxsT8Glr74hbavRKayJNuydCuzWTSSPdz7wnq"
                    + "XL5bdcJzusdnI0RSMROxxwGipWcJm"));

    static Stream<Arguments> deterministicCases() {
        List<Arguments> out = new ArrayList<>();
        for (CryptoBackend b : SoftwareCrypto.all()) {
            for (Vector v : DETERMINISTIC) {
                out.add(Arguments.of(b, v));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> ecdsaCases() {
        List<Arguments> out = new ArrayList<>();
        for (CryptoBackend b : SoftwareCrypto.all()) {
            for (Vector v : ECDSA) {
                out.add(Arguments.of(b, v));
            }
        }
        return out.stream();
    }

    static Dnskey dnskey(Vector v) {
        return KeyFiles.readPublic(TestData.path("vectors/" + v.key)).dnskey();
    }

    static PrivateKey privateKey(Vector v, Dnskey key) {
        PrivateKeyFile f = KeyFiles.readPrivate(TestData.path("vectors/" + v.key), key.algorithm());
        return f.privateKey(v.key);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deterministicCases")
    void reproducesPublishedSignature(CryptoBackend backend, Vector v) throws Exception {
        Dnskey key = dnskey(v);
        Algorithm alg = Algorithm.require(key.algorithm());
        PrivateKey priv = privateKey(v, key);
        PublicKey pub = DnskeyPublicKeys.decode(alg, key.publicKey());
        byte[] data = VectorFiles.hex("vectors/" + v.signedData);
        byte[] sig = backend.signer(alg, priv, pub).sign(data, 0, data.length);
        assertEquals(v.signature, Base64.getEncoder().encodeToString(sig));
        assertTrue(backend.verifier(alg, pub).verify(data, 0, data.length, sig));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("ecdsaCases")
    void verifiesRfc6605Signatures(CryptoBackend backend, Vector v) throws Exception {
        Dnskey key = dnskey(v);
        Algorithm alg = Algorithm.require(key.algorithm());
        PublicKey pub = DnskeyPublicKeys.decode(alg, key.publicKey());
        byte[] data = VectorFiles.hex("vectors/" + v.signedData);
        byte[] sig = Base64.getDecoder().decode(v.signature);
        VerifyFunction verifier = backend.verifier(alg, pub);
        assertTrue(verifier.verify(data, 0, data.length, sig));
        byte[] changed = data.clone();
        changed[changed.length - 1] ^= 1; // the A record 192.0.2.1 becomes 192.0.2.0
        assertFalse(verifier.verify(changed, 0, changed.length, sig));
        byte[] badSig = sig.clone();
        badSig[5] ^= 0x40;
        assertFalse(verifier.verify(data, 0, data.length, badSig));
        assertFalse(verifier.verify(data, 0, data.length, new byte[3]));
        assertTrue(verifier.verify(data, 0, data.length, sig), "a failed check leaves the verifier usable");
    }

    /** Signatures of every backend verify with every backend (same RFC 6605 keys, seeded data). */
    @Test
    void ecdsaRoundTripAcrossBackends() throws Exception {
        Random rnd = new Random(6605);
        for (Vector v : ECDSA) {
            Dnskey key = dnskey(v);
            Algorithm alg = Algorithm.require(key.algorithm());
            PrivateKey priv = privateKey(v, key);
            PublicKey pub = DnskeyPublicKeys.decode(alg, key.publicKey());
            for (CryptoBackend signer : SoftwareCrypto.all()) {
                for (int i = 0; i < 20; i++) {
                    byte[] data = new byte[rnd.nextInt(300)];
                    rnd.nextBytes(data);
                    byte[] sig = signer.signer(alg, priv, pub).sign(data, 0, data.length);
                    assertEquals(2 * alg.fieldLength(), sig.length);
                    for (CryptoBackend verifier : SoftwareCrypto.all()) {
                        assertTrue(verifier.verifier(alg, pub).verify(data, 0, data.length, sig),
                                signer + " -> " + verifier + " " + alg);
                    }
                }
            }
        }
    }

    /** The public key computed from each RFC private key is the published DNSKEY key. */
    @Test
    void publicKeysFollowFromPrivateKeys() throws Exception {
        List<Vector> all = new ArrayList<>(DETERMINISTIC);
        all.addAll(ECDSA);
        for (Vector v : all) {
            Dnskey key = dnskey(v);
            Algorithm alg = Algorithm.require(key.algorithm());
            PublicKey derived = PrivateKeys.publicKey(alg, privateKey(v, key));
            assertArrayEquals(key.publicKey(), DnskeyPublicKeys.encode(alg, derived), v.key);
        }
    }

    /**
     * RFC 8080 as published signed Labels = 3 (erratum 4935): those signatures are valid EdDSA
     * signatures over other data, so they must not verify over the corrected signed data.
     */
    @Test
    void asPublishedRfc8080SignatureDoesNotVerify() throws Exception {
        Vector v = DETERMINISTIC.get(2);
        Dnskey key = dnskey(v);
        PublicKey pub = DnskeyPublicKeys.decode(Algorithm.ED25519, key.publicKey());
        byte[] data = VectorFiles.hex("vectors/" + v.signedData);
        byte[] asPublished = Base64.getDecoder().decode(asPublished3613());
        for (CryptoBackend b : SoftwareCrypto.all()) {
            assertFalse(b.verifier(Algorithm.ED25519, pub).verify(data, 0, data.length, asPublished), b.name());
            byte[] labels3 = data.clone();
            labels3[3] = 3; // RRSIG Labels field
            assertTrue(b.verifier(Algorithm.ED25519, pub).verify(labels3, 0, labels3.length, asPublished), b.name());
        }
    }

    /** The as-published 3613 signature, from vectors/rfc8080/negative-as-published-labels3.zone. */
    private static String asPublished3613() throws java.io.IOException {
        for (String l : java.nio.file.Files.readAllLines(TestData.path("vectors/rfc8080/negative-as-published-labels3.zone"))) {
            if (l.contains("RRSIG") && l.contains(" 3613 ")) {
                String[] w = l.trim().split("\\s+");
                return w[w.length - 1];
            }
        }
        throw new AssertionError("3613 RRSIG not found");
    }
}

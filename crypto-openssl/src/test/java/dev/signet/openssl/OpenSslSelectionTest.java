package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoSelection;
import dev.signet.core.crypto.JavaCryptoProvider;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.key.FileKeySource;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySources;
import dev.signet.core.spi.Signer;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.spi.SoftwareSigner;
import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backend as Signet uses it: chosen by name through ServiceLoader, behind the file key
 * source's signers (one engine per thread, closed with the source), and verifying zones.
 */
class OpenSslSelectionTest {

    private static final String RSA = "rfc5702/Kexample.net.+008+09033";
    private static final String P256 = "rfc6605/Kexample.net.+013+55648";

    @Test
    void autoChoosesOpensslOnThisJvm() {
        CryptoSelection.Choice auto = CryptoSelection.choose(null);
        assertEquals("openssl", auto.name(), auto.reason());
        assertEquals("openssl", CryptoSelection.choose("OpenSSL").name());
        assertEquals("java", CryptoSelection.choose("java").name());
        assertTrue(new OpenSslProvider().description().startsWith("OpenSSL 3"), new OpenSslProvider().description());
        TextException e = assertThrows(TextException.class, () -> CryptoSelection.choose("gnutls"));
        assertEquals("UNKNOWN_CRYPTO", e.code());
    }

    /** Chosen by name, OpenSSL does everything; chosen by auto, only where it is faster. */
    @Test
    void autoLeavesSlowerAlgorithmsToJava() {
        var forced = CryptoSelection.choose("openssl").provider();
        var auto = CryptoSelection.choose("auto").provider();
        for (Algorithm alg : Algorithm.values()) {
            assertEquals("OpenSSL", forced.forSigning(alg).name(), alg.mnemonic());
            assertEquals("OpenSSL", forced.forVerifying(alg).name(), alg.mnemonic());
            boolean openssl = alg.family() == Algorithm.Family.RSA || alg == Algorithm.ECDSAP256SHA256;
            assertEquals(openssl ? "OpenSSL" : SoftwareCrypto.forSigning(alg).name(), auto.forSigning(alg).name(),
                    alg.mnemonic());
            assertEquals(openssl ? "OpenSSL" : SoftwareCrypto.forVerifying(alg).name(), auto.forVerifying(alg).name(),
                    alg.mnemonic());
        }
        assertTrue(auto.description().endsWith("Java for ECDSA P-384 and EdDSA"), auto.description());
    }

    private static KeySource source(String crypto) {
        return KeySources.open(KeyRef.FILE, new KeySourceContext(Map.of(CryptoSelection.SETTING, crypto),
                prompt -> Optional.empty()));
    }

    /** Threads signing at once with one signer: each gets its own engine; RSA equals the java backend's. */
    @Test
    void manyThreadsSignWithOneSigner() throws Exception {
        try (KeySource openssl = source("openssl"); KeySource java = source("java")) {
            assertEquals("openssl", ((FileKeySource) openssl).crypto().name());
            for (String key : List.of(RSA, P256)) {
                Dnskey dnskey = Vectors.dnskey(key);
                KeyRef ref = KeyRef.file(Vectors.path("vectors/" + key + ".private"));
                Signer ours = openssl.signer(ref, dnskey);
                Signer theirs = java.signer(ref, dnskey);
                assertEquals("OpenSSL", ((SoftwareSigner) ours).backendName());
                SoftwareSignatureVerifier verifier = SoftwareSignatureVerifier.of(new JavaCryptoProvider());
                boolean deterministic = Algorithm.require(dnskey.algorithm()).family() == Algorithm.Family.RSA;
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Integer>> results = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        long seed = t;
                        Callable<Integer> job = () -> {
                            Random rnd = new Random(seed);
                            for (int i = 0; i < 150; i++) {
                                byte[] data = new byte[20 + rnd.nextInt(200)];
                                rnd.nextBytes(data);
                                byte[] sig = ours.sign(data);
                                assertTrue(verifier.verify(dnskey, data, sig), key);
                                if (deterministic) {
                                    assertArrayEquals(theirs.sign(data), sig, key);
                                }
                            }
                            return 150;
                        };
                        results.add(pool.submit(job));
                    }
                    for (Future<Integer> f : results) {
                        assertEquals(150, f.get());
                    }
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    @Test
    void closingTheSourceClosesItsSigners() {
        Dnskey dnskey = Vectors.dnskey(RSA);
        Signer signer;
        try (KeySource source = source("openssl")) {
            signer = source.signer(KeyRef.file(Vectors.path("vectors/" + RSA + ".private")), dnskey);
            assertEquals(64, signer.sign(new byte[10]).length); // the RFC 5702 key is 512 bits
        }
        assertThrows(IllegalStateException.class, () -> signer.sign(new byte[10]));
    }

    @Test
    void opensslVerifierChecksPublishedSignatures() {
        Dnskey dnskey = Vectors.dnskey(P256);
        byte[] data = Vectors.hex("rfc6605/rrsig-6.1-p256.signed-data.hex");
        byte[] sig = Base64.getDecoder().decode(
                "qx6wLYqmh+l9oCKTN6qIc+bw6ya+KJ8oMz0YP107epXAyGmt+3SNruPFKG7tZoLBLlUzGGus7ZwmwWep666VCw==");
        SoftwareSignatureVerifier v = SoftwareSignatureVerifier.of(CryptoSelection.choose("openssl").provider());
        assertTrue(v.verify(dnskey, data, sig));
        data[0] ^= 1;
        assertTrue(!v.verify(dnskey, data, sig));
    }
}

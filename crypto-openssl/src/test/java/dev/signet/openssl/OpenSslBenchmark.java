package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.crypto.VerifyFunction;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Raw signatures and verifications per second on one thread, java backend (the fastest JDK or
 * Bouncy Castle implementation per algorithm) against OpenSSL. Not a test; after
 * {@code mvn -q test-compile -pl core,crypto-openssl} on Java 22+:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp core/target/classes:crypto-openssl/target/classes:\
 * crypto-openssl/target/test-classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.78.1/bcprov-jdk18on-1.78.1.jar \
 *     dev.signet.openssl.OpenSslBenchmark [seconds-per-try [tries]]
 * </pre>
 *
 * As core's CryptoBenchmark: the backends take turns, and the best try counts (other load on a
 * shared machine only ever slows a try down). Compare with {@code openssl speed rsa2048
 * ecdsap256 ecdsap384 ed25519 ed448}, which signs pre-hashed data without the call overhead.
 */
public final class OpenSslBenchmark {

    private static volatile byte sink;

    private OpenSslBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int tries = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] data = new byte[160]; // a typical RRSIG signed-data size
        new Random(42).nextBytes(data);
        System.out.printf(Locale.ROOT, "JDK %s, %s, best of %d x %.1f s, one thread%n",
                System.getProperty("java.version"), new OpenSslProvider().description(), tries, seconds);
        System.out.printf(Locale.ROOT, "%-16s %-12s %10s %10s%n", "algorithm", "backend", "sign/s", "verify/s");
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(8080);
        for (Algorithm alg : List.of(Algorithm.RSASHA256, Algorithm.ECDSAP256SHA256, Algorithm.ECDSAP384SHA384,
                Algorithm.ED25519, Algorithm.ED448)) {
            KeyPair kp = KeyGeneration.generate(alg, 2048, random);
            List<CryptoBackend> backends = List.of(SoftwareCrypto.forSigning(alg), new OpenSslBackend());
            int n = backends.size();
            SignFunction[] signers = new SignFunction[n];
            VerifyFunction[] verifiers = new VerifyFunction[n];
            byte[][] sigs = new byte[n][];
            for (int i = 0; i < n; i++) {
                signers[i] = backends.get(i).signer(alg, kp.getPrivate(), kp.getPublic());
                verifiers[i] = backends.get(i).verifier(alg, kp.getPublic());
                sigs[i] = signers[i].sign(data, 0, data.length);
                if (!verifiers[i].verify(data, 0, data.length, sigs[i])) {
                    throw new AssertionError(backends.get(i) + " " + alg + " does not verify its own signature");
                }
            }
            double[] sign = new double[n];
            double[] verify = new double[n];
            for (int t = 0; t < tries; t++) {
                for (int i = 0; i < n; i++) {
                    SignFunction s = signers[i];
                    VerifyFunction v = verifiers[i];
                    byte[] sig = sigs[i];
                    sign[i] = Math.max(sign[i], rate(seconds, () -> sink ^= s.sign(data, 0, data.length)[0]));
                    verify[i] = Math.max(verify[i], rate(seconds, () -> sink ^= v.verify(data, 0, data.length, sig) ? 1 : 0));
                }
            }
            String label = alg.mnemonic() + (alg.family() == Algorithm.Family.RSA ? "/2048" : "");
            for (int i = 0; i < n; i++) {
                System.out.printf(Locale.ROOT, "%-16s %-12s %10.0f %10.0f%n", label, backends.get(i).name(), sign[i],
                        verify[i]);
                signers[i].close();
            }
        }
    }

    private static double rate(double seconds, Runnable op) {
        long warm = System.nanoTime() + (long) (seconds / 3 * 1e9);
        while (System.nanoTime() < warm) {
            op.run();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long now;
        do {
            op.run();
            n++;
            now = System.nanoTime();
        } while (now < end);
        return n / ((now - start) / 1e9);
    }
}

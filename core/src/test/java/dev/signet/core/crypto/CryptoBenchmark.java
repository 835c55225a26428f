package dev.signet.core.crypto;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Raw signatures (and verifications) per second, per algorithm and per software backend, on one
 * thread. Not a test: run it by hand after {@code mvn -q test-compile -pl core}:
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.78.1/bcprov-jdk18on-1.78.1.jar \
 *     dev.signet.core.crypto.CryptoBenchmark [seconds-per-cell [rounds]]
 * </pre>
 *
 * The numbers decide the preference order in {@link SoftwareCrypto}.
 */
public final class CryptoBenchmark {

    private static volatile byte sink;

    private CryptoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        // Later rounds run with the JIT settled (the first RSA cell is otherwise slow).
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        // A typical RRSIG signed-data size (RRSIG rdata + one small RRset).
        byte[] data = new byte[160];
        new Random(42).nextBytes(data);
        List<CryptoBackend> backends = SoftwareCrypto.all();
        System.out.printf(Locale.ROOT, "JDK %s, Bouncy Castle %s, %d CPUs, %.1f s per cell%n",
                System.getProperty("java.version"), BouncyCastle.provider().getVersionStr(),
                Runtime.getRuntime().availableProcessors(), seconds);
        System.out.printf(Locale.ROOT, "%-16s %-12s %12s %12s%n", "algorithm", "backend", "sign/s", "verify/s");
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(8080);
        for (int round = 1; round <= rounds; round++) {
            System.out.println("round " + round);
            table(seconds, data, backends, random);
        }
    }

    private static void table(double seconds, byte[] data, List<CryptoBackend> backends, SecureRandom random)
            throws Exception {
        for (Algorithm alg : Algorithm.values()) {
            if (alg.isDeprecated()) {
                continue;
            }
            KeyPair kp = KeyGeneration.generate(alg, 2048, random);
            for (CryptoBackend b : backends) {
                SignFunction s = b.signer(alg, kp.getPrivate(), kp.getPublic());
                byte[] sig = s.sign(data, 0, data.length);
                VerifyFunction v = b.verifier(alg, kp.getPublic());
                if (!v.verify(data, 0, data.length, sig)) {
                    throw new AssertionError(b + " " + alg + " does not verify its own signature");
                }
                double signRate = rate(seconds, () -> sink ^= s.sign(data, 0, data.length)[0]);
                double verifyRate = rate(seconds, () -> sink ^= v.verify(data, 0, data.length, sig) ? 1 : 0);
                String label = alg.mnemonic() + (alg.family() == Algorithm.Family.RSA ? "/2048" : "");
                System.out.printf(Locale.ROOT, "%-16s %-12s %12.0f %12.0f%n", label, b.name(), signRate, verifyRate);
            }
        }
    }

    /** Operations per second: warm up for a third of the time, then count. */
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

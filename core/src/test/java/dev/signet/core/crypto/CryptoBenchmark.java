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
 *     dev.signet.core.crypto.CryptoBenchmark [seconds-per-try [tries]]
 * </pre>
 *
 * Each cell is measured {@code tries} times, the backends of one algorithm taking turns, and the
 * best try is reported: on a shared machine other load only ever makes a try slower, so the
 * maximum is the least disturbed figure. The numbers decide the preference order in
 * {@link SoftwareCrypto}.
 */
public final class CryptoBenchmark {

    private static volatile byte sink;

    private CryptoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int tries = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // A typical RRSIG signed-data size (RRSIG rdata + one small RRset).
        byte[] data = new byte[160];
        new Random(42).nextBytes(data);
        List<CryptoBackend> backends = SoftwareCrypto.all();
        System.out.printf(Locale.ROOT, "JDK %s, Bouncy Castle %s, %d CPUs, best of %d x %.1f s%n",
                System.getProperty("java.version"), BouncyCastle.provider().getVersionStr(),
                Runtime.getRuntime().availableProcessors(), tries, seconds);
        System.out.printf(Locale.ROOT, "%-16s %-12s %12s %12s%n", "algorithm", "backend", "sign/s", "verify/s");
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(8080);
        for (Algorithm alg : Algorithm.values()) {
            if (alg.isDeprecated()) {
                continue;
            }
            KeyPair kp = KeyGeneration.generate(alg, 2048, random);
            int n = backends.size();
            SignFunction[] signers = new SignFunction[n];
            VerifyFunction[] verifiers = new VerifyFunction[n];
            byte[][] sigs = new byte[n][];
            for (int i = 0; i < n; i++) {
                CryptoBackend b = backends.get(i);
                signers[i] = b.signer(alg, kp.getPrivate(), kp.getPublic());
                verifiers[i] = b.verifier(alg, kp.getPublic());
                sigs[i] = signers[i].sign(data, 0, data.length);
                if (!verifiers[i].verify(data, 0, data.length, sigs[i])) {
                    throw new AssertionError(b + " " + alg + " does not verify its own signature");
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
                System.out.printf(Locale.ROOT, "%-16s %-12s %12.0f %12.0f%n", label, backends.get(i).name(),
                        sign[i], verify[i]);
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

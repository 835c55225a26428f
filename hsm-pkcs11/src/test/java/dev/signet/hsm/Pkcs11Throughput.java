package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySources;
import dev.signet.core.spi.Signer;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures signatures per second through a PKCS#11 token (not a test: run by hand). Makes one key
 * per algorithm on the token (labels {@code bench-<alg>-<time>}), then signs 150-octet inputs (an
 * RRSIG's signed data is about that) for a fixed time on one thread and on two.
 *
 * <pre>
 * mvn -q -DskipTests package            # cli/target/signet.jar holds core, hsm-pkcs11, bcprov
 * mvn -q test-compile -pl core,hsm-pkcs11
 * export SOFTHSM2_CONF=...               # a token made with softhsm2-util, user PIN in a file
 * java --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED \
 *   -cp cli/target/signet.jar:hsm-pkcs11/target/test-classes dev.signet.hsm.Pkcs11Throughput \
 *   /usr/lib/softhsm/libsofthsm2.so TOKEN-LABEL PIN-FILE [seconds]
 * </pre>
 */
public final class Pkcs11Throughput {

    private Pkcs11Throughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Pkcs11Throughput MODULE TOKEN-LABEL PIN-FILE [seconds per run]");
            System.exit(2);
        }
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 5;
        KeySourceContext ctx = new KeySourceContext(Map.of(KeySourceContext.PKCS11_MODULE, args[0],
                KeySourceContext.PIN_FILE, args[2]), p -> Optional.empty());
        record Case(Algorithm alg, int bits, String name) {
        }
        List<Case> cases = List.of(new Case(Algorithm.RSASHA256, 2048, "RSA-2048"),
                new Case(Algorithm.ECDSAP256SHA256, 0, "P-256"), new Case(Algorithm.ECDSAP384SHA384, 0, "P-384"),
                new Case(Algorithm.ED25519, 0, "Ed25519"), new Case(Algorithm.ED448, 0, "Ed448"));
        System.out.printf("%-10s %14s %14s%n", "algorithm", "1 thread /s", "2 threads /s");
        try (KeySource source = KeySources.open(KeyRef.PKCS11, ctx)) {
            for (Case c : cases) {
                KeyRef ref = new KeyRef(KeyRef.PKCS11, "pkcs11:token=" + args[1] + ";object=bench-" + c.name()
                        + "-" + System.currentTimeMillis());
                PublicKey pub = source.generate(ref, c.alg(), c.bits());
                Dnskey dnskey = Dnskey.create(256, 3, c.alg().number(), DnskeyPublicKeys.encode(c.alg(), pub));
                Signer signer = source.signer(ref, dnskey);
                rate(signer, 1, Math.min(1, seconds)); // warm-up
                double one = rate(signer, 1, seconds);
                double two = rate(signer, 2, seconds);
                System.out.printf("%-10s %14.0f %14.0f%n", c.name(), one, two);
            }
        }
    }

    private static double rate(Signer signer, int threads, double seconds) throws InterruptedException {
        LongAdder count = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            Thread w = new Thread(() -> {
                byte[] data = new byte[150];
                new Random(seed).nextBytes(data);
                while (!stop.get()) {
                    data[0]++;
                    signer.sign(data);
                    count.increment();
                }
            });
            workers.add(w);
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        return count.sum() / ((System.nanoTime() - start) / 1e9);
    }
}

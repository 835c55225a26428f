package dev.signet.core.sign;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a signing run did with signatures, in total and per DNSSEC algorithm number: the
 * counters of {@code dnssec-signzone -t}. "Dropped" counts existing signatures removed because
 * they were due, failed to verify, or belonged to keys that are gone; signatures of RRsets that
 * no longer exist, or of glue and occluded data, vanish without being counted (as in BIND).
 * "Verified" counts checks of existing signatures and, with {@code -a}, of new ones. Immutable.
 */
public final class SignStatistics {

    /** One set of counters. */
    public record Counts(long generated, long retained, long dropped, long verified, long verifyFailed) {
        Counts plus(Counts o) {
            return new Counts(generated + o.generated, retained + o.retained, dropped + o.dropped,
                    verified + o.verified, verifyFailed + o.verifyFailed);
        }
    }

    private final Counts total;
    private final Map<Integer, Counts> byAlgorithm;
    private final long signingNanos;

    SignStatistics(Map<Integer, Counts> byAlgorithm, long signingNanos) {
        this.signingNanos = signingNanos;
        TreeMap<Integer, Counts> copy = new TreeMap<>(byAlgorithm);
        Counts t = new Counts(0, 0, 0, 0, 0);
        for (Counts c : copy.values()) {
            t = t.plus(c);
        }
        this.total = t;
        this.byAlgorithm = Collections.unmodifiableMap(copy);
    }

    public long generated() {
        return total.generated();
    }

    public long retained() {
        return total.retained();
    }

    public long dropped() {
        return total.dropped();
    }

    public long verified() {
        return total.verified();
    }

    public long verifyFailed() {
        return total.verifyFailed();
    }

    public Counts total() {
        return total;
    }

    /**
     * The time spent inside the signers' {@code sign} calls, summed over the threads: the
     * crypto share of a run (with one thread, of its wall time).
     */
    public long signingNanos() {
        return signingNanos;
    }

    /** Counters per algorithm number, ascending. */
    public Map<Integer, Counts> byAlgorithm() {
        return byAlgorithm;
    }

    @Override
    public String toString() {
        return "generated " + generated() + ", retained " + retained() + ", dropped " + dropped() + ", verified "
                + verified() + ", failed to verify " + verifyFailed() + " " + byAlgorithm;
    }

    /** Per-thread mutable counters, merged at the end (sums, so the thread split does not matter). */
    static final class Tally {
        private final long[][] counts = new long[256][5];
        private long signingNanos;

        void signingTook(long nanos) {
            signingNanos += nanos;
        }

        void generated(int alg) {
            counts[alg & 0xFF][0]++;
        }

        void retained(int alg) {
            counts[alg & 0xFF][1]++;
        }

        void dropped(int alg) {
            counts[alg & 0xFF][2]++;
        }

        void verified(int alg, boolean ok) {
            counts[alg & 0xFF][ok ? 3 : 4]++;
        }

        void addTo(long[][] into) {
            for (int a = 0; a < 256; a++) {
                for (int k = 0; k < 5; k++) {
                    into[a][k] += counts[a][k];
                }
            }
        }

        static SignStatistics of(Iterable<Tally> tallies) {
            long[][] sum = new long[256][5];
            long nanos = 0;
            for (Tally t : tallies) {
                t.addTo(sum);
                nanos += t.signingNanos;
            }
            Map<Integer, Counts> m = new TreeMap<>();
            for (int a = 0; a < 256; a++) {
                long[] c = sum[a];
                if (c[0] + c[1] + c[2] + c[3] + c[4] > 0) {
                    m.put(a, new Counts(c[0], c[1], c[2], c[3], c[4]));
                }
            }
            return new SignStatistics(m, nanos);
        }
    }
}

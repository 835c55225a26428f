package dev.signet.core.sign;

import dev.signet.core.concurrent.Workers;
import dev.signet.core.rr.RRset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the RRsets of a {@link SigningPlan} through {@link RRsetSigner}s on worker threads. Workers
 * take chunks of consecutive RRsets from a shared counter (so a slow HSM key or a large RRset
 * does not leave the others idle) and write each result to the RRset's own slot.
 */
final class ParallelSigning {

    /** RRsets per chunk: large enough to make the shared counter cheap, small enough to balance. */
    private static final int CHUNK = 64;

    private ParallelSigning() {
    }

    record Outcome(RRset[] signatures, SignStatistics statistics) {
    }

    static Outcome run(SigningPlan plan, RRsetSigner.Context ctx, int threads) {
        int n = plan.units.length;
        RRset[] results = new RRset[n];
        int workers = Math.max(1, Math.min(threads, (n + CHUNK - 1) / CHUNK));
        List<RRsetSigner> signers = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            signers.add(new RRsetSigner(ctx));
        }
        AtomicInteger nextChunk = new AtomicInteger();
        Workers.run(workers, "signet-sign", w -> {
            try {
                work(plan, signers.get(w), results, nextChunk);
            } catch (RuntimeException | Error e) {
                nextChunk.set(Integer.MAX_VALUE / 2); // stop the other workers early
                throw e;
            }
        });
        List<SignStatistics.Tally> tallies = new ArrayList<>(workers);
        for (RRsetSigner s : signers) {
            tallies.add(s.tally());
        }
        return new Outcome(results, SignStatistics.Tally.of(tallies));
    }

    private static void work(SigningPlan plan, RRsetSigner signer, RRset[] results, AtomicInteger nextChunk) {
        int n = plan.units.length;
        while (true) {
            int start = nextChunk.getAndIncrement() * CHUNK;
            if (start >= n || start < 0) {
                return;
            }
            int end = Math.min(n, start + CHUNK);
            for (int u = start; u < end; u++) {
                results[u] = signer.sign(u, plan.units[u], plan.oldSignatures[u], plan.keySetAtApex[u]);
            }
        }
    }
}

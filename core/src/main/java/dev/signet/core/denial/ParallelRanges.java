package dev.signet.core.denial;

import dev.signet.core.concurrent.Workers;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs {@code body(state, i)} for i in [0, n) on up to {@code threads} threads, each over one
 * contiguous range with its own state object (a hasher). Results must go to per-index slots, so
 * the outcome does not depend on the thread count.
 */
final class ParallelRanges {

    /** Below this many items a second thread costs more than it saves. */
    private static final int MIN_PER_THREAD = 2048;

    private ParallelRanges() {
    }

    static <S> void run(int n, int threads, Supplier<S> state, ObjIntConsumer<S> body) {
        int workers = Math.max(1, Math.min(threads, n / MIN_PER_THREAD));
        Workers.run(workers, "signet-nsec3", w -> {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            S s = state.get();
            for (int i = from; i < to; i++) {
                body.accept(s, i);
            }
        });
    }
}

package dev.signet.core.denial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
        if (workers == 1) {
            S s = state.get();
            for (int i = 0; i < n; i++) {
                body.accept(s, i);
            }
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            Thread t = new Thread(() -> {
                try {
                    S s = state.get();
                    for (int i = from; i < to; i++) {
                        body.accept(s, i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "signet-nsec3-" + w);
            t.start();
            started.add(t);
        }
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }
}

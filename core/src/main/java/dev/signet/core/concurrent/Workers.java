package dev.signet.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs a fixed number of workers to completion: worker {@code w} runs {@code body.accept(w)} on its
 * own thread (or inline when there is one), all are joined, and the first failure is rethrown
 * unchanged if unchecked. Callers keep results in per-index slots, so what they produce does not
 * depend on the worker count.
 */
public final class Workers {

    private Workers() {
    }

    /**
     * @param workers at least 1; 1 runs the body on the calling thread
     * @param threadName prefix of the worker threads' names (shown in thread dumps and profiles)
     */
    public static void run(int workers, String threadName, IntConsumer body) {
        if (workers <= 1) {
            body.accept(0);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    body.accept(worker);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, threadName + "-" + w);
            t.start();
            started.add(t);
        }
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + threadName + " workers", e);
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

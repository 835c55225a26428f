package dev.signet.core.concurrent;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class WorkersTest {

    @Test
    void everyWorkerRunsOnceOnItsOwnThread() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Workers.run(4, "test", w -> {
            assertTrue(seen.add(w), "worker " + w + " ran twice");
            threads.add(Thread.currentThread().getName());
        });
        assertEquals(Set.of(0, 1, 2, 3), seen);
        assertEquals(Set.of("test-0", "test-1", "test-2", "test-3"), threads);
    }

    @Test
    void oneWorkerRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        Workers.run(1, "test", w -> assertSame(caller, Thread.currentThread()));
    }

    @Test
    void theFirstFailureReachesTheCallerUnchanged() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Workers.run(3, "test", w -> {
                    if (w == 2) {
                        throw boom;
                    }
                }));
        assertSame(boom, thrown);
    }
}

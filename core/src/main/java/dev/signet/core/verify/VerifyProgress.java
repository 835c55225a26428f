package dev.signet.core.verify;

/**
 * Told how far a verification has got. Called from worker threads, possibly concurrently: an
 * implementation must be thread-safe and cheap (the command line rate-limits its output).
 */
@FunctionalInterface
public interface VerifyProgress {

    VerifyProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} names have been checked. */
    void progress(long done, long total);
}

package dev.signet.cli;

import dev.signet.core.verify.VerifyProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a long run on standard error, when that is a terminal: one line rewritten in place
 * ({@code \r}), first shown after a second, at most a few times a second, erased at the end.
 * Thread-safe (workers report concurrently).
 */
final class TerminalProgress implements VerifyProgress {

    private static final long FIRST_AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final String command;
    private final long start = System.nanoTime();
    private long lastShown;
    private int shownWidth;

    TerminalProgress(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    /**
     * True if file descriptor 2 is a terminal. Java 17 cannot ask directly; on Linux the
     * descriptor's link names the device.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized void progress(long done, long total) {
        long t = System.nanoTime();
        if (t - start < FIRST_AFTER_NANOS || t - lastShown < EVERY_NANOS || done >= total) {
            return;
        }
        lastShown = t;
        String line = command + ": " + (done * 100 / Math.max(1, total)) + "% (" + done + " of " + total + " names)";
        err.print("\r" + line);
        err.flush();
        shownWidth = line.length();
    }

    /** Erases the progress line, if one was shown. */
    synchronized void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}

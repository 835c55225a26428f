package dev.signet.openssl;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns OpenSSL's per-thread error queue into one line: the failing call and the reasons
 * {@code ERR_error_string_n} gives, e.g.
 * {@code EVP_PKEY_fromdata failed: error:1E08010C:DECODER routines::unsupported}. Reading the
 * queue empties it, so the next call on this thread starts clean.
 */
final class OpenSslErrors {

    /** At most this many queued reasons are shown; the earliest is the root cause. */
    private static final int MAX_REASONS = 3;
    private static final int BUFFER = 256;

    private OpenSslErrors() {
    }

    /** The one-line description of why {@code call} failed, draining the error queue. */
    static String describe(String call) {
        List<String> reasons = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(BUFFER);
            for (int i = 0; i < 32; i++) {
                long code = (long) LibCrypto.Errors.ERR_get_error.invokeExact();
                if (code == 0) {
                    break;
                }
                LibCrypto.Errors.ERR_error_string_n.invokeExact(code, buf, (long) BUFFER);
                String reason = buf.getString(0);
                if (reasons.size() < MAX_REASONS && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        } catch (Throwable t) {
            reasons.add("(the error queue could not be read: " + t + ")");
        }
        return call + " failed" + (reasons.isEmpty() ? " (OpenSSL gave no reason)" : ": " + String.join("; ", reasons));
    }

    /** Empties the queue after an expected failure (a signature that does not verify). */
    static void clear() {
        try {
            LibCrypto.Errors.ERR_clear_error.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("ERR_clear_error", t);
        }
    }

    /** An exception for a failed call, message from {@link #describe}. */
    static OpenSslException failure(String call) {
        return new OpenSslException(describe(call));
    }
}

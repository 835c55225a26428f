package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.CryptoBackendProvider;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * The {@code openssl} crypto backend, found by {@link java.util.ServiceLoader}. Constructing it
 * touches no native code; the first question about availability loads libcrypto.so.3 and checks
 * that it is OpenSSL 3 or later, and the answer is kept.
 */
public final class OpenSslProvider implements CryptoBackendProvider {

    public static final String NAME = "openssl";

    /** Loaded once per class loader: the library either works in this process or it does not. */
    private static final class Probe {
        static final String UNAVAILABLE;
        static final String VERSION;

        static {
            String why = null;
            String version = null;
            try {
                long number = (long) LibCrypto.OpenSSL_version_num.invokeExact();
                MemorySegment text = (MemorySegment) LibCrypto.OpenSSL_version.invokeExact(0);
                version = text.getString(0);
                if (number >>> 28 < 3) {
                    why = LibCrypto.LIBRARY + " is " + version + "; OpenSSL 3 or later is needed";
                }
                // Fetch the digests now, so that a library without them is found here.
                Engine.digest(Algorithm.RSASHA256);
            } catch (Throwable t) {
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                why = "cannot use " + LibCrypto.LIBRARY + ": " + root.getMessage();
            }
            UNAVAILABLE = why;
            VERSION = version;
        }
    }

    private final OpenSslBackend backend = new OpenSslBackend();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(Probe.UNAVAILABLE);
    }

    @Override
    public String description() {
        return Probe.VERSION != null ? Probe.VERSION + " (" + LibCrypto.LIBRARY + " via java.lang.foreign)"
                : LibCrypto.LIBRARY + " (not loaded)";
    }

    @Override
    public CryptoBackend forSigning(Algorithm alg) {
        return backend;
    }

    @Override
    public CryptoBackend forVerifying(Algorithm alg) {
        return backend;
    }
}

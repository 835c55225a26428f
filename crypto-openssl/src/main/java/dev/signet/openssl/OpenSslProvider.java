package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.CryptoBackendProvider;
import dev.signet.core.crypto.SoftwareCrypto;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * The {@code openssl} crypto backend, found by {@link java.util.ServiceLoader}. Constructing it
 * touches no native code; the first question about availability loads libcrypto.so.3 and checks
 * that it is OpenSSL 3 or later, and the answer is kept. Chosen by name it does every
 * algorithm with OpenSSL; chosen by {@code auto} ({@link #whenAutomatic()}) only those where
 * OpenSSL is the faster engine.
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
    /** Chosen by auto: OpenSSL only where it is faster than the java backend. */
    private final boolean automatic;

    public OpenSslProvider() {
        this(false);
    }

    private OpenSslProvider(boolean automatic) {
        this.automatic = automatic;
    }

    /**
     * Where OpenSSL 3.0 is the faster engine, by {@code OpenSslBenchmark} (one thread, signatures
     * and verifications per second, OpenSSL 3.0.19 against the java backend on JDK 25): RSA-2048
     * 4 156 / 68 773 against 1 330 / 37 067, ECDSA P-256 62 105 / 21 605 against 16 223 / 16 925.
     * Bouncy Castle is faster for P-384 (5 740 / 4 926 against 1 710 / 2 022: OpenSSL 3.0 has no
     * special P-384 code) and Ed25519 and Ed448 signing (42 239 and 10 677 against 39 093 and
     * 7 115), so when chosen automatically the provider leaves those to the java backend.
     */
    static boolean fasterThanJava(Algorithm alg) {
        return alg.family() == Algorithm.Family.RSA || alg == Algorithm.ECDSAP256SHA256;
    }

    @Override
    public CryptoBackendProvider whenAutomatic() {
        return new OpenSslProvider(true);
    }

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
        String what = Probe.VERSION != null ? Probe.VERSION + " (" + LibCrypto.LIBRARY + " via java.lang.foreign)"
                : LibCrypto.LIBRARY + " (not loaded)";
        return automatic ? what + " for RSA and ECDSA P-256, Java for ECDSA P-384 and EdDSA" : what;
    }

    @Override
    public CryptoBackend forSigning(Algorithm alg) {
        return automatic && !fasterThanJava(alg) ? SoftwareCrypto.forSigning(alg) : backend;
    }

    @Override
    public CryptoBackend forVerifying(Algorithm alg) {
        return automatic && !fasterThanJava(alg) ? SoftwareCrypto.forVerifying(alg) : backend;
    }
}

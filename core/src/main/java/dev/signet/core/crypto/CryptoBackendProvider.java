package dev.signet.core.crypto;

import java.util.Optional;

/**
 * Service-provider interface for whole crypto implementations, found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.signet.core.crypto.CryptoBackendProvider}).
 * Core provides {@code java} (JDK and Bouncy Castle, {@link SoftwareCrypto}); the crypto-openssl
 * module provides {@code openssl} (the system's libcrypto through {@code java.lang.foreign}).
 * {@link CryptoSelection} chooses one by name.
 *
 * <p>A provider must be cheap to construct and must not fail in its constructor: whether it can
 * work here (Java version, native library) is answered by {@link #unavailableReason()}.
 */
public interface CryptoBackendProvider {

    /** The name users select it by: {@code java}, {@code openssl}. */
    String name();

    /** Empty when the provider works in this JVM; otherwise why not, in one line. */
    Optional<String> unavailableReason();

    /** What is in use, for {@code signet --version}, e.g. {@code OpenSSL 3.0.19 27 Jan 2026}. */
    String description();

    /** The implementation that signs with keys of {@code alg}. */
    CryptoBackend forSigning(Algorithm alg);

    /** The implementation that checks signatures of {@code alg}. */
    CryptoBackend forVerifying(Algorithm alg);

    /**
     * The provider to use when it was chosen by {@code auto} rather than by name: it may leave
     * algorithms where it is slower to another implementation. By default, itself.
     */
    default CryptoBackendProvider whenAutomatic() {
        return this;
    }
}

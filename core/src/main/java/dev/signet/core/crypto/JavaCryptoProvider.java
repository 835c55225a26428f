package dev.signet.core.crypto;

import java.util.Optional;

/**
 * The portable backend: the JDK and Bouncy Castle, the fastest of them per algorithm
 * ({@link SoftwareCrypto}). Always available.
 */
public final class JavaCryptoProvider implements CryptoBackendProvider {

    public static final String NAME = "java";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "JDK " + Runtime.version() + " and Bouncy Castle " + BouncyCastle.provider().getVersionStr();
    }

    @Override
    public CryptoBackend forSigning(Algorithm alg) {
        return SoftwareCrypto.forSigning(alg);
    }

    @Override
    public CryptoBackend forVerifying(Algorithm alg) {
        return SoftwareCrypto.forVerifying(alg);
    }
}

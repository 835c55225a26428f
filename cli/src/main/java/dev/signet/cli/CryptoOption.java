package dev.signet.cli;

import dev.signet.core.crypto.CryptoSelection;
import picocli.CommandLine.Option;

import java.util.Map;

/**
 * {@code --crypto java|openssl|auto}: which implementation signs and verifies. Without the
 * option, the {@code SIGNET_CRYPTO} environment variable decides; without that, auto (openssl
 * for the algorithms it is faster at when this build has the backend and the JVM is 22 or later
 * with libcrypto.so.3, else java).
 */
final class CryptoOption {

    @Option(names = "--crypto", paramLabel = "backend", description = "Crypto backend: java (JDK and Bouncy Castle),"
            + " openssl (the system's libcrypto.so.3; needs Java 22+) or auto (default: $SIGNET_CRYPTO, else auto:"
            + " openssl where it works, for RSA and ECDSA P-256, else java). Forcing openssl where it cannot work is"
            + " an error saying why.")
    String crypto;

    /**
     * The chosen backend.
     *
     * @throws dev.signet.core.text.TextException {@code UNKNOWN_CRYPTO}, {@code CRYPTO_UNAVAILABLE}
     */
    CryptoSelection.Choice choose(Map<String, String> env) {
        return CryptoSelection.choose(requested(env));
    }

    /** The name asked for: the option, else the environment, else null (auto). */
    String requested(Map<String, String> env) {
        return crypto != null ? crypto : env.get(CryptoSelection.ENV);
    }
}

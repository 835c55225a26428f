package dev.signet.core.spi;

/**
 * Service-provider interface for key sources, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.signet.core.spi.KeySourceProvider}). Core provides {@code file};
 * the hsm-pkcs11 module provides {@code pkcs11}.
 */
public interface KeySourceProvider {

    /** The reference scheme served, matched against {@link KeyRef#scheme()}. */
    String scheme();

    /**
     * Opens a source.
     *
     * @throws KeyException when the configuration is unusable (e.g. no PKCS#11 module)
     */
    KeySource open(KeySourceContext context);
}

package dev.signet.core.crypto;

/**
 * Computes DNSSEC-format signatures (RFC 3110 / RFC 6605 r|s / RFC 8080) with one private key.
 * Not thread-safe: create one per thread.
 */
@FunctionalInterface
public interface SignFunction extends AutoCloseable {
    byte[] sign(byte[] data, int off, int len);

    /**
     * Releases what the function holds outside the Java heap (a native key, its contexts) and
     * wipes key material it copied; the function must not be used afterwards. The JCA and Bouncy
     * Castle functions hold nothing to release.
     */
    @Override
    default void close() {
    }
}

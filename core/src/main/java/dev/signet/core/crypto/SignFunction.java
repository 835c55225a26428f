package dev.signet.core.crypto;

/**
 * Computes DNSSEC-format signatures (RFC 3110 / RFC 6605 r|s / RFC 8080) with one private key.
 * Not thread-safe: create one per thread.
 */
@FunctionalInterface
public interface SignFunction {
    byte[] sign(byte[] data, int off, int len);
}

package dev.signet.core.crypto;

/**
 * Checks DNSSEC-format signatures against one public key. Not thread-safe: create one per thread.
 * A malformed signature is reported as {@code false}, never as an exception.
 */
@FunctionalInterface
public interface VerifyFunction {
    boolean verify(byte[] data, int off, int len, byte[] signature);
}

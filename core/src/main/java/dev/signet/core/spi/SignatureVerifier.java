package dev.signet.core.spi;

import dev.signet.core.rdata.Dnskey;

/** Checks a DNSSEC-format signature against the public key of a DNSKEY. Thread-safe. */
public interface SignatureVerifier {

    /**
     * True if {@code signature} is a valid signature of {@code data} by {@code dnskey}; false
     * for a wrong or malformed signature.
     *
     * @throws dev.signet.core.text.TextException {@code UNSUPPORTED_ALGORITHM} when the DNSKEY's
     *     algorithm cannot be checked here, {@code BAD_PUBLIC_KEY} when its key field is not a key
     */
    boolean verify(Dnskey dnskey, byte[] data, byte[] signature);

    /**
     * Told of a signature the signer has just made over {@code data[off, off + len)} with the
     * private half of {@code dnskey}. A verifier may remember it (see
     * {@link dev.signet.core.sigcache.RememberingVerifier}); by default nothing happens.
     */
    default void signed(Dnskey dnskey, byte[] data, int off, int len, byte[] signature) {
    }
}

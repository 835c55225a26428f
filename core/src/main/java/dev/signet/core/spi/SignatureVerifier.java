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
}

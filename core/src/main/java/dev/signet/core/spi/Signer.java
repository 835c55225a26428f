package dev.signet.core.spi;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Dnskey;

/**
 * Signs bytes with the private half of one DNSKEY. The backend only signs: building the RRSIG
 * signed data (RFC 4034 §3.1.8.1) and every other DNSSEC rule stays in core.
 *
 * <p><b>Thread safety:</b> implementations must be thread-safe; the zone signer calls
 * {@link #sign} for one key from all its worker threads at once. (The software implementation
 * keeps one engine per thread; a token implementation may serialise on its sessions.)
 */
public interface Signer {

    /** The public half, exactly as published in the zone (flags included). */
    Dnskey dnskey();

    default Algorithm algorithm() {
        return Algorithm.require(dnskey().algorithm());
    }

    /**
     * The signature over {@code data} in the DNSSEC wire form of the algorithm: RSA per RFC 3110
     * §3, ECDSA as {@code r | s} per RFC 6605 §4, EdDSA per RFC 8080 §4.
     */
    default byte[] sign(byte[] data) {
        return sign(data, 0, data.length);
    }

    byte[] sign(byte[] data, int off, int len);
}

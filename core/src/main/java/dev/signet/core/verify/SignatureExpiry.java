package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

/**
 * The expiration of one RRSIG: what monitoring watches (signatures that expire are the most common
 * DNSSEC outage).
 *
 * @param owner the owner of the signed RRset
 * @param covered the type the signature covers
 * @param expiration seconds since the epoch (the RRSIG field, RFC 4034 §3.1.5, read as 1970–2106)
 */
public record SignatureExpiry(Name owner, RrType covered, int keyTag, int algorithm, long expiration) {

    /** The earlier of two expiries; on a tie the first (callers pass them in zone order). */
    static SignatureExpiry earlier(SignatureExpiry a, SignatureExpiry b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.expiration < a.expiration ? b : a;
    }
}

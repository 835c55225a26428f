package dev.signet.core.key;

import dev.signet.core.rdata.Dnskey;

/**
 * What a key does, read from its DNSKEY flags as BIND does: REVOKE set (RFC 5011) = revoked,
 * else SEP set = KSK, else ZSK.
 */
public enum KeyRole {
    KSK, ZSK, REVOKED;

    public static KeyRole of(Dnskey key) {
        if (key.isRevoked()) {
            return REVOKED;
        }
        return key.isSep() ? KSK : ZSK;
    }
}

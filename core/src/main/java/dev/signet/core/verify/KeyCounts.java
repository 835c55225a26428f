package dev.signet.core.verify;

/**
 * dnssec-verify's per-algorithm key census of the apex DNSKEY RRset. A key is <em>active</em> when
 * it signs the DNSKEY RRset with a valid signature (a ZSK also when it signs the SOA), revoked when
 * its REVOKE flag is set (RFC 5011 §2.1), and stand-by otherwise; KSK means the SEP flag is set.
 */
public record KeyCounts(int algorithm, int kskActive, int kskStandby, int kskRevoked,
                        int zskActive, int zskStandby, int zskRevoked) {

    KeyCounts plus(boolean ksk, KeyState state) {
        int ka = kskActive;
        int ks = kskStandby;
        int kr = kskRevoked;
        int za = zskActive;
        int zs = zskStandby;
        int zr = zskRevoked;
        switch (state) {
            case ACTIVE -> {
                if (ksk) {
                    ka++;
                } else {
                    za++;
                }
            }
            case STANDBY -> {
                if (ksk) {
                    ks++;
                } else {
                    zs++;
                }
            }
            case REVOKED -> {
                if (ksk) {
                    kr++;
                } else {
                    zr++;
                }
            }
        }
        return new KeyCounts(algorithm, ka, ks, kr, za, zs, zr);
    }

    /** What a DNSKEY is doing in the zone. */
    enum KeyState { ACTIVE, STANDBY, REVOKED }
}

package dev.signet.core.denial;

import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.zone.Zone;

/**
 * The TTL of NSEC and NSEC3 records: the smaller of the SOA's own TTL and its MINIMUM field
 * (RFC 9077 §3.1 and §3.2, updating RFC 4034 §4 and RFC 5155 §3), which is what dnssec-signzone
 * 9.18 writes (observed: SOA TTL 100 with MINIMUM 300 gives NSEC TTL 100, and SOA TTL 7200 with
 * MINIMUM 300 gives 300). Under {@code -M} both SOA values are capped first.
 */
public final class DenialTtl {

    private DenialTtl() {
    }

    /**
     * @param maxTtl the {@code -M} cap, or a negative value for none
     * @throws IllegalArgumentException if the zone has no SOA
     */
    public static long of(Zone zone, long maxTtl) {
        RRset soa = zone.soa();
        if (soa == null) {
            throw new IllegalArgumentException("zone " + zone.apex() + " has no SOA");
        }
        return of(soa, maxTtl);
    }

    /** As {@link #of(Zone, long)} from the SOA RRset itself. */
    public static long of(RRset soa, long maxTtl) {
        long ttl = soa.ttl();
        long minimum = Soa.from(soa.rdata(0)).minimum();
        if (maxTtl >= 0) {
            ttl = Math.min(ttl, maxTtl);
            minimum = Math.min(minimum, maxTtl);
        }
        return Math.min(ttl, minimum);
    }
}

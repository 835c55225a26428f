package dev.signet.core.verify;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Ds;
import dev.signet.core.rdata.Nsec3Param;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.SignatureTime;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.HexFormat;
import java.util.List;

/**
 * Warnings about zones that validate but are set up against current advice. None of them makes
 * the zone fail (dnssec-verify checks none of them); {@code signet verify --strict} turns them into
 * failures.
 */
final class ZoneLints {

    /** The EDNS buffer size DNS Flag Day 2020 recommends, to keep UDP responses unfragmented. */
    static final int MAX_UNFRAGMENTED_RESPONSE = 1232;

    private ZoneLints() {
    }

    static void run(Zone zone, ZoneKeys keys, SignatureExpiry earliest, long now, List<Finding> out) {
        Name apex = zone.apex();
        ZoneNode apexNode = zone.apexNode();
        nsec3Parameters(apexNode, apex, out);
        for (Dnskey k : keys.all()) {
            if (deprecated(k.algorithm())) {
                out.add(Finding.warning(apex, RrType.DNSKEY, k.keyTag(), "DEPRECATED_ALGORITHM", "DNSKEY uses algorithm "
                        + SignatureCheck.algorithmName(k.algorithm()) + ", which must no longer be used for signing"
                        + " (RFC 8624 §3.1)"));
            }
        }
        long maxTtl = 0;
        for (ZoneNode node : zone.nodes()) {
            for (RRset s : node.rrsets()) {
                maxTtl = Math.max(maxTtl, s.ttl());
            }
            if (node.kind() != ZoneNode.Kind.OCCLUDED) {
                sha1Digests(node, RrType.DS, out);
            }
        }
        sha1Digests(apexNode, RrType.CDS, out);
        dnskeyResponseSize(apexNode, apex, out);
        shortValidity(zone, earliest, now, maxTtl, out);
        childSync(apexNode, apex, keys, out);
    }

    /** RFC 9276 §3.1: no extra iterations, no salt. */
    private static void nsec3Parameters(ZoneNode apexNode, Name apex, List<Finding> out) {
        RRset params = apexNode.rrset(RrType.NSEC3PARAM);
        if (params == null) {
            return;
        }
        for (Rdata r : params.rdataList()) {
            Nsec3Param p;
            try {
                p = Nsec3Param.from(r);
            } catch (TextException | IllegalArgumentException e) {
                continue;
            }
            if (p.iterations() > 0) {
                out.add(Finding.warning(apex, RrType.NSEC3PARAM, Finding.NO_KEY, "NSEC3_ITERATIONS", "NSEC3 uses "
                        + p.iterations() + " additional iterations; RFC 9276 §3.1 says 0: more only costs resolvers"));
            }
            if (p.salt().length > 0) {
                out.add(Finding.warning(apex, RrType.NSEC3PARAM, Finding.NO_KEY, "NSEC3_SALT", "NSEC3 uses the salt "
                        + HexFormat.of().withUpperCase().formatHex(p.salt()) + "; RFC 9276 §3.1 says no salt"));
            }
        }
    }

    /** RFC 8624 §3.1: RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1, ECC-GOST. */
    static boolean deprecated(int algorithm) {
        return algorithm == 1 || algorithm == 3 || algorithm == 5 || algorithm == 6 || algorithm == 7 || algorithm == 12;
    }

    /** RFC 8624 §3.3: SHA-1 must not be used to make DS (or CDS) records. */
    private static void sha1Digests(ZoneNode node, RrType type, List<Finding> out) {
        RRset set = node.rrset(type);
        if (set == null) {
            return;
        }
        for (Rdata r : set.rdataList()) {
            if (r.length() >= 5) {
                Ds ds = Ds.of(r);
                if (ds.digestType() == DigestType.SHA1.number()) {
                    out.add(Finding.warning(node.name(), type, ds.keyTag(), "SHA1_DS", type + " " + ds
                            + " uses digest type 1 (SHA-1), which must no longer be used (RFC 8624 §3.3)"));
                }
            }
        }
    }

    /**
     * The DNSKEY response with its signatures should fit the unfragmented UDP size: header (12),
     * question, each answer RR with a compressed owner (2 + 10 + rdata), and the OPT RR (11).
     */
    private static void dnskeyResponseSize(ZoneNode apexNode, Name apex, List<Finding> out) {
        RRset keys = apexNode.rrset(RrType.DNSKEY);
        if (keys == null) {
            return;
        }
        int size = 12 + apex.wireLength() + 4 + 11;
        int records = 0;
        for (RRset s : new RRset[] {keys, apexNode.signatures(RrType.DNSKEY)}) {
            if (s != null) {
                for (Rdata r : s.rdataList()) {
                    size += 12 + r.length();
                    records++;
                }
            }
        }
        if (size > MAX_UNFRAGMENTED_RESPONSE) {
            out.add(Finding.warning(apex, RrType.DNSKEY, Finding.NO_KEY, "DNSKEY_RESPONSE_SIZE", "the DNSKEY response"
                    + " with its signatures (" + records + " records) takes " + size + " octets, more than "
                    + MAX_UNFRAGMENTED_RESPONSE + ": it will be truncated or fragmented over UDP"));
        }
    }

    /**
     * A secondary keeps serving the zone for the SOA expire time without a refresh, and resolvers
     * cache for up to the largest TTL: signatures that expire sooner than that can turn the zone
     * bogus before anyone notices.
     */
    private static void shortValidity(Zone zone, SignatureExpiry earliest, long now, long maxTtl, List<Finding> out) {
        RRset soaSet = zone.soa();
        if (earliest == null || soaSet == null) {
            return;
        }
        long expire = Soa.from(soaSet.rdata(0)).expire();
        long remaining = earliest.expiration() - now;
        if (remaining < expire + maxTtl) {
            out.add(Finding.warning(earliest.owner(), earliest.covered(), earliest.keyTag(), "SHORT_VALIDITY",
                    "the earliest signature " + (remaining < 0 ? "expired" : "expires") + " at "
                            + SignatureTime.format(earliest.expiration()) + ", " + Durations.format(Math.abs(remaining))
                            + (remaining < 0 ? " before" : " after") + " the validation time: less than SOA expire ("
                            + expire + ") + largest TTL (" + maxTtl + ") = " + Durations.format(expire + maxTtl)));
        }
    }

    /** RFC 7344 §4: CDS and CDNSKEY describe keys of the zone's DNSKEY RRset — its KSKs. */
    private static void childSync(ZoneNode apexNode, Name apex, ZoneKeys keys, List<Finding> out) {
        RRset cds = apexNode.rrset(RrType.CDS);
        if (cds != null) {
            for (Rdata r : cds.rdataList()) {
                if (r.length() < 5 || Ds.of(r).isDeleteSignal()) {
                    continue;
                }
                Ds want = Ds.of(r);
                DigestType dt = DigestType.fromNumber(want.digestType());
                Dnskey match = null;
                for (Dnskey k : keys.all()) {
                    if (dt != null && k.keyTag() == want.keyTag() && k.algorithm() == want.algorithm()
                            && DelegationSigner.ds(apex, k, dt).equals(want)) {
                        match = k;
                    }
                }
                report(match, apex, RrType.CDS, want.keyTag(), "CDS " + want, out);
            }
        }
        RRset cdnskey = apexNode.rrset(RrType.CDNSKEY);
        if (cdnskey != null) {
            for (Rdata r : cdnskey.rdataList()) {
                if (r.length() < 4 || Dnskey.of(r).isDeleteSignal()) {
                    continue;
                }
                Dnskey want = Dnskey.of(r);
                Dnskey match = keys.all().stream().filter(want::equals).findFirst().orElse(null);
                report(match, apex, RrType.CDNSKEY, want.keyTag(), "CDNSKEY " + want.keyTag(), out);
            }
        }
    }

    private static void report(Dnskey match, Name apex, RrType type, int tag, String what, List<Finding> out) {
        if (match == null) {
            out.add(Finding.warning(apex, type, tag, type + "_NO_KSK", what + " matches no key of the DNSKEY RRset"
                    + " (RFC 7344 §4)"));
        } else if (!match.isSep() || match.isRevoked()) {
            out.add(Finding.warning(apex, type, tag, type + "_NO_KSK", what + " matches DNSKEY " + match.keyTag()
                    + ", which is not a KSK in use (" + (match.isRevoked() ? "revoked" : "no SEP flag") + ")"));
        }
    }
}

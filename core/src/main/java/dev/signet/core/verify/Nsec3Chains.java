package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Base32Hex;
import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rdata.Nsec3Param;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The NSEC3 chains the zone announces (one per usable NSEC3PARAM, RFC 5155 §4), gathered from the
 * NSEC3 records in the zone: every NSEC3 whose hash algorithm, iterations and salt are those of the
 * NSEC3PARAM and whose owner is {@code <base32hex hash>.<apex>} (RFC 5155 §3). The walk over the
 * zone's names looks hashes up here; afterwards {@link #check} verifies that the chain is closed
 * (each Next Hashed Owner is the following owner in hash order, the last pointing at the first,
 * RFC 5155 §7.1) and that every NSEC3 belongs to a name of the zone.
 */
final class Nsec3Chains {

    /** One chain: its entries sorted by owner hash. */
    static final class Chain {
        final Nsec3Param param;
        final String paramText;
        private final byte[][] hashes;
        private final Nsec3[] records;
        private final Name[] owners;
        private final int[] counts;
        /** Node index of the name whose hash each entry carries, or -1; filled after the walk. */
        final int[] matchedBy;

        private Chain(Nsec3Param param, List<Entry> entries) {
            this.param = param;
            this.paramText = "NSEC3PARAM " + param;
            entries.sort(Comparator.comparing(Entry::hash, Arrays::compareUnsigned));
            int n = entries.size();
            hashes = new byte[n][];
            records = new Nsec3[n];
            owners = new Name[n];
            counts = new int[n];
            matchedBy = new int[n];
            Arrays.fill(matchedBy, -1);
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                hashes[i] = e.hash;
                records[i] = e.record;
                owners[i] = e.owner;
                counts[i] = e.count;
            }
        }

        int size() {
            return hashes.length;
        }

        Nsec3 record(int i) {
            return records[i];
        }

        Name owner(int i) {
            return owners[i];
        }

        /** How many NSEC3 rdata with this chain's parameters the entry's owner has (1 unless duplicated). */
        int count(int i) {
            return counts[i];
        }

        /** The entry whose owner hash is {@code h}, or -1. */
        int find(byte[] h) {
            int lo = 0;
            int hi = hashes.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = Arrays.compareUnsigned(hashes[mid], h);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /**
         * The entry whose interval covers {@code h} (RFC 5155 §1.3 "covers"): the one with the
         * largest owner hash below it, or the last one (whose interval wraps around); -1 if empty.
         */
        int covering(byte[] h) {
            if (hashes.length == 0) {
                return -1;
            }
            int lo = 0;
            int hi = hashes.length - 1;
            int best = hashes.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (Arrays.compareUnsigned(hashes[mid], h) < 0) {
                    best = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best;
        }
    }

    private record Entry(byte[] hash, Nsec3 record, Name owner, int count) {
    }

    final List<Chain> chains;

    private Nsec3Chains(List<Chain> chains) {
        this.chains = chains;
    }

    boolean isEmpty() {
        return chains.isEmpty();
    }

    /**
     * Collects the chains of {@code params} (the usable NSEC3PARAM records) from the zone's NSEC3
     * records; an NSEC3 with a chain's parameters whose owner is not a hash label below the apex
     * is reported.
     */
    static Nsec3Chains collect(Zone zone, List<Nsec3Param> params, List<Finding> findings) {
        if (params.isEmpty()) {
            return new Nsec3Chains(List.of());
        }
        List<List<Entry>> entries = new ArrayList<>();
        for (int c = 0; c < params.size(); c++) {
            entries.add(new ArrayList<>());
        }
        Name apex = zone.apex();
        for (int i = 0; i < zone.nodeCount(); i++) {
            ZoneNode node = zone.node(i);
            RRset set = node.rrset(RrType.NSEC3);
            if (set == null || node.kind() == ZoneNode.Kind.OCCLUDED) {
                continue;
            }
            byte[] ownerHash = ownerHash(node.name(), apex);
            for (int c = 0; c < params.size(); c++) {
                Nsec3 first = null;
                int count = 0;
                for (Rdata r : set.rdataList()) {
                    Nsec3 n;
                    try {
                        n = Nsec3.from(r);
                    } catch (TextException | IllegalArgumentException e) {
                        continue;
                    }
                    if (!sameParameters(n, params.get(c))) {
                        continue;
                    }
                    if (ownerHash == null || ownerHash.length != n.nextHashedOwner().length) {
                        findings.add(Finding.warning(node.name(), RrType.NSEC3, Finding.NO_KEY, "NSEC3_OWNER",
                                "NSEC3 record with the parameters of NSEC3PARAM " + params.get(c)
                                        + " whose owner is not a hash label directly below the apex; ignored"));
                        break;
                    }
                    if (first == null) {
                        first = n;
                    }
                    count++;
                }
                if (first != null) {
                    entries.get(c).add(new Entry(ownerHash, first, node.name(), count));
                }
            }
        }
        List<Chain> out = new ArrayList<>();
        for (int c = 0; c < params.size(); c++) {
            out.add(new Chain(params.get(c), entries.get(c)));
        }
        return new Nsec3Chains(out);
    }

    /** The hash an NSEC3 owner name carries in its first label, or null if it is not one. */
    private static byte[] ownerHash(Name owner, Name apex) {
        if (owner.labelCount() != apex.labelCount() + 1 || !owner.isSubdomainOf(apex)) {
            return null;
        }
        return Base32Hex.decode(new String(owner.label(0), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    static boolean sameParameters(Nsec3 n, Nsec3Param p) {
        return n.hashAlgorithm() == p.hashAlgorithm() && n.iterations() == p.iterations()
                && Arrays.equals(n.salt(), p.salt());
    }

    /**
     * After the walk: each chain must close (RFC 5155 §7.1: Next Hashed Owner is the next owner
     * hash in order, the last one pointing back to the first) and each NSEC3 must carry the hash
     * of a name of the zone.
     */
    void check(Zone zone, List<Finding> out, BindVerdict verdict) {
        for (Chain ch : chains) {
            int n = ch.size();
            if (n == 0) {
                // dnssec-verify finds no NSEC3 for the apex, the first name it checks.
                verdict.fail(BindVerdict.key(Math.max(zone.indexOf(zone.apex()), 0), 1), BindVerdict.NOT_FOUND);
                out.add(Finding.error(zone.apex(), RrType.NSEC3PARAM, Finding.NO_KEY, "NSEC3PARAM_NO_CHAIN",
                        ch.paramText + " announces an NSEC3 chain, but no NSEC3 record of the zone has its hash"
                                + " algorithm, iterations and salt (RFC 5155 §4)"));
                continue;
            }
            for (int i = 0; i < n; i++) {
                byte[] next = ch.record(i).nextHashedOwner();
                byte[] expected = ch.hashes[(i + 1) % n];
                String of = ch.matchedBy[i] >= 0 ? " (the NSEC3 of " + Finding.bindName(zone.node(ch.matchedBy[i]).name()) + ")" : "";
                if (!Arrays.equals(next, expected)) {
                    verdict.fail(Long.MAX_VALUE - 1, BindVerdict.FAILURE);
                    out.add(Finding.error(ch.owner(i), RrType.NSEC3, Finding.NO_KEY, "NSEC3_CHAIN_BREAK",
                            "break in the NSEC3 chain" + of + ": next hashed owner is " + Base32Hex.encode(next)
                                    + ", expected " + Base32Hex.encode(expected) + ", the next owner hash in order"
                                    + " (RFC 5155 §7.1)"));
                }
                if (ch.matchedBy[i] < 0) {
                    verdict.fail(Long.MAX_VALUE - 1, BindVerdict.FAILURE);
                    out.add(Finding.error(ch.owner(i), RrType.NSEC3, Finding.NO_KEY, "NSEC3_NO_NAME",
                            "no name of the zone has this NSEC3's hash under " + ch.paramText
                                    + ": it is not part of the chain the zone needs"));
                }
            }
        }
    }
}

package dev.signet.core.denial;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rdata.TypeBitmap;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the NSEC3 chain of RFC 5155 §7.1: one NSEC3 RRset per hashed owner, sorted by hash,
 * each naming the next hash and the types at its original name.
 *
 * <p>Hashed are: every entry (apex, ordinary names, wildcards, delegations) except, with
 * opt-out, delegations without DS (§6); and every empty non-terminal between two hashed names.
 * Like dnssec-signzone (its {@code nsec3ify}), the empty non-terminals are found from each pair
 * of consecutive hashed names: the ancestors of the second below their closest common ancestor.
 * So an empty non-terminal that exists only above opted-out delegations gets no NSEC3 — checked
 * with BIND 9.18: {@code x.y.insec2} an insecure delegation, {@code -A} gives no NSEC3 for
 * {@code insec2} or {@code y.insec2}, without {@code -A} both get one with an empty bitmap.
 *
 * <p>Bitmaps follow BIND's {@code dns_nsec3_buildrdata}: the name's types, RRSIG when the name
 * has an SOA or DS, or other data without NS; at a delegation only NS, DS and KEY remain (so an
 * insecure delegation shows {@code NS} alone). Empty non-terminals have an empty bitmap.
 */
public final class Nsec3Chain {

    private Nsec3Chain() {
    }

    /**
     * The NSEC3 RRsets, in canonical (= hash) order.
     *
     * @param entries in canonical order, the apex first, its types including NSEC3PARAM
     * @param ttl the NSEC3 TTL ({@link DenialTtl})
     * @param threads hashing threads (1 hashes in the calling thread)
     * @throws TextException {@code NSEC3_HASH_COLLISION} if two names hash alike (dnssec-signzone:
     *     "Duplicate hash detected. Pick a different salt.")
     */
    public static List<RRset> build(List<ChainEntry> entries, DenialMode.Nsec3 params, RrClass rrClass, long ttl,
            int threads) {
        if (entries.isEmpty() || entries.get(0).kind() != ZoneNode.Kind.APEX) {
            throw new IllegalArgumentException("the first chain entry must be the apex");
        }
        List<Name> names = new ArrayList<>(entries.size() + entries.size() / 8);
        List<TypeBitmap> bitmaps = new ArrayList<>(entries.size() + entries.size() / 8);
        collect(entries, params.optOut(), names, bitmaps);

        int n = names.size();
        byte[] hashes = new byte[n * Nsec3Hash.LENGTH];
        ParallelRanges.run(n, threads, params::hasher,
                (hasher, i) -> hasher.hash(names.get(i), hashes, i * Nsec3Hash.LENGTH));

        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareHash(hashes, a, b));
        for (int k = 1; k < n; k++) {
            if (compareHash(hashes, order[k - 1], order[k]) == 0) {
                throw new TextException("NSEC3_HASH_COLLISION", "Duplicate hash detected. Pick a different salt.");
            }
        }

        Name apex = entries.get(0).name();
        byte[] salt = params.salt();
        List<RRset> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int next = order[k + 1 == n ? 0 : k + 1];
            byte[] own = Arrays.copyOfRange(hashes, i * Nsec3Hash.LENGTH, (i + 1) * Nsec3Hash.LENGTH);
            byte[] nextHash = Arrays.copyOfRange(hashes, next * Nsec3Hash.LENGTH, (next + 1) * Nsec3Hash.LENGTH);
            Nsec3 rdata = Nsec3.of(Nsec3Hash.SHA1, params.flags(), params.iterations(), salt, nextHash,
                    bitmaps.get(i));
            out.add(RRset.of(Nsec3Hash.ownerName(own, apex), RrType.NSEC3, rrClass, ttl, rdata.toRdata()));
        }
        return out;
    }

    /**
     * The NSEC3 chain of a loaded zone with the RFC 9077 TTL, hashed in the calling thread. An
     * NSEC3PARAM is assumed at the apex (it is added to the apex bitmap when the zone lacks it).
     */
    public static List<RRset> build(Zone zone, DenialMode.Nsec3 params) {
        List<ChainEntry> entries = new ArrayList<>(ChainEntry.fromZone(zone));
        ChainEntry apex = entries.get(0);
        entries.set(0, new ChainEntry(apex.name(), apex.kind(), apex.types().with(RrType.NSEC3PARAM)));
        return build(entries, params, zone.rrClass(), DenialTtl.of(zone, -1), 1);
    }

    /** The names to hash with their bitmaps: hashed entries and the empty non-terminals between them. */
    private static void collect(List<ChainEntry> entries, boolean optOut, List<Name> names, List<TypeBitmap> bitmaps) {
        Name previous = null;
        for (int i = 0; i < entries.size(); i++) {
            ChainEntry e = entries.get(i);
            if (i > 0 && entries.get(i - 1).name().compareTo(e.name()) >= 0) {
                throw new IllegalArgumentException("chain entries out of canonical order at " + e.name());
            }
            if (optOut && e.kind() == ZoneNode.Kind.DELEGATION && !e.isSecureDelegation()) {
                continue; // RFC 5155 §6: an insecure delegation may be left out of the chain
            }
            if (previous != null) {
                addEmptyNonTerminals(previous, e.name(), names, bitmaps);
            }
            names.add(e.name());
            bitmaps.add(bitmap(e));
            previous = e.name();
        }
    }

    /** Ancestors of {@code next} strictly below its closest common ancestor with {@code previous}, nearest first. */
    private static void addEmptyNonTerminals(Name previous, Name next, List<Name> names, List<TypeBitmap> bitmaps) {
        int common = commonLabels(previous, next);
        for (int labels = next.labelCount() - 1; labels > common; labels--) {
            names.add(next.suffix(labels));
            bitmaps.add(TypeBitmap.EMPTY);
        }
    }

    /** Number of rightmost labels two names share (case-insensitively). */
    static int commonLabels(Name a, Name b) {
        int max = Math.min(a.labelCount(), b.labelCount());
        int n = 0;
        while (n < max && a.suffix(n + 1).equals(b.suffix(n + 1))) {
            n++;
        }
        return n;
    }

    /** BIND's NSEC3 type bitmap for an entry (see class comment). */
    static TypeBitmap bitmap(ChainEntry e) {
        boolean needRrsig = false;
        boolean otherData = false;
        boolean ns = false;
        for (RrType t : e.types().types()) {
            if (t.equals(RrType.SOA) || t.equals(RrType.DS)) {
                needRrsig = true;
            } else if (t.equals(RrType.NS)) {
                ns = true;
            } else {
                otherData = true;
            }
        }
        TypeBitmap types = NsecChain.bitmapTypes(e);
        return needRrsig || (otherData && !ns) ? types.with(RrType.RRSIG) : types;
    }

    private static int compareHash(byte[] hashes, int a, int b) {
        return Arrays.compareUnsigned(hashes, a * Nsec3Hash.LENGTH, (a + 1) * Nsec3Hash.LENGTH,
                hashes, b * Nsec3Hash.LENGTH, (b + 1) * Nsec3Hash.LENGTH);
    }
}

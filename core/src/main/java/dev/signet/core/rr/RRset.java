package dev.signet.core.rr;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A resource record set: the records of one owner, class and type (RFC 2181 §5), sharing one TTL.
 * Immutable.
 *
 * <p>The rdata are kept in the canonical RR order of RFC 4034 §6.3 (canonical rdata forms compared
 * as unsigned octet strings), with records whose canonical forms are equal collapsed into one
 * (RFC 4034 §6.3: "duplicate RRs" must not appear in an RRset). Of such duplicates the first one
 * given is kept, so a caller decides which spelling survives by the order it passes them in.
 *
 * <p>RRSIG records are grouped by the type they cover: an RRSIG RRset here holds the signatures of
 * one owner over one type ({@link #covered()}), the unit a signer creates and a verifier checks, and
 * the way BIND stores and prints them. Their TTLs follow the covered RRset (RFC 4034 §3), so
 * signatures over different types never conflict.
 */
public final class RRset {

    private final Name owner;
    private final RrType type;
    private final RrClass rrClass;
    private final long ttl;
    private final Rdata[] rdata;
    private final RrType covered;

    private RRset(Name owner, RrType type, RrClass rrClass, long ttl, Rdata[] sortedUnique, RrType covered) {
        this.owner = owner;
        this.type = type;
        this.rrClass = rrClass;
        this.ttl = ttl;
        this.rdata = sortedUnique;
        this.covered = covered;
    }

    /**
     * An RRset of the given rdata, sorted canonically with duplicates collapsed (the first of
     * equal ones kept).
     *
     * @throws IllegalArgumentException if {@code rdata} is empty, the TTL is out of range, an
     *     rdata is malformed for the type, or RRSIG rdata do not all cover the same type
     */
    public static RRset of(Name owner, RrType type, RrClass rrClass, long ttl, Collection<Rdata> rdata) {
        return of(owner, type, rrClass, ttl, rdata.toArray(new Rdata[0]));
    }

    /** As {@link #of(Name, RrType, RrClass, long, Collection)}; the array is not kept. */
    public static RRset of(Name owner, RrType type, RrClass rrClass, long ttl, Rdata... rdata) {
        Objects.requireNonNull(type, "type");
        for (Rdata r : rdata) {
            RdataCodecs.requireWellFormed(type, r);
        }
        return ofValidated(owner, type, rrClass, ttl, rdata);
    }

    /** As {@link #of(Name, RrType, RrClass, long, Rdata...)} for rdata already validated for the type. */
    private static RRset ofValidated(Name owner, RrType type, RrClass rrClass, long ttl, Rdata[] rdata) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rrClass, "rrClass");
        if (rdata.length == 0) {
            throw new IllegalArgumentException("an RRset needs at least one record");
        }
        if (ttl < 0 || ttl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("TTL out of range: " + ttl);
        }
        RrType covered = null;
        if (type.equals(RrType.RRSIG)) {
            covered = typeCovered(rdata[0]);
            for (Rdata r : rdata) {
                if (!typeCovered(r).equals(covered)) {
                    throw new IllegalArgumentException("RRSIGs covering " + covered + " and "
                            + typeCovered(r) + " belong to different RRsets");
                }
            }
        }
        return new RRset(owner, type, rrClass, ttl, sortCanonically(type, rdata), covered);
    }

    /** An RRset of one type built from records (owner, class and TTL taken from the first). */
    public static RRset ofRecords(List<Record> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an RRset needs at least one record");
        }
        Record first = records.get(0);
        Rdata[] rd = new Rdata[records.size()];
        for (int i = 0; i < rd.length; i++) {
            Record r = records.get(i);
            if (!r.type().equals(first.type()) || !r.owner().equals(first.owner()) || !r.rrClass().equals(first.rrClass())) {
                throw new IllegalArgumentException("records of different RRsets: " + first + " / " + r);
            }
            rd[i] = r.rdata();
        }
        return ofValidated(first.owner(), first.type(), first.rrClass(), first.ttl(), rd); // Record checked them
    }

    /** The type an RRSIG rdata covers: its first two octets (RFC 4034 §3.1.1). */
    public static RrType typeCovered(Rdata rrsig) {
        if (rrsig.length() < 2) {
            throw new IllegalArgumentException("RRSIG rdata shorter than its type-covered field");
        }
        return RrType.of((rrsig.byteAt(0) << 8) | rrsig.byteAt(1));
    }

    /**
     * Stable sort by canonical form, then drop each rdata equal to the one before it. Canonical
     * forms are computed once per rdata, not once per comparison.
     */
    private static Rdata[] sortCanonically(RrType type, Rdata[] input) {
        int n = input.length;
        if (n == 1) {
            return new Rdata[] {input[0]};
        }
        byte[][] canon = new byte[n][];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            canon[i] = RdataCodecs.canonical(type, input[i]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(canon[a], canon[b]));
        Rdata[] out = new Rdata[n];
        int m = 0;
        byte[] previous = null;
        for (Integer i : order) {
            if (previous != null && Arrays.equals(previous, canon[i])) {
                continue;
            }
            out[m++] = input[i];
            previous = canon[i];
        }
        return m == n ? out : Arrays.copyOf(out, m);
    }

    public Name owner() {
        return owner;
    }

    public RrType type() {
        return type;
    }

    public RrClass rrClass() {
        return rrClass;
    }

    public long ttl() {
        return ttl;
    }

    /** For an RRSIG RRset the type its signatures cover; {@code null} for every other type. */
    public RrType covered() {
        return covered;
    }

    /** Number of records. */
    public int size() {
        return rdata.length;
    }

    /** The {@code i}-th rdata in canonical order. */
    public Rdata rdata(int i) {
        return rdata[i];
    }

    /** The rdata in canonical order (a read-only view). */
    public List<Rdata> rdataList() {
        return new AbstractList<>() {
            @Override
            public Rdata get(int i) {
                return rdata[i];
            }

            @Override
            public int size() {
                return rdata.length;
            }
        };
    }

    /** The records in canonical order (built on each call). */
    public List<Record> records() {
        return new AbstractList<>() {
            @Override
            public Record get(int i) {
                return Record.ofValidated(owner, type, rrClass, ttl, rdata[i]);
            }

            @Override
            public int size() {
                return rdata.length;
            }
        };
    }

    /**
     * True if an rdata with the same canonical form is in the set.
     *
     * @throws IllegalArgumentException if {@code candidate} is malformed for the type
     */
    public boolean contains(Rdata candidate) {
        RdataCodecs.requireWellFormed(type, candidate);
        byte[] c = RdataCodecs.canonical(type, candidate);
        for (Rdata r : rdata) {
            if (Arrays.equals(c, RdataCodecs.canonical(type, r))) {
                return true;
            }
        }
        return false;
    }

    public RRset withTtl(long newTtl) {
        if (newTtl == ttl) {
            return this;
        }
        if (newTtl < 0 || newTtl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("TTL out of range: " + newTtl);
        }
        return new RRset(owner, type, rrClass, newTtl, rdata, covered);
    }

    /**
     * Equal when owner (case-insensitively), type, class, TTL and the rdata (byte for byte, in
     * canonical order) are equal.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RRset s
                && s.type.equals(type)
                && s.rrClass.equals(rrClass)
                && s.ttl == ttl
                && s.owner.equals(owner)
                && Arrays.equals(s.rdata, rdata);
    }

    @Override
    public int hashCode() {
        return (owner.hashCode() * 31 + type.hashCode()) * 31 + Arrays.hashCode(rdata);
    }

    /** The records, one per line, in presentation format with absolute names. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Record r : records()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}

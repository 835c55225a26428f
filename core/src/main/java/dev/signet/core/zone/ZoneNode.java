package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One name of a {@link Zone}: its RRsets and what the name is to the zone. Immutable.
 *
 * <p>RRsets are held in BIND's dump order ({@link #typeOrder}): SOA, NS, then by type code, each
 * RRSIG RRset right after the RRset it covers.
 */
public final class ZoneNode {

    /** What a name is to its zone (RFC 4034 §2.2 / RFC 5155 §7.1 terms). */
    public enum Kind {
        /** The zone's top: SOA, NS, DNSKEY live here. */
        APEX,
        /** An ordinary authoritative name. */
        AUTHORITATIVE,
        /** NS below the apex: a zone cut. Only DS and NSEC here are the parent's (RFC 4035 §2.2). */
        DELEGATION,
        /** Below a zone cut or a DNAME (RFC 6672 §2.4): not authoritative data, never signed. */
        OCCLUDED,
        /** No RRsets but descendants that are in the zone (RFC 5155 §1.3 / RFC 4592 §2.2.2). */
        EMPTY_NON_TERMINAL
    }

    private static final RRset[] NONE = new RRset[0];

    private final Name name;
    private final RRset[] rrsets;
    private final Kind kind;
    private final boolean glue;

    ZoneNode(Name name, RRset[] rrsetsInTypeOrder, Kind kind, boolean glue) {
        this.name = name;
        this.rrsets = rrsetsInTypeOrder.length == 0 ? NONE : rrsetsInTypeOrder;
        this.kind = kind;
        this.glue = glue;
    }

    static ZoneNode emptyNonTerminal(Name name) {
        return new ZoneNode(name, NONE, Kind.EMPTY_NON_TERMINAL, false);
    }

    /**
     * BIND's order of RRsets within a name when it prints a zone (masterdump.c): SOA first, NS
     * second, then by type code; the RRSIGs over a type right after it. The value also identifies
     * the (type, covered type) pair uniquely and fits in 18 bits.
     *
     * @param covered for RRSIG the type covered, otherwise ignored
     */
    public static int typeOrder(RrType type, RrType covered) {
        boolean sig = type.equals(RrType.RRSIG) && covered != null;
        int t = sig ? covered.code() : type.code();
        int rank = t == RrType.SOA.code() ? 0 : t == RrType.NS.code() ? 1 : t + 2;
        return (rank << 1) | (sig ? 1 : 0);
    }

    public Name name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The RRsets in dump order (a read-only view). Empty for an empty non-terminal. */
    public List<RRset> rrsets() {
        return Collections.unmodifiableList(Arrays.asList(rrsets));
    }

    public int rrsetCount() {
        return rrsets.length;
    }

    public int recordCount() {
        int n = 0;
        for (RRset s : rrsets) {
            n += s.size();
        }
        return n;
    }

    /** The RRset of a type other than RRSIG, or {@code null}. */
    public RRset rrset(RrType type) {
        return find(typeOrder(type, null));
    }

    /** The signatures over {@code covered} at this name, or {@code null}. */
    public RRset signatures(RrType covered) {
        return find(typeOrder(RrType.RRSIG, covered));
    }

    private RRset find(int order) {
        // Few RRsets per name: a linear scan beats a binary search in practice.
        for (RRset s : rrsets) {
            int o = typeOrder(s.type(), s.covered());
            if (o == order) {
                return s;
            }
            if (o > order) {
                return null;
            }
        }
        return null;
    }

    public boolean has(RrType type) {
        return rrset(type) != null;
    }

    public boolean isEmpty() {
        return rrsets.length == 0;
    }

    /** True for {@code *.<parent>} (RFC 4592). */
    public boolean isWildcard() {
        return name.isWildcard();
    }

    /**
     * True if this name lies at or below a zone cut, is the target of an NS record of the apex or
     * of a delegation, and holds address records: its A and AAAA RRsets are glue (RFC 9471 §2),
     * published with the delegation but neither signed nor in the NSEC/NSEC3 chain.
     */
    public boolean isGlue() {
        return glue;
    }

    /**
     * Whether an RRset of this type at this name is authoritative data of the zone — what a
     * signer signs (RFC 4035 §2.2): everything at the apex and ordinary names; only DS and NSEC
     * (and their signatures) at a delegation; nothing at occluded names.
     */
    public boolean isAuthoritative(RrType type) {
        return switch (kind) {
            case APEX, AUTHORITATIVE -> true;
            case DELEGATION -> type.equals(RrType.DS) || type.equals(RrType.NSEC) || type.equals(RrType.RRSIG);
            case OCCLUDED, EMPTY_NON_TERMINAL -> false;
        };
    }

    @Override
    public String toString() {
        return name + " " + kind + (glue ? " glue" : "") + " " + Arrays.toString(
                Arrays.stream(rrsets).map(s -> s.covered() == null ? s.type().toString() : "RRSIG(" + s.covered() + ")").toArray());
    }
}

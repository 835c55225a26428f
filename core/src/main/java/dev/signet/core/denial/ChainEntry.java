package dev.signet.core.denial;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.TypeBitmap;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a chain builder needs to know about one name that holds authoritative data or a zone cut:
 * its name (case as written), what it is to the zone, and the types of the RRsets it holds other
 * than NSEC, NSEC3 and RRSIG (the chain adds those itself). Names below a zone cut or a DNAME,
 * glue-only names and empty non-terminals are never entries: the builders derive the empty
 * non-terminals they need (RFC 5155 §7.1) from the entries.
 *
 * @param kind {@link ZoneNode.Kind#APEX}, {@link ZoneNode.Kind#AUTHORITATIVE} or
 *     {@link ZoneNode.Kind#DELEGATION}
 * @param types every type held at the name, glue at a delegation included (the builders apply the
 *     zone-cut rules); never empty
 */
public record ChainEntry(Name name, ZoneNode.Kind kind, TypeBitmap types) {

    public ChainEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(types, "types");
        if (kind != ZoneNode.Kind.APEX && kind != ZoneNode.Kind.AUTHORITATIVE && kind != ZoneNode.Kind.DELEGATION) {
            throw new IllegalArgumentException("not a chain entry kind: " + kind);
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a chain entry holds at least one type: " + name);
        }
        if (types.contains(RrType.NSEC) || types.contains(RrType.NSEC3) || types.contains(RrType.RRSIG)) {
            throw new IllegalArgumentException("chain entry types exclude NSEC, NSEC3 and RRSIG: " + name);
        }
    }

    /** True for a zone cut with a DS RRset: a secure delegation (RFC 4035 §2.4). */
    public boolean isSecureDelegation() {
        return kind == ZoneNode.Kind.DELEGATION && types.contains(RrType.DS);
    }

    /** NSEC, NSEC3 and RRSIG: the records the chains make or sign themselves, never listed as data. */
    public static boolean isChainType(RrType type) {
        return type.equals(RrType.NSEC) || type.equals(RrType.NSEC3) || type.equals(RrType.RRSIG);
    }

    /**
     * The entries of a loaded zone, in its canonical order: every apex, ordinary or delegation
     * name holding a type other than NSEC, NSEC3 and RRSIG. A name left with only an old chain's
     * records is skipped, as dnssec-signzone skips such "inactive" nodes.
     */
    public static List<ChainEntry> fromZone(Zone zone) {
        List<ChainEntry> out = new ArrayList<>();
        List<RrType> types = new ArrayList<>();
        for (ZoneNode node : zone.nodes()) {
            ZoneNode.Kind kind = node.kind();
            if (kind != ZoneNode.Kind.APEX && kind != ZoneNode.Kind.AUTHORITATIVE && kind != ZoneNode.Kind.DELEGATION) {
                continue;
            }
            types.clear();
            for (RRset s : node.rrsets()) {
                if (!isChainType(s.type())) {
                    types.add(s.type());
                }
            }
            if (!types.isEmpty()) {
                out.add(new ChainEntry(node.name(), kind, TypeBitmap.of(types)));
            }
        }
        return out;
    }
}

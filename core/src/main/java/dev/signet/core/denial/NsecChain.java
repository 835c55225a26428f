package dev.signet.core.denial;

import dev.signet.core.rdata.Nsec;
import dev.signet.core.rdata.TypeBitmap;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the NSEC chain of RFC 4034 §4 (with RFC 4035 §2.3): one NSEC RRset per name that
 * holds authoritative data or a zone cut, in canonical order, each naming the next such name
 * (case preserved, RFC 6840 §5.1) and the last one naming the apex. Glue, names below a zone
 * cut or a DNAME, and empty non-terminals get none.
 *
 * <p>Type bitmaps list the name's types plus NSEC and RRSIG. At a delegation only the types the
 * parent is authoritative for remain (NS, DS and KEY: BIND's {@code iszonecutauth} set, observed
 * with dnssec-signzone 9.18, which drops A, TXT and NXT there), so glue at the cut is denied.
 * Returns new records; the entries are not changed.
 */
public final class NsecChain {

    private NsecChain() {
    }

    /**
     * One NSEC RRset per entry, in the entries' order.
     *
     * @param entries in canonical order, the apex first
     * @param ttl the NSEC TTL ({@link DenialTtl})
     */
    public static List<RRset> build(List<ChainEntry> entries, RrClass rrClass, long ttl) {
        if (entries.isEmpty() || entries.get(0).kind() != ZoneNode.Kind.APEX) {
            throw new IllegalArgumentException("the first chain entry must be the apex");
        }
        List<RRset> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ChainEntry e = entries.get(i);
            ChainEntry next = entries.get(i + 1 == entries.size() ? 0 : i + 1);
            if (i > 0 && entries.get(i - 1).name().compareTo(e.name()) >= 0) {
                throw new IllegalArgumentException("chain entries out of canonical order at " + e.name());
            }
            TypeBitmap types = bitmapTypes(e).with(RrType.RRSIG, RrType.NSEC);
            out.add(RRset.of(e.name(), RrType.NSEC, rrClass, ttl, new Nsec(next.name(), types).toRdata()));
        }
        return out;
    }

    /** The NSEC chain of a loaded zone, with the RFC 9077 TTL. */
    public static List<RRset> build(Zone zone) {
        return build(ChainEntry.fromZone(zone), zone.rrClass(), DenialTtl.of(zone, -1));
    }

    /** The entry's types as a chain lists them: at a zone cut only the parent-side ones. */
    static TypeBitmap bitmapTypes(ChainEntry e) {
        if (e.kind() != ZoneNode.Kind.DELEGATION) {
            return e.types();
        }
        List<RrType> kept = new ArrayList<>(3);
        for (RrType t : e.types().types()) {
            if (isZoneCutAuthoritative(t)) {
                kept.add(t);
            }
        }
        return TypeBitmap.of(kept);
    }

    /** Types the parent side of a zone cut holds authoritatively (BIND 9.18's set, see class comment). */
    static boolean isZoneCutAuthoritative(RrType t) {
        return t.equals(RrType.NS) || t.equals(RrType.DS) || t.equals(RrType.KEY)
                || t.equals(RrType.NSEC) || t.equals(RrType.RRSIG);
    }
}

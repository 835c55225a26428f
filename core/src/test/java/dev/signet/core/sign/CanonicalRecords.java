package dev.signet.core.sign;

import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Records reduced to their canonical form (RFC 4034 §6.2: owner and listed embedded names
 * lower-cased; rdata as hex) plus TTL, for comparing zones record for record.
 */
final class CanonicalRecords {

    private CanonicalRecords() {
    }

    static String of(Record r) {
        return of(r, false);
    }

    /** With {@code withoutSignatures}, an RRSIG keeps every field but its (randomized ECDSA) signature. */
    static String of(Record r, boolean withoutSignatures) {
        byte[] rdata = withoutSignatures && r.type().equals(RrType.RRSIG)
                ? Rrsig.from(r.rdata()).signedDataPrefix() : RdataCodecs.canonical(r.type(), r.rdata());
        return r.owner().toLowerCase() + " " + r.ttl() + " " + r.rrClass() + " " + r.type() + " "
                + HexFormat.of().formatHex(rdata);
    }

    static TreeSet<String> of(Collection<RRset> sets) {
        return of(sets, false);
    }

    static TreeSet<String> of(Collection<RRset> sets, boolean withoutSignatures) {
        TreeSet<String> out = new TreeSet<>();
        for (RRset s : sets) {
            for (Record r : s.records()) {
                out.add(of(r, withoutSignatures));
            }
        }
        return out;
    }

    static TreeSet<String> of(Zone zone) {
        return of(zone, false);
    }

    static TreeSet<String> of(Zone zone, boolean withoutSignatures) {
        List<RRset> sets = new ArrayList<>();
        for (ZoneNode n : zone.nodes()) {
            sets.addAll(n.rrsets());
        }
        return of(sets, withoutSignatures);
    }

    /** Lines only in {@code a} ("-") and only in {@code b} ("+"), for a readable failure. */
    static String diff(TreeSet<String> a, TreeSet<String> b) {
        StringBuilder sb = new StringBuilder();
        for (String s : a) {
            if (!b.contains(s)) {
                sb.append("- ").append(s).append('\n');
            }
        }
        for (String s : b) {
            if (!a.contains(s)) {
                sb.append("+ ").append(s).append('\n');
            }
        }
        return sb.toString();
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A loaded zone: its names in RFC 4034 §6.1 canonical order, each with its RRsets and its
 * classification (apex, ordinary, delegation, occluded, empty non-terminal; glue). Immutable.
 *
 * <p>Built by {@link ZoneBuilder} from a stream of records. Empty non-terminals are nodes of
 * their own (without RRsets) in their canonical place, so a walk over {@link #nodes()} visits
 * every name an NSEC3 chain must cover; occluded names are present too (the zone file holds
 * them) and are marked so that signers and chain builders skip them.
 */
public final class Zone {

    private final Name apex;
    private final RrClass rrClass;
    private final ZoneNode[] nodes;
    private final int apexIndex;

    Zone(Name apex, RrClass rrClass, ZoneNode[] nodesInCanonicalOrder) {
        this.apex = apex;
        this.rrClass = rrClass;
        this.nodes = nodesInCanonicalOrder;
        this.apexIndex = indexOf(apex);
    }

    /** A builder for the zone {@code apex}; diagnostics go to {@code sink}. */
    public static ZoneBuilder builder(Name apex, RrClass rrClass, Consumer<Diagnostic> sink) {
        return new ZoneBuilder(apex, rrClass, sink);
    }

    public Name apex() {
        return apex;
    }

    public RrClass rrClass() {
        return rrClass;
    }

    /** Every name (empty non-terminals and occluded names included) in canonical order (a read-only view). */
    public List<ZoneNode> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodes));
    }

    /** Number of names, empty non-terminals included. */
    public int nodeCount() {
        return nodes.length;
    }

    /** The {@code i}-th name in canonical order. */
    public ZoneNode node(int i) {
        return nodes[i];
    }

    /** The node of a name, or {@code null} if the zone has neither data nor descendants there. */
    public ZoneNode node(Name name) {
        int i = indexOf(name);
        return i < 0 ? null : nodes[i];
    }

    /** Position of a name in canonical order, or {@code -(insertion point) - 1} (binary search). */
    public int indexOf(Name name) {
        int lo = 0;
        int hi = nodes.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = nodes[mid].name().compareTo(name);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** The apex node, or {@code null} for a zone without data at its apex (which never loads). */
    public ZoneNode apexNode() {
        return apexIndex < 0 ? null : nodes[apexIndex];
    }

    /** The SOA RRset at the apex, or {@code null}. */
    public RRset soa() {
        ZoneNode a = apexNode();
        return a == null ? null : a.rrset(RrType.SOA);
    }

    /** The SOA serial (RFC 1035 §3.3.13). */
    public long serial() {
        RRset soa = soa();
        if (soa == null) {
            throw new IllegalStateException("zone " + apex + " has no SOA");
        }
        return Soa.from(soa.rdata(0)).serial();
    }

    /** The empty non-terminals (RFC 5155 sense) in canonical order. */
    public List<ZoneNode> emptyNonTerminals() {
        List<ZoneNode> out = new ArrayList<>();
        for (ZoneNode n : nodes) {
            if (n.kind() == ZoneNode.Kind.EMPTY_NON_TERMINAL) {
                out.add(n);
            }
        }
        return out;
    }

    public int rrsetCount() {
        int n = 0;
        for (ZoneNode node : nodes) {
            n += node.rrsetCount();
        }
        return n;
    }

    public int recordCount() {
        int n = 0;
        for (ZoneNode node : nodes) {
            n += node.recordCount();
        }
        return n;
    }
}

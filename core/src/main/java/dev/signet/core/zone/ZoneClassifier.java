package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies the names of a zone in one walk over them in canonical order, which is a pre-order
 * walk of the name tree: every ancestor comes before its descendants and a subtree is contiguous.
 *
 * <ul>
 *   <li>NS at a name other than the apex makes it a {@link ZoneNode.Kind#DELEGATION} (RFC 1034
 *       §4.2.1); every name below is {@link ZoneNode.Kind#OCCLUDED}.
 *   <li>Names below a DNAME are occluded too (RFC 6672 §2.4); the DNAME's own name is not.
 *   <li>An ancestor of an in-zone (not occluded) name that holds no data is an
 *       {@link ZoneNode.Kind#EMPTY_NON_TERMINAL} (RFC 5155 §7.1), inserted in its canonical place.
 *       Empty names between a zone cut and occluded data are not: they are not in the zone.
 *   <li>A name at or below a zone cut (not below a DNAME) that an apex or delegation NS record
 *       points to and that holds A or AAAA is glue (RFC 9471 §2).
 * </ul>
 */
final class ZoneClassifier {

    private ZoneClassifier() {
    }

    static ZoneNode[] classify(Name apex, Name[] names, RRset[][] sets) {
        List<Name> outNames = new ArrayList<>(names.length + 16);
        List<RRset[]> outSets = new ArrayList<>(names.length + 16);
        List<ZoneNode.Kind> kinds = new ArrayList<>(names.length + 16);
        // Set for names below a zone cut (not a DNAME): the only places glue can be.
        List<Boolean> underCut = new ArrayList<>(names.length + 16);
        Set<Name> nsTargets = new HashSet<>();

        Deque<Name> ancestors = new ArrayDeque<>();
        ancestors.push(apex);
        Name occluder = null;
        boolean occluderIsCut = false;
        for (int i = 0; i < names.length; i++) {
            Name name = names[i];
            RRset[] here = sets[i];
            if (occluder != null && name.isSubdomainOf(occluder)) {
                add(outNames, outSets, kinds, underCut, name, here, ZoneNode.Kind.OCCLUDED, occluderIsCut);
                continue;
            }
            occluder = null;
            while (!name.isSubdomainOf(ancestors.peek())) {
                ancestors.pop();
            }
            int parentLabels = ancestors.peek().labelCount();
            for (int labels = parentLabels + 1; labels < name.labelCount(); labels++) {
                Name ent = name.suffix(labels);
                add(outNames, outSets, kinds, underCut, ent, new RRset[0], ZoneNode.Kind.EMPTY_NON_TERMINAL, false);
                ancestors.push(ent);
            }
            boolean isApex = name.equals(apex);
            boolean hasNs = has(here, RrType.NS);
            ZoneNode.Kind kind = isApex ? ZoneNode.Kind.APEX
                    : hasNs ? ZoneNode.Kind.DELEGATION : ZoneNode.Kind.AUTHORITATIVE;
            add(outNames, outSets, kinds, underCut, name, here, kind, kind == ZoneNode.Kind.DELEGATION);
            if (kind == ZoneNode.Kind.DELEGATION) {
                occluder = name;
                occluderIsCut = true;
            } else if (has(here, RrType.DNAME)) {
                occluder = name;
                occluderIsCut = false;
            }
            if (hasNs) {
                collectTargets(here, nsTargets);
            }
            ancestors.push(name);
        }

        ZoneNode[] nodes = new ZoneNode[outNames.size()];
        for (int i = 0; i < nodes.length; i++) {
            RRset[] here = outSets.get(i);
            boolean glue = underCut.get(i)
                    && (has(here, RrType.A) || has(here, RrType.AAAA))
                    && nsTargets.contains(outNames.get(i));
            nodes[i] = kinds.get(i) == ZoneNode.Kind.EMPTY_NON_TERMINAL
                    ? ZoneNode.emptyNonTerminal(outNames.get(i))
                    : new ZoneNode(outNames.get(i), here, kinds.get(i), glue);
        }
        return nodes;
    }

    private static void add(List<Name> names, List<RRset[]> sets, List<ZoneNode.Kind> kinds, List<Boolean> underCut,
                            Name name, RRset[] here, ZoneNode.Kind kind, boolean belowCut) {
        names.add(name);
        sets.add(here);
        kinds.add(kind);
        underCut.add(belowCut);
    }

    private static boolean has(RRset[] sets, RrType type) {
        for (RRset s : sets) {
            if (s.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static void collectTargets(RRset[] sets, Set<Name> targets) {
        for (RRset s : sets) {
            if (s.type().equals(RrType.NS)) {
                for (Rdata r : s.rdataList()) {
                    targets.add(Name.fromWire(r.wireUnsafe(), 0));
                }
            }
        }
    }
}

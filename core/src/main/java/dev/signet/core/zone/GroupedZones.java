package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Zone} straight from RRsets that are already grouped by owner, as a signer produces
 * them: no split into records and regrouping as {@link ZoneBuilder} does for a zone file. For a
 * signed zone of millions of RRsets that regrouping cost as much as a tenth of the signing.
 */
public final class GroupedZones {

    private GroupedZones() {
    }

    /**
     * The zone of {@code rrsets}, or {@code null} when they are not in the shape this shortcut
     * needs — each owner's RRsets consecutive, in {@link ZoneNode#typeOrder} order, no owner
     * twice — so that the caller loads them through a {@link ZoneBuilder} instead. Groups may
     * come in any order (an NSEC3 chain after the other names, say); they are sorted here.
     */
    public static Zone of(Name apex, RrClass rrClass, List<RRset> rrsets) {
        List<Name> names = new ArrayList<>();
        List<RRset[]> groups = new ArrayList<>();
        int i = 0;
        int n = rrsets.size();
        while (i < n) {
            Name owner = rrsets.get(i).owner();
            int end = i + 1;
            while (end < n && rrsets.get(end).owner().equals(owner)) {
                end++;
            }
            RRset[] sets = rrsets.subList(i, end).toArray(new RRset[0]);
            int previous = -1;
            for (RRset s : sets) {
                int order = ZoneNode.typeOrder(s.type(), s.covered());
                if (order <= previous || !s.rrClass().equals(rrClass) || !s.owner().isSubdomainOf(apex)) {
                    return null;
                }
                previous = order;
            }
            names.add(sets[0].owner());
            groups.add(sets);
            i = end;
        }
        // One stable sequential sort (-n 1 uses one core); linear when the groups come in canonical
        // order, and nearly so for the usual shape: the names in order, then the NSEC3 chain in order.
        int[] order = OwnerSort.sort(names.toArray(new Name[0]), names.size());
        Name[] sortedNames = new Name[order.length];
        RRset[][] sortedSets = new RRset[order.length][];
        for (int k = 0; k < order.length; k++) {
            sortedNames[k] = names.get(order[k]);
            sortedSets[k] = groups.get(order[k]);
            if (k > 0 && sortedNames[k - 1].compareTo(sortedNames[k]) >= 0) {
                return null; // one owner in two groups: leave the merging to ZoneBuilder
            }
        }
        return new Zone(apex, rrClass, ZoneClassifier.classify(apex, sortedNames, sortedSets));
    }
}

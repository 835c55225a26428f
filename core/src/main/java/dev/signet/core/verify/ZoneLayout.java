package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

/**
 * Which names the denial-of-existence chains are about, computed once before the walk.
 * <ul>
 *   <li>A <em>chain name</em> holds authoritative data or a delegation (RFC 4034 §4.1.1): not
 *       occluded, not an empty non-terminal, and with data besides NSEC3 records (which, as in
 *       BIND, live in a tree of their own). The NSEC chain links the chain names in canonical
 *       order, the last back to the apex.</li>
 *   <li>A name <em>needs</em> an NSEC3 (RFC 5155 §7.1) unless it is an insecure delegation (no
 *       DS), or an empty non-terminal with nothing but insecure delegations below it: those may be
 *       left out under Opt-Out.</li>
 * </ul>
 */
final class ZoneLayout {

    private final boolean[] main;
    private final int[] nextMain;
    private final int[] followingMain;
    private final boolean[] needsNsec3;

    private ZoneLayout(boolean[] main, int[] nextMain, int[] followingMain, boolean[] needsNsec3) {
        this.main = main;
        this.nextMain = nextMain;
        this.followingMain = followingMain;
        this.needsNsec3 = needsNsec3;
    }

    static ZoneLayout of(Zone zone, boolean withNsec3) {
        int n = zone.nodeCount();
        boolean[] main = new boolean[n];
        for (int i = 0; i < n; i++) {
            main[i] = isChainName(zone.node(i));
        }
        int[] next = new int[n];
        int[] followingMain = new int[n];
        int apexIndex = Math.max(zone.indexOf(zone.apex()), 0);
        int following = -1;
        for (int i = n - 1; i >= 0; i--) {
            followingMain[i] = following;
            if (main[i]) {
                next[i] = following < 0 ? apexIndex : following;
                following = i;
            }
        }
        boolean[] needs = new boolean[n];
        if (withNsec3) {
            for (int i = 0; i < n; i++) {
                ZoneNode node = zone.node(i);
                if (!main[i] || needs[i]) {
                    continue;
                }
                boolean insecureDelegation = node.kind() == ZoneNode.Kind.DELEGATION && !node.has(RrType.DS);
                if (insecureDelegation) {
                    continue;
                }
                needs[i] = true;
                // Every empty non-terminal above a name that needs an NSEC3 needs one too.
                Name up = node.name();
                while (!up.equals(zone.apex()) && !up.isRoot()) {
                    up = up.parent();
                    int j = zone.indexOf(up);
                    if (j < 0 || needs[j]) {
                        break;
                    }
                    needs[j] = zone.node(j).kind() == ZoneNode.Kind.EMPTY_NON_TERMINAL || main[j];
                }
            }
        }
        return new ZoneLayout(main, next, followingMain, needs);
    }

    private static boolean isChainName(ZoneNode node) {
        if (node.kind() == ZoneNode.Kind.OCCLUDED || node.kind() == ZoneNode.Kind.EMPTY_NON_TERMINAL) {
            return false;
        }
        for (RRset s : node.rrsets()) {
            boolean nsec3Tree = s.type().equals(RrType.NSEC3)
                    || (s.type().equals(RrType.RRSIG) && s.covered().equals(RrType.NSEC3));
            if (!nsec3Tree) {
                return true;
            }
        }
        return false;
    }

    boolean isMain(int i) {
        return main[i];
    }

    /** The chain name after chain name {@code i}, wrapping to the apex. */
    int nextMain(int i) {
        return nextMain[i];
    }

    /** The first chain name after name {@code i} in canonical order (no wrapping), or -1. */
    int followingMain(int i) {
        return followingMain[i];
    }

    boolean needsNsec3(int i) {
        return needsNsec3[i];
    }
}

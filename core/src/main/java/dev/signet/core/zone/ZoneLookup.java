package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

/**
 * Looks a name and type up in a loaded zone the way an authoritative server answers from it
 * (RFC 1034 §4.3.2, RFC 4592 wildcards, RFC 6672 DNAME), with the outcomes BIND's zone database
 * distinguishes. The integrity checks ask it where NS, MX and SRV targets lead.
 */
final class ZoneLookup {

    enum Outcome {
        /** The name holds the type (possibly through a wildcard). */
        FOUND,
        /** The name exists (with data) but not the type. */
        NO_TYPE,
        /** The name holds no data but has descendants (an empty non-terminal). */
        EMPTY_NAME,
        /** Nothing at or below the name, and no wildcard covers it. */
        NO_NAME,
        /** The name holds a CNAME instead of the type. */
        CNAME,
        /** The name lies below a DNAME ({@link Result#at()} is the DNAME's owner). */
        DNAME,
        /** The name lies at or below a zone cut ({@link Result#at()} is the cut). */
        DELEGATION,
        /** Like {@link #DELEGATION}, but glue of the type is present (glue lookups only). */
        GLUE
    }

    record Result(Outcome outcome, Name at) {
    }

    private final Zone zone;

    ZoneLookup(Zone zone) {
        this.zone = zone;
    }

    /**
     * @param glueOk look through a zone cut at the glue below it (BIND's DNS_DBFIND_GLUEOK)
     */
    Result find(Name name, RrType type, boolean glueOk) {
        Name apex = zone.apex();
        int apexLabels = apex.labelCount();
        int labels = name.labelCount();
        // From the top down, the first cut or DNAME on the way decides (RFC 1034 §4.3.2 step 3b/c).
        for (int depth = apexLabels; depth <= labels; depth++) {
            Name ancestor = depth == labels ? name : name.suffix(depth);
            ZoneNode node = zone.node(ancestor);
            if (node == null) {
                continue;
            }
            if (depth > apexLabels && node.has(RrType.NS)) {
                if (glueOk) {
                    ZoneNode target = depth == labels ? node : zone.node(name);
                    if (target != null && target.has(type)) {
                        return new Result(Outcome.GLUE, ancestor);
                    }
                }
                return new Result(Outcome.DELEGATION, ancestor);
            }
            if (depth < labels && node.has(RrType.DNAME)) {
                return new Result(Outcome.DNAME, ancestor);
            }
        }
        ZoneNode node = zone.node(name);
        if (node == null) {
            node = wildcardFor(name);
            if (node == null) {
                return new Result(Outcome.NO_NAME, null);
            }
        }
        if (node.isEmpty()) {
            return new Result(Outcome.EMPTY_NAME, null);
        }
        if (node.has(type)) {
            return new Result(Outcome.FOUND, node.name());
        }
        if (node.has(RrType.CNAME)) {
            return new Result(Outcome.CNAME, node.name());
        }
        return new Result(Outcome.NO_TYPE, null);
    }

    /** RFC 4592 §3.3.1: the wildcard child of the closest encloser, if there is one. */
    private ZoneNode wildcardFor(Name name) {
        Name closest = name.parent();
        while (zone.node(closest) == null && closest.labelCount() > zone.apex().labelCount()) {
            closest = closest.parent();
        }
        return zone.node(closest.wildcardChild());
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;

import java.util.List;

/** Loads a zone file the way named-checkzone does: parse, check, build, check again. */
public final class ZoneLoader {

    private ZoneLoader() {
    }

    /**
     * The outcome of a load.
     *
     * @param zone the zone, or {@code null} if an error was found (BIND loads nothing then)
     * @param apex the zone's name
     * @param diagnostics every finding in the order it arose: reading, then the loaded zone
     */
    public record Result(Zone zone, Name apex, List<Diagnostic> diagnostics) {

        public boolean loaded() {
            return zone != null;
        }

        /** The first error, or {@code null}. */
        public Diagnostic firstError() {
            for (Diagnostic d : diagnostics) {
                if (d.isError()) {
                    return d;
                }
            }
            return null;
        }
    }
}

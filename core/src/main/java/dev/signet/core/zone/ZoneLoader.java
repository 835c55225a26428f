package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a zone file the way named-checkzone does: parse (dropping out-of-zone records), check
 * each record, build the zone with BIND's load semantics, then check the loaded zone.
 */
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

    /**
     * Loads the zone {@code apex} from a file.
     *
     * @param includeBase where relative {@code $INCLUDE} paths are resolved (named-checkzone
     *     {@code -w}); {@code null} for the working directory, as BIND does
     * @throws IOException if the file cannot be opened (a read error later is a diagnostic)
     */
    public static Result load(Path file, Name apex, RrClass rrClass, CheckOptions checks, Path includeBase)
            throws IOException {
        try (ZoneParser parser = ZoneParser.open(file, options(apex, rrClass), includeBase)) {
            return load(parser, file.toString(), apex, rrClass, checks);
        }
    }

    /** Loads the zone {@code apex} from text ({@code displayName} names it in findings). */
    public static Result load(Reader text, String displayName, Name apex, RrClass rrClass, CheckOptions checks) {
        try (ZoneParser parser = ZoneParser.fromReader(text, displayName, options(apex, rrClass))) {
            return load(parser, displayName, apex, rrClass, checks);
        }
    }

    private static ParseOptions options(Name apex, RrClass rrClass) {
        return ParseOptions.forZone(apex).withDefaultClass(rrClass);
    }

    private static Result load(ZoneParser parser, String file, Name apex, RrClass rrClass, CheckOptions checks) {
        ZoneLoading loading = new ZoneLoading(apex, rrClass, checks, file);
        List<Diagnostic> parsed = parser.diagnostics();
        int seen = 0;
        Record r;
        while ((r = parser.next()) != null) {
            // Keep the parser's findings in reading order with the checks' findings.
            while (seen < parsed.size()) {
                loading.diagnostic(parsed.get(seen++));
            }
            loading.add(r, parser.currentFile(), parser.currentLine());
        }
        while (seen < parsed.size()) {
            loading.diagnostic(parsed.get(seen++));
        }
        return loading.finish();
    }
}

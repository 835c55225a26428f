package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One zone load in progress, fed record by record: the per-record checks, the builder, then the
 * checks of the loaded zone — in BIND's order, with all findings collected in the order they
 * arise. {@link ZoneLoader} drives it from the parser; tests drive it directly.
 */
final class ZoneLoading {

    private final Name apex;
    private final CheckOptions checks;
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final LoadChecks loadChecks;
    private final ZoneBuilder builder;
    private boolean parseErrors;

    /** @param file the zone file as the user named it (for findings about the whole zone) */
    ZoneLoading(Name apex, RrClass rrClass, CheckOptions checks, String file) {
        this.apex = Objects.requireNonNull(apex);
        this.checks = Objects.requireNonNull(checks);
        this.file = Objects.requireNonNull(file);
        this.loadChecks = new LoadChecks(checks, apex, diagnostics::add);
        this.builder = Zone.builder(apex, rrClass, diagnostics::add);
    }

    /** A finding of the parser, kept in reading order. */
    void diagnostic(Diagnostic d) {
        parseErrors |= d.isError();
        diagnostics.add(d);
    }

    /** A record read at {@code file:line}; one that fails a check is not added. */
    void add(Record record, String recordFile, int line) {
        if (loadChecks.check(record, recordFile, line)) {
            builder.add(record, recordFile, line);
        }
    }

    /**
     * Builds the zone and, if it loaded without error, runs the integrity checks. The zone is
     * returned only when no error was found, as BIND loads no zone then either.
     */
    ZoneLoader.Result finish() {
        Zone zone = builder.build();
        boolean ok = !parseErrors && !loadChecks.hasErrors() && !builder.hasErrors();
        if (ok) {
            ok = new IntegrityChecks(zone, checks, file, diagnostics::add).run();
        }
        return new ZoneLoader.Result(ok ? zone : null, apex, List.copyOf(diagnostics));
    }
}

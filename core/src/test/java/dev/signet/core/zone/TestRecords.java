package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TokenSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records from one-line text {@code owner ttl type rdata...} (owner relative to the origin, class
 * IN), for zone-model tests that must not depend on the zone file parser. Words are split at
 * spaces; a quoted word must not contain one.
 */
final class TestRecords {

    static final Name ORIGIN = Name.of("example.com.");

    private TestRecords() {
    }

    static Record rr(String line) {
        return rr(line, ORIGIN);
    }

    static Record rr(String line, Name origin) {
        String[] w = line.trim().split("\\s+");
        Name owner = Name.parse(w[0], origin);
        long ttl = Long.parseLong(w[1]);
        RrType type = RrType.parse(w[2]);
        String[] rdataWords = Arrays.copyOfRange(w, 3, w.length);
        Rdata rdata = RdataCodecs.parse(type, TokenSource.of(1, rdataWords), origin);
        return new Record(owner, type, RrClass.IN, ttl, rdata);
    }

    /** Builds a zone from lines (line numbers 1..n in file "db"), collecting diagnostics. */
    static Zone zone(List<Diagnostic> diagnostics, String... lines) {
        return zone(ORIGIN, diagnostics::add, lines);
    }

    static Zone zone(Name apex, Consumer<Diagnostic> sink, String... lines) {
        ZoneBuilder b = Zone.builder(apex, RrClass.IN, sink);
        for (int i = 0; i < lines.length; i++) {
            b.add(rr(lines[i], apex), "db", i + 1);
        }
        return b.build();
    }

    static Zone zone(String... lines) {
        List<Diagnostic> d = new ArrayList<>();
        Zone z = zone(d, lines);
        if (!d.isEmpty()) {
            throw new AssertionError("unexpected diagnostics: " + d);
        }
        return z;
    }
}

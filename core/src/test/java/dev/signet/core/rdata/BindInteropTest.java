package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.text.TextException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interop with BIND 9.18: {@code named-compilezone -s full} loads testdata/zones/alltypes.db and
 * prints one record per line. Every rdata BIND prints must read with our codec and print back
 * identically, and our reading of the same zone file must give exactly BIND's records.
 */
class BindInteropTest {

    private static final Name ORIGIN = Name.of("example.com.");
    private static final Path ZONE = TestData.path("zones/alltypes.db");

    /** One line of BIND output split into owner, type and rdata text. */
    record BindRecord(String owner, RrType type, String rdata, String line) {
    }

    private static List<BindRecord> bind;

    @BeforeAll
    static void runBind() throws Exception {
        NamedCompilezone.Result result = NamedCompilezone.run(ZONE, "example.com");
        assertEquals(0, result.exitCode(), "named-compilezone failed: " + result.stderr());
        String out = result.stdout();
        bind = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank() || line.startsWith(";")) {
                continue;
            }
            // owner ttl class type rdata: the first four whitespace-separated fields, then the rest
            String[] f = line.split("[ \t]+", 5);
            bind.add(new BindRecord(f[0], RrType.parse(f[3]), f.length > 4 ? f[4] : "", line));
        }
        assertTrue(bind.size() > 100, "BIND printed only " + bind.size() + " records");
    }

    @Test
    void everyRdataBindPrintsReadsAndPrintsBackIdentically() {
        List<String> mismatches = new ArrayList<>();
        for (BindRecord b : bind) {
            try {
                Rdata rdata = RdataRoundTripTest.parse(b.type(), b.rdata(), b.line());
                String ours = RdataCodecs.format(b.type(), rdata);
                if (!ours.equals(b.rdata())) {
                    mismatches.add("BIND: " + b.rdata() + "\n  ours: " + ours);
                }
            } catch (AssertionError | TextException e) {
                mismatches.add("BIND: " + b.line() + "\n  error: " + e.getMessage());
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " records differ:\n" + String.join("\n", mismatches));
    }

    @Test
    void ourReadingOfTheZoneFileIsBindsReading() {
        Set<String> ours = new TreeSet<>();
        for (ZoneText.Line l : ZoneText.records(ZONE, ORIGIN)) {
            Record r = l.record();
            ours.add(r.owner() + " " + r.type() + " " + RdataCodecs.format(r.type(), r.rdata()));
        }
        Set<String> theirs = new TreeSet<>();
        for (BindRecord b : bind) {
            theirs.add(b.owner() + " " + b.type() + " " + b.rdata());
        }
        Set<String> onlyOurs = new TreeSet<>(ours);
        onlyOurs.removeAll(theirs);
        Set<String> onlyBind = new TreeSet<>(theirs);
        onlyBind.removeAll(ours);
        assertTrue(onlyOurs.isEmpty() && onlyBind.isEmpty(),
                "only ours:\n" + String.join("\n", onlyOurs) + "\nonly BIND:\n" + String.join("\n", onlyBind));
    }

    @Test
    void theZoneCoversEveryTypeWithACodec() {
        Set<RrType> seen = new TreeSet<>();
        bind.forEach(b -> seen.add(b.type()));
        for (RrType t : RandomRdata.TYPES) {
            if (t.equals(RrType.MD) || t.equals(RrType.MF)) {
                continue; // BIND refuses to load these obsolete types
            }
            assertTrue(seen.contains(t), "alltypes.db has no " + t + " record that BIND printed");
        }
    }
}

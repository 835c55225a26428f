package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.Record;
import dev.signet.core.testutil.Peers;
import dev.signet.core.testutil.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases in {@code testdata/parser/}: each {@code <case>.db} says in its header which zone it
 * is and whether BIND accepts it ({@code ; expect: ok}) or which line BIND's first error names
 * ({@code ; expect: error <line>}).
 *
 * <p>Every case is checked against our parser; when {@code named-checkzone} is installed, also
 * against BIND itself, and for accepted zones the records BIND loads (its {@code -D} dump,
 * read back with our parser) must equal ours, TTLs included.
 */
class ParserCasesTest {

    private static final Path DIR = TestData.path("parser");
    private static final Pattern HEADER = Pattern.compile("^; (zone|expect): *(.*)$");

    /** One case file and its header. */
    record Case(Path file, String zone, Integer errorLine) {

        static Case read(Path file) throws IOException {
            String zone = null;
            String expect = null;
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    break;
                }
                if (m.group(1).equals("zone")) {
                    zone = m.group(2).trim();
                } else {
                    expect = m.group(2).trim();
                }
            }
            if (zone == null || expect == null || !(expect.equals("ok") || expect.startsWith("error "))) {
                throw new IllegalStateException(file + ": needs '; zone:' and '; expect: ok|error <line>' headers");
            }
            Integer line = expect.equals("ok") ? null : Integer.valueOf(expect.substring(6).trim());
            return new Case(file, zone, line);
        }

        String name() {
            return file.getFileName().toString();
        }
    }

    /** What our parser made of a case. */
    record Outcome(List<Record> records, List<Diagnostic> diagnostics) {

        Diagnostic firstError() {
            return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(null);
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".db")).sorted().toList()) {
                out.add(Case.read(p));
            }
        }
        assertTrue(out.size() >= 40, "expected the full set of parser cases in " + DIR);
        return out;
    }

    static Outcome parse(Case c) throws IOException {
        Name apex = Name.of(c.zone.endsWith(".") ? c.zone : c.zone + ".");
        List<Record> records = new ArrayList<>();
        // $INCLUDE paths in the cases are relative to testdata/parser, where BIND is run.
        try (ZoneParser p = ZoneParser.open(c.file, ParseOptions.forZone(apex), DIR)) {
            Record r;
            while ((r = p.next()) != null) {
                records.add(r);
            }
            return new Outcome(records, new ArrayList<>(p.diagnostics()));
        }
    }

    @TestFactory
    Stream<DynamicTest> ourParserMeetsEachExpectation() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome o = parse(c);
            if (c.errorLine == null) {
                assertEquals(null, o.firstError(), "unexpected error; all diagnostics: " + o.diagnostics);
                assertFalse(o.records.isEmpty());
            } else {
                Diagnostic first = o.firstError();
                assertTrue(first != null, "expected an error at line " + c.errorLine + "; got " + o.diagnostics);
                assertEquals(c.errorLine.intValue(), first.line(), "first error: " + first);
                assertEquals(c.name(), Path.of(first.file()).getFileName().toString());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> bindAgreesWithEachExpectation() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Peers.require("named-checkzone");
            Path dump = Files.createTempFile("signet-bind-dump", ".txt");
            try {
                Process proc = new ProcessBuilder("named-checkzone", "-D", "-o", dump.toString(), c.zone,
                        c.name()).directory(DIR.toFile()).redirectErrorStream(true).start();
                String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
                if (c.errorLine == null) {
                    assertEquals(0, proc.exitValue(), "BIND rejects it:\n" + out);
                    assertEquals(bindRecords(dump), ourRecords(parse(c).records), "records differ from BIND's");
                } else {
                    assertNotEquals(0, proc.exitValue(), "BIND accepts it:\n" + out);
                    Integer named = firstErrorLine(out, c.name());
                    if (named != null) { // a few BIND errors ("bad ttl" for $TTL) name no line
                        assertEquals(c.errorLine, named, "BIND's first error line:\n" + out);
                    }
                }
            } finally {
                Files.deleteIfExists(dump);
            }
        }));
    }

    /** The first {@code file:line:} in BIND's output that is not a warning. */
    static Integer firstErrorLine(String out, String file) {
        Pattern at = Pattern.compile(Pattern.quote(file) + ":(\\d+):");
        for (String line : out.split("\n")) {
            if (line.contains("MAXTTL") || line.contains("MINTTL") || line.contains("RFC1035 TTL")
                    || line.contains("out-of-zone")) {
                continue;
            }
            Matcher m = at.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** BIND's dump read back with our parser (its format is plain absolute records). */
    private static TreeSet<String> bindRecords(Path dump) throws IOException {
        List<Record> records = new ArrayList<>();
        try (ZoneParser p = ZoneParser.open(dump, ParseOptions.forRecords(Name.ROOT))) {
            Record r;
            while ((r = p.next()) != null) {
                records.add(r);
            }
            assertFalse(p.hasErrors(), "cannot read BIND's dump: " + p.diagnostics());
        }
        return ourRecords(records);
    }

    /** Records as comparable lines: lower-case owner (BIND keeps the first spelling), TTL, rdata. */
    static TreeSet<String> ourRecords(List<Record> records) {
        TreeSet<String> out = new TreeSet<>();
        for (Record r : records) {
            out.add(r.owner().toLowerCase() + " " + r.ttl() + " " + r.rrClass() + " " + r.type() + " "
                    + RdataCodecs.format(r.type(), r.rdata()));
        }
        return out;
    }
}

package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneParserTest {

    static final Name APEX = Name.of("example.com.");
    static final String SOA = "@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n";

    record Result(List<Record> records, List<Diagnostic> diagnostics, boolean hasErrors) {

        List<String> lines() {
            return records.stream().map(r -> r.owner() + " " + r.ttl() + " " + r.rrClass() + " " + r.type() + " "
                    + dev.signet.core.rdata.RdataCodecs.format(r.type(), r.rdata())).collect(Collectors.toList());
        }

        List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }

        List<Diagnostic> warnings() {
            return diagnostics.stream().filter(d -> !d.isError()).toList();
        }
    }

    static Result parse(String text) {
        return parse(text, ParseOptions.forZone(APEX));
    }

    static Result parse(String text, ParseOptions opts) {
        return drain(ZoneParser.fromReader(new StringReader(text), "test.db", opts));
    }

    static Result drain(ZoneParser p) {
        List<Record> out = new ArrayList<>();
        Record r;
        while ((r = p.next()) != null) {
            out.add(r);
        }
        assertNull(p.next(), "next() stays null at the end");
        p.close();
        return new Result(out, new ArrayList<>(p.diagnostics()), p.hasErrors());
    }

    // ------------------------------------------------------------------ error codes and positions

    @ParameterizedTest(name = "{0} at {1}:{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "NO_OWNER           | 2 | 1  | `  IN A 192.0.2.1`",
        "MISSING_TYPE       | 2 | 5  | a IN",
        "UNKNOWN_TYPE       | 2 | 6  | a IN FOO 1",
        "UNKNOWN_TYPE       | 2 | 6  | a IN CH TXT x",
        "UNKNOWN_TYPE       | 2 | 10 | a 300 IN 300 A 192.0.2.1",
        "BAD_TTL            | 2 | 3  | a 1x IN A 192.0.2.1",
        "BAD_TTL            | 2 | 3  | a 1h30 IN A 192.0.2.1",
        "TTL_RANGE          | 2 | 3  | a 1000000w IN A 192.0.2.1",
        "CLASS_MISMATCH     | 2 | 3  | a CH A 192.0.2.1",
        "CLASS_MISMATCH     | 2 | 7  | a 300 CLASS3 A 192.0.2.1",
        "META_TYPE          | 2 | 6  | a IN ANY \\# 0",
        "META_TYPE          | 2 | 6  | a IN TYPE0 \\# 0",
        "OBSOLETE_TYPE      | 2 | 6  | a IN MD ns1",
        "OBSOLETE_TYPE      | 2 | 10 | a 300 IN MF ns1",
        "OBSOLETE_TYPE      | 2 | 3  | a TYPE4 \\# 1 00",
        "EXTRA_RDATA        | 2 | 18 | a IN A 192.0.2.1 192.0.2.2",
        "MISSING_RDATA      | 2 | 11 | a IN MX 10",
        "MISSING_RDATA      | 2 | 7  | a IN A",
        "BAD_ESCAPE         | 2 | 1  | a\\256 IN TXT x",
        "LABEL_TOO_LONG     | 2 | 1  | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa IN TXT x",
        "UNKNOWN_DIRECTIVE  | 2 | 1  | $FOO bar",
        "MISSING_ARGUMENT   | 2 | 8  | $ORIGIN",
        "EXTRA_INPUT        | 2 | 10 | $TTL 300 600",
        "BAD_TTL            | 2 | 6  | $TTL abc",
        "TTL_RANGE          | 2 | 6  | $TTL 4294967295s1s",
        "GENERATE_RANGE     | 2 | 1  | $GENERATE 3-1 h$ A 192.0.2.$",
        "GENERATE_RANGE     | 2 | 1  | $GENERATE 1-3/0 h$ A 192.0.2.$",
        "GENERATE_RANGE     | 2 | 1  | $GENERATE 2147483648-2147483648 h$ A 192.0.2.1",
        "GENERATE_RANGE     | 2 | 1  | $GENERATE 1-1 h${2147483647} A 192.0.2.1",
        "GENERATE_SYNTAX    | 2 | 1  | $GENERATE 1-1 h${0,1,q} A 192.0.2.1",
        "GENERATE_SYNTAX    | 2 | 1  | $GENERATE 1-1 h${0,1 A 192.0.2.1",
        "GENERATE_SYNTAX    | 2 | 1  | $GENERATE 1-1 h${} A 192.0.2.1",
        "GENERATE_SYNTAX    | 2 | 1  | $GENERATE 1-1 h$ A ( 192.0.2.1 )",
        "GENERATE_SYNTAX    | 2 | 15 | $GENERATE 1-1 \"h$\" A 192.0.2.1",
        "GENERATE_SPACE     | 2 | 1  | $GENERATE 1-1 h${0,200} A 192.0.2.1",
        "MISSING_ARGUMENT   | 2 | 19 | $GENERATE 1-2 h$ A",
        "EXTRA_INPUT        | 2 | 24 | $GENERATE 1-2 h$ MX 10 mx$.x. extra",
        "UNKNOWN_TYPE       | 2 | 18 | $GENERATE 1-2 h$ FOO x",
        "CLASS_MISMATCH     | 2 | 1  | $GENERATE 1-2 h$ CH A 192.0.2.$",
        "UNTERMINATED_QUOTE | 2 | 10 | a IN TXT \"abc",
        "UNBALANCED_PAREN   | 2 | 18 | a IN A 192.0.2.1 )",
        "BAD_ESCAPE         | 2 | 13 | a IN TXT abc\\",
    })
    void eachErrorHasItsCodeAndPosition(String code, int line, int col, String record) {
        Result r = parse("$TTL 300\n" + record + "\nok IN A 192.0.2.9\n");
        assertEquals(1, r.errors().size(), () -> "diagnostics: " + r.diagnostics);
        Diagnostic d = r.errors().get(0);
        assertEquals(code, d.code(), d.toString());
        assertEquals(line, d.line(), d.toString());
        assertEquals(col, d.column(), d.toString());
        assertEquals("test.db", d.file());
        assertTrue(r.hasErrors);
        // Parsing went on with the next logical record.
        assertEquals("ok.example.com.", r.records.get(r.records.size() - 1).owner().toString());
    }

    @Test
    void includeIsRefusedWhenNotAllowed() {
        Result r = parse("$TTL 300\n$INCLUDE /etc/passwd\na IN A 192.0.2.1\n", ParseOptions.forRecords(APEX));
        assertEquals(List.of("INCLUDE_NOT_ALLOWED@2:1"),
                r.errors().stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList());
        assertEquals(1, r.records.size());
    }

    @Test
    void unclosedParenthesisIsReportedAtTheEndOfTheFile() {
        Result r = parse("$TTL 300\na IN A ( 192.0.2.1\n");
        assertEquals("UNBALANCED_PAREN", r.errors().get(0).code());
        assertEquals(3, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("line 2"));
    }

    @Test
    void missingRdataIsNamedAtTheLastWordReadLikeBind() {
        Result r = parse("$TTL 300\na IN SOA ns host (\n 1 2\n 3 4\n)\n");
        Diagnostic d = r.errors().get(0);
        assertEquals("MISSING_RDATA", d.code());
        assertEquals(4, d.line());
        assertEquals(5, d.column());
    }

    @Test
    void recordWithoutAnyTtlIsAnErrorAtItsType() {
        Result r = parse("a IN A 192.0.2.1\n");
        assertEquals("NO_TTL", r.errors().get(0).code());
        assertEquals("no TTL specified; zone rejected", r.errors().get(0).message());
        assertEquals(1, r.errors().get(0).line());
        assertEquals(6, r.errors().get(0).column());
        assertEquals("no TTL specified", parse("a IN A 192.0.2.1\n", ParseOptions.forRecords(APEX)).errors().get(0).message());
        assertEquals("NO_TTL", parse("$GENERATE 1-2 h$ A 192.0.2.$\n").errors().get(0).code());
    }

    @Test
    void readFailureBecomesADiagnostic() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        Result r = drain(ZoneParser.fromReader(failing, "x.db", ParseOptions.forZone(APEX)));
        assertEquals("IO_ERROR", r.errors().get(0).code());
        assertTrue(r.errors().get(0).message().contains("disk on fire"));
    }

    // ------------------------------------------------------------------ many errors

    @Test
    void everyBadRecordIsReportedInOrderAndGoodOnesStillCome() {
        Result r = parse("$TTL 300\na IN FOO 1\nb IN A 192.0.2.1\nc 1x A 192.0.2.2\nd IN A 192.0.2.3\n$BAR\ne CH A 192.0.2.4\n");
        assertEquals(List.of("UNKNOWN_TYPE@2", "BAD_TTL@4", "UNKNOWN_DIRECTIVE@6", "CLASS_MISMATCH@7"),
                r.errors().stream().map(d -> d.code() + "@" + d.line()).toList());
        assertEquals(List.of("b.example.com.", "d.example.com."),
                r.records.stream().map(x -> x.owner().toString()).toList());
    }

    @Test
    void parsingStopsAfterMaxErrorsWithAFinalDiagnostic() {
        StringBuilder sb = new StringBuilder("$TTL 300\n");
        for (int i = 0; i < 10; i++) {
            sb.append("bad").append(i).append(" IN FOO 1\ngood").append(i).append(" IN A 192.0.2.1\n");
        }
        Result r = parse(sb.toString(), ParseOptions.forZone(APEX).withMaxErrors(3));
        assertEquals(4, r.errors().size());
        assertEquals("TOO_MANY_ERRORS", r.errors().get(3).code());
        assertEquals(6, r.errors().get(3).line());
        assertTrue(r.errors().get(3).message().contains("too many errors (3)"));
        assertEquals(2, r.records.size(), "records before the third error only");
    }

    // ------------------------------------------------------------------ owners, TTLs, classes

    @Test
    void ownersAtRelativeAbsoluteAndOmitted() {
        Result r = parse("$TTL 300\n" + SOA + "  IN NS ns1\nwww IN A 192.0.2.1\n\tIN AAAA ::1\n"
                + "WWW.example.com. IN TXT x\n$ORIGIN sub\n@ IN TXT y\nh IN TXT z\n  IN TXT w\n$ORIGIN example.com.\n@ IN TXT v\n");
        assertEquals(List.of(
                "example.com. 300 IN SOA ns1.example.com. hostmaster.example.com. 1 3600 600 86400 300",
                "example.com. 300 IN NS ns1.example.com.",
                "www.example.com. 300 IN A 192.0.2.1",
                "www.example.com. 300 IN AAAA ::1",
                "WWW.example.com. 300 IN TXT \"x\"",
                "sub.example.com. 300 IN TXT \"y\"",
                "h.sub.example.com. 300 IN TXT \"z\"",
                "h.sub.example.com. 300 IN TXT \"w\"",
                "example.com. 300 IN TXT \"v\""), r.lines());
        assertFalse(r.hasErrors);
    }

    @Test
    void theSameOwnerWordUnderAnotherOriginIsAnotherName() {
        Result r = parse("$TTL 300\nwww IN A 192.0.2.1\n$ORIGIN sub\nwww IN A 192.0.2.2\n@ IN TXT x\n$ORIGIN example.com.\n@ IN TXT y\n");
        assertEquals(List.of("www.example.com.", "www.sub.example.com.", "sub.example.com.", "example.com."),
                r.records.stream().map(x -> x.owner().toString()).toList());
    }

    @Test
    void consecutiveRecordsShareOneOwnerObject() {
        Result r = parse("$TTL 300\nwww IN A 192.0.2.1\nwww IN A 192.0.2.2\n  IN A 192.0.2.3\n");
        assertTrue(r.records.get(0).owner() == r.records.get(1).owner());
        assertTrue(r.records.get(1).owner() == r.records.get(2).owner());
    }

    @Test
    void ttlAndClassInEitherOrderWithUnits() {
        Result r = parse("$TTL 1d\na 300 IN A 192.0.2.1\nb IN 1h A 192.0.2.2\nc 1w2d3h4m5s A 192.0.2.3\n"
                + "d IN A 192.0.2.4\ne CLASS1 30s1h A 192.0.2.5\nf a 192.0.2.6\n");
        assertEquals(List.of(300L, 3600L, 788645L, 86400L, 3630L, 86400L), r.records.stream().map(Record::ttl).toList());
        assertFalse(r.hasErrors);
    }

    @Test
    void soaWithoutTtlUsesItsMinimumWhichBecomesTheDefault() {
        Result r = parse(SOA.replace("300\n", "1200\n") + "www 600 IN A 192.0.2.1\nwww2 IN A 192.0.2.2\n");
        assertEquals(List.of(1200L, 600L, 1200L), r.records.stream().map(Record::ttl).toList());
        assertEquals(List.of("SOA_MINTTL@1"), r.warnings().stream().map(d -> d.code() + "@" + d.line()).toList());
        assertEquals("no TTL specified; using SOA MINTTL instead", r.warnings().get(0).message());
    }

    @Test
    void withoutTtlDirectiveRecordsTakeTheLastExplicitTtlWithOneWarning() {
        Result r = parse("a 600 IN A 192.0.2.9\n" + SOA + "  IN NS ns1\nb 700 IN A 192.0.2.1\nc IN A 192.0.2.2\n");
        assertEquals(List.of(600L, 600L, 600L, 700L, 700L), r.records.stream().map(Record::ttl).toList());
        assertEquals(List.of("RFC1035_TTL@2"), r.warnings().stream().map(d -> d.code() + "@" + d.line()).toList());
    }

    @Test
    void ttlsAboveTwoToThe31AreReadAsZeroWithAWarning() {
        Result r = parse("$TTL 3000000000\na 2147483647 IN A 192.0.2.1\nb 2147483648 IN A 192.0.2.2\nc IN A 192.0.2.3\n");
        assertEquals(List.of(2147483647L, 0L, 0L), r.records.stream().map(Record::ttl).toList());
        assertEquals(List.of("$TTL 3000000000 > MAXTTL, setting $TTL to 0", "TTL 2147483648 > MAXTTL, setting TTL to 0"),
                r.warnings().stream().map(Diagnostic::message).toList());
        assertFalse(r.hasErrors);
    }

    @Test
    void defaultClassDecidesWhichClassIsWrong() {
        ParseOptions chaos = ParseOptions.forRecords(Name.of("bind.")).withDefaultClass(RrClass.CH);
        Result r = parse("$TTL 0\nversion CH TXT \"9.18\"\nauthors TXT x\nother IN TXT y\n", chaos);
        assertEquals(List.of(RrClass.CH, RrClass.CH), r.records.stream().map(Record::rrClass).toList());
        assertEquals("class 'IN' != zone class 'CH'", r.errors().get(0).message());
    }

    /**
     * MD and MF as named-checkzone 9.18 treats them: "type 'MD': obsolete" at the type, the rdata
     * still read and its errors reported too; a class mismatch is reported instead; $GENERATE
     * lets them through.
     */
    @Test
    void obsoleteMailTypesAreRefusedAsBindRefusesThem() {
        Result r = parse("$TTL 300\nx MD \\# 3 0001\ny CH MF ns\nz MF ns extra words\n$GENERATE 1-2 g$ MD ns\n");
        assertEquals(List.of("2:3 OBSOLETE_TYPE type 'MD': obsolete", "2:9 GENERIC_LENGTH",
                "3:3 CLASS_MISMATCH class 'CH' != zone class 'IN'", "4:3 OBSOLETE_TYPE type 'MF': obsolete",
                "4:9 EXTRA_RDATA extra input text 'extra'"),
                r.errors().stream().map(d -> d.line() + ":" + d.column() + " " + d.code()
                        + (d.code().equals("GENERIC_LENGTH") ? "" : " " + d.message())).toList());
        assertEquals(List.of("g1.example.com. 300 IN MD ns.example.com.", "g2.example.com. 300 IN MD ns.example.com."),
                r.lines());
    }

    @Test
    void rfc3597FormsForClassTypeAndRdata() {
        Result r = parse("$TTL 300\na CLASS1 TYPE1 \\# 4 c0000201\nb TYPE65280 \\# 3 ab ( cd\n ef )\nc TYPE65280 \\# 0\n"
                + "d TYPE65280 \\# 40 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff0011223344556677\n");
        // As named-compilezone -s full prints them: upper-case hex in words of 56 characters.
        assertEquals(List.of("a.example.com. 300 IN A 192.0.2.1", "b.example.com. 300 IN TYPE65280 \\# 3 ABCDEF",
                "c.example.com. 300 IN TYPE65280 \\# 0", "d.example.com. 300 IN TYPE65280 \\# 40 "
                + "00112233445566778899AABBCCDDEEFF00112233445566778899AABB CCDDEEFF0011223344556677"), r.lines());
    }

    @Test
    void outOfZoneRecordsAreDroppedWithOneWarningPerOwnerAndType() {
        Result r = parse("$TTL 300\nx.example.net. IN A 192.0.2.1\n  IN A 192.0.2.2\n  IN TXT t\nin IN A 192.0.2.3\n"
                + "x.example.net. IN A 192.0.2.4\n");
        assertEquals(List.of("in.example.com. 300 IN A 192.0.2.3"), r.lines());
        assertEquals(List.of("ignoring out-of-zone data (x.example.net)@2", "ignoring out-of-zone data (x.example.net)@4",
                "ignoring out-of-zone data (x.example.net)@6"),
                r.warnings().stream().map(d -> d.message() + "@" + d.line()).toList());
        assertEquals("OUT_OF_ZONE", r.warnings().get(0).code());
        assertFalse(r.hasErrors);
        // Without a zone (key files, vectors) nothing is out of zone.
        assertEquals(4, parse("$TTL 300\nx.example.net. IN A 192.0.2.1\n  IN A 192.0.2.2\n  IN TXT t\nin IN A 192.0.2.3\n",
                ParseOptions.forRecords(APEX)).records.size());
    }

    @Test
    void currentFileAndLineNameTheLastRecordReturned() {
        ZoneParser p = ZoneParser.fromReader(new StringReader("$TTL 300\n\na IN A 192.0.2.1\nb IN TXT (\n x )\n"),
                "z.db", ParseOptions.forZone(APEX));
        p.next();
        assertEquals("z.db", p.currentFile());
        assertEquals(3, p.currentLine());
        p.next();
        assertEquals(4, p.currentLine());
        assertNull(p.next());
        p.close();
    }

    // ------------------------------------------------------------------ $GENERATE

    @Test
    void generateExpandsEveryModifierLikeBind() {
        Result r = parse("$TTL 300\n"
                + "$GENERATE 1-10/4 h$ 600 IN A 192.0.2.$\n"
                + "$GENERATE 1-2 h${0,3,d} IN 60 CNAME x${10,4,x}.${0,0,X}\n"
                + "$GENERATE 10-11 h${-5,2,o} PTR x${0,3,n}\n"
                + "$GENERATE 0-0 n${4660,9,N} TXT \"$$ \\$ ${-9,4,d}\"\n"
                + "$GENERATE 0-0 q TXT \"\\\"a b\\\" c\"\n"
                + "$GENERATE 1-1 m$ MX \"10 mail$\"\n"
                + "$GENERATE 1-1 w${-2,0,n} A 192.0.2.1\n");
        assertEquals(List.of(
                "h1.example.com. 600 IN A 192.0.2.1", "h5.example.com. 600 IN A 192.0.2.5", "h9.example.com. 600 IN A 192.0.2.9",
                "h001.example.com. 60 IN CNAME x000b.1.example.com.", "h002.example.com. 60 IN CNAME x000c.2.example.com.",
                "h05.example.com. 300 IN PTR xa.0.example.com.", "h06.example.com. 300 IN PTR xb.0.example.com.",
                "n4.3.2.1.0.example.com. 300 IN TXT \"$\" \"$\" \"-009\"",
                "q.example.com. 300 IN TXT \"a b\" \"c\"",
                "m1.example.com. 300 IN MX 10 mail1.example.com.",
                "wf.f.f.f.f.f.f.f.example.com. 300 IN A 192.0.2.1"), r.lines());
        assertFalse(r.hasErrors, r.diagnostics::toString);
    }

    @Test
    void generatedOwnersOutsideTheZoneAreWarnedOneByOne() {
        Result r = parse("$TTL 300\n$GENERATE 10-11 ${0,4,N} PTR x\n");
        assertEquals(List.of("ignoring out-of-zone data (A.0)", "ignoring out-of-zone data (B.0)"),
                r.warnings().stream().map(Diagnostic::message).toList());
        assertTrue(r.records.isEmpty());
    }

    @Test
    void generateStopsAtTheFirstBadValueAndNamesTheDirectiveLine() {
        Result r = parse("$TTL 300\n$GENERATE 254-257 h$ A 192.0.2.$\nafter IN A 192.0.2.1\n");
        assertEquals(List.of("h254.example.com.", "h255.example.com.", "after.example.com."),
                r.records.stream().map(x -> x.owner().toString()).toList());
        assertEquals(1, r.errors().size());
        assertEquals(2, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().startsWith("$GENERATE: "), r.errors().get(0).message());
        assertEquals("example.com.", parse("$TTL 1\n$GENERATE 0-0 @ TXT x\n").records.get(0).owner().toString());
    }

    @Test
    void generateRangeFollowsBindSscanf() {
        assertEquals(List.of(1L, 3L, 1L), List.of(box(Generate.parseRange("1-3x"))));
        assertEquals(List.of(1L, 3L, 2L), List.of(box(Generate.parseRange("1-3/2x"))));
        assertEquals(List.of(1L, 3L, 1L), List.of(box(Generate.parseRange("1-3/x"))));
        assertNull(Generate.parseRange("1"));
        assertNull(Generate.parseRange("-1-3"));
        assertNull(Generate.parseRange("4294967294-4294967295"));
        assertEquals(2147483647L, Generate.parseRange("2147483647-2147483647")[1]);
    }

    private static Long[] box(long[] v) {
        return new Long[] {v[0], v[1], v[2]};
    }

    // ------------------------------------------------------------------ $INCLUDE

    @Test
    void includeScopesOriginAndOwnerButNotTtl(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hosts.inc"), "  IN TXT inherited\n$TTL 999\nz IN A 192.0.2.7\n$ORIGIN inner\ny IN A 192.0.2.8\n");
        Files.writeString(dir.resolve("zone.db"), "$TTL 300\nwww IN A 192.0.2.1\n$INCLUDE hosts.inc\n  IN AAAA ::2\n"
                + "$INCLUDE hosts.inc sub\nafter IN A 192.0.2.9\n");
        Result r = drain(ZoneParser.open(dir.resolve("zone.db"), ParseOptions.forZone(APEX), dir));
        assertEquals(List.of(
                "www.example.com. 300 IN A 192.0.2.1",
                "www.example.com. 300 IN TXT \"inherited\"",
                "z.example.com. 999 IN A 192.0.2.7",
                "y.inner.example.com. 999 IN A 192.0.2.8",
                "www.example.com. 999 IN AAAA ::2",
                "www.example.com. 999 IN TXT \"inherited\"",
                "z.sub.example.com. 999 IN A 192.0.2.7",
                "y.inner.sub.example.com. 999 IN A 192.0.2.8",
                "after.example.com. 999 IN A 192.0.2.9"), r.lines());
        assertFalse(r.hasErrors, r.diagnostics::toString);
    }

    @Test
    void includeErrorsNameTheIncludedFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.inc"), "ok IN A 192.0.2.1\nbad IN FOO x\n");
        Files.writeString(dir.resolve("zone.db"), "$TTL 300\n$INCLUDE bad.inc\n$INCLUDE missing.inc\n");
        ZoneParser p = ZoneParser.open(dir.resolve("zone.db"), ParseOptions.forZone(APEX), dir);
        assertEquals("ok.example.com.", p.next().owner().toString());
        assertEquals("bad.inc", p.currentFile());
        assertEquals(1, p.currentLine());
        Result r = drain(p);
        assertEquals(List.of("bad.inc:2:8: unknown RR type 'FOO' [UNKNOWN_TYPE]",
                "zone.db:3:10: missing.inc: file not found [INCLUDE_NOT_FOUND]".replace("zone.db", dir.resolve("zone.db").toString())),
                r.errors().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void includeLoopIsAnErrorNotAStackOverflow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.inc"), "a IN A 192.0.2.1\n$INCLUDE b.inc\n");
        Files.writeString(dir.resolve("b.inc"), "b IN A 192.0.2.2\n$INCLUDE a.inc\n");
        Files.writeString(dir.resolve("zone.db"), "$TTL 300\n$INCLUDE a.inc\n$INCLUDE a.inc\n");
        Result r = drain(ZoneParser.open(dir.resolve("zone.db"), ParseOptions.forZone(APEX), dir));
        assertEquals(4, r.records.size(), "the same file may be included twice, just not inside itself");
        assertEquals(List.of("INCLUDE_LOOP@b.inc:2", "INCLUDE_LOOP@b.inc:2"),
                r.errors().stream().map(d -> d.code() + "@" + d.file() + ":" + d.line()).toList());
    }

    /** BIND opens $INCLUDE paths relative to its working directory, not to the including file. */
    @Test
    void publicOpenResolvesIncludesAgainstTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path inc = dir.resolve("signet-cwd-test-" + System.nanoTime() + ".inc");
        Files.writeString(inc, "x IN A 192.0.2.1\n");
        String relativeToCwd = Path.of("").toAbsolutePath().relativize(inc.toAbsolutePath()).toString();
        Files.writeString(dir.resolve("zone.db"), "$TTL 300\n$INCLUDE " + relativeToCwd + "\n$INCLUDE "
                + inc.getFileName() + "\n");
        Result r = drain(ZoneParser.open(dir.resolve("zone.db"), ParseOptions.forZone(APEX)));
        assertEquals(1, r.records.size());
        assertEquals(List.of("INCLUDE_NOT_FOUND@3"), r.errors().stream().map(d -> d.code() + "@" + d.line()).toList());
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BIND 9.18's zone loading semantics. Each case was run through {@code named-checkzone} and
 * {@code named-compilezone -s full}; the expected lines and outcomes are what BIND printed. The
 * four head lines stand where BIND's runs had {@code $TTL}, SOA, NS and an address, so the line
 * numbers here are BIND's.
 */
class ZoneBuilderTest {

    private static final String[] HEAD = {
        "@ 3600 SOA ns1 hm 1 2 3 4 5",
        "@ 3600 NS ns1",
        "ns1 3600 A 1.2.3.4",
        "ns1 3600 AAAA 2001:db8::1",
    };

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Zone load(String... body) {
        String[] all = new String[HEAD.length + body.length];
        System.arraycopy(HEAD, 0, all, 0, HEAD.length);
        System.arraycopy(body, 0, all, HEAD.length, body.length);
        return TestRecords.zone(diagnostics, all);
    }

    private static RRset set(Zone z, String owner, RrType type) {
        return z.node(Name.parse(owner, TestRecords.ORIGIN)).rrset(type);
    }

    private static List<String> rdata(RRset s) {
        return s.rdataList().stream().map(r -> RdataCodecs.format(s.type(), r)).collect(Collectors.toList());
    }

    private List<String> lines(Diagnostic.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity)
                .map(d -> d.line() + " " + d.message()).collect(Collectors.toList());
    }

    @Test
    void differingTtlsInOneBatchTakeTheFirstWithAWarning() {
        Zone z = load("y 60 A 1.1.1.1", "y 30 A 1.1.1.2", "y 90 A 1.1.1.3", "y 20 A 1.1.1.2");
        assertEquals(List.of("6 TTL set to prior TTL (60)", "7 TTL set to prior TTL (60)", "8 TTL set to prior TTL (60)"),
                lines(Diagnostic.Severity.WARNING));
        RRset y = set(z, "y", RrType.A);
        assertEquals(60, y.ttl());
        assertEquals(List.of("1.1.1.1", "1.1.1.2", "1.1.1.3"), rdata(y));
        assertEquals("TTL_MISMATCH", diagnostics.get(0).code());
    }

    @Test
    void acrossBatchesTheLastBatchTtlWinsSilently() {
        Zone z = load("www 60 A 192.0.2.3", "x 3600 A 1.2.3.4", "www 600 A 192.0.2.2",
                "z 3600 A 1.1.1.1", "www 300 A 192.0.2.9");
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
        assertEquals(300, set(z, "www", RrType.A).ttl());
        assertEquals(3, set(z, "www", RrType.A).size());
    }

    @Test
    void aBatchEndsWhenTheOwnerIsSpelledDifferently() {
        Zone z = load("WWW 60 A 192.0.2.3", "www 600 A 192.0.2.2", "www 3600 NS NS1", "www 3600 NS ns1");
        assertTrue(diagnostics.isEmpty(), "no TTL warning: 'www' starts a new batch after 'WWW'");
        RRset a = set(z, "www", RrType.A);
        assertEquals(600, a.ttl());
        assertEquals("WWW.example.com.", a.owner().toString(), "owner spelled as in the RRset's first record");
        RRset ns = set(z, "www", RrType.NS);
        assertEquals("www.example.com.", ns.owner().toString());
        assertEquals(List.of("ns1.example.com."), rdata(ns), "within a batch the last duplicate is kept");
    }

    @Test
    void duplicatesKeepTheLastSpellingOfTheirBatchAndTheFirstBatch() {
        Zone z = load("x 3600 MX 1 A.b.", "x 3600 MX 1 a.b.", "x 3600 MX 1 A.B.");
        assertEquals(List.of("1 A.B."), rdata(set(z, "x", RrType.MX)));

        Zone z2 = load("x 3600 MX 1 A.b.", "y 3600 A 1.1.1.1", "x 3600 MX 1 a.b.");
        assertEquals(List.of("1 A.b."), rdata(set(z2, "x", RrType.MX)));

        Zone z3 = load("x 3600 MX 1 A.b.", "x 3600 MX 2 c.", "x 3600 MX 1 a.b.", "x 3600 MX 1 d.", "x 3600 MX 1 a.B.");
        assertEquals(List.of("1 a.B.", "1 d.", "2 c."), rdata(set(z3, "x", RrType.MX)));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void rrsetsOfOneNameShareItsName() {
        Zone z = load("www 3600 A 192.0.2.1", "www 3600 TXT t", "www 3600 MX 10 mx");
        ZoneNode n = z.node(Name.of("www.example.com."));
        for (RRset s : n.rrsets()) {
            assertSame(n.name(), s.owner());
        }
        assertEquals(List.of(RrType.A, RrType.MX, RrType.TXT),
                n.rrsets().stream().map(RRset::type).collect(Collectors.toList()));
        assertNotSame(z.apexNode().rrset(RrType.SOA), null);
        assertEquals(List.of(RrType.SOA, RrType.NS),
                z.apexNode().rrsets().stream().map(RRset::type).collect(Collectors.toList()), "BIND's dump order: SOA, NS, then by type");
    }

    @Test
    void cnameConflictsAndSingletonsAreReportedAtTheBatchsLastLine() {
        load("a 3600 CNAME x", "a 3600 TXT y", "b 3600 CNAME x", "b 3600 CNAME y",
                "c 3600 DNAME x", "c 3600 DNAME y", "c 3600 A 1.1.1.1", "d 3600 TXT x", "d 3600 CNAME x");
        assertEquals(List.of(
                "6 a.example.com: CNAME and other data",
                "8 b.example.com: multiple RRs of singleton type",
                "11 c.example.com: multiple RRs of singleton type",
                "13 d.example.com: CNAME and other data"), lines(Diagnostic.Severity.ERROR));
    }

    @Test
    void conflictReplayFollowsBindsCommitOrder() {
        load("a 3600 CNAME x", "a 3600 TXT y", "a 3600 TXT z", "a 3600 MX 1 b",
                "b 3600 CNAME x", "b 3600 CNAME x", "b 3600 CNAME X",
                "c 3600 CNAME x", "z 3600 A 1.1.1.1", "c 3600 CNAME y", "c 3600 CNAME w",
                "d 3600 TXT x", "d 3600 TXT y", "d 3600 CNAME z", "d 3600 CNAME w");
        assertEquals(List.of(
                "8 a.example.com: CNAME and other data",
                "15 c.example.com: multiple RRs of singleton type",
                "19 d.example.com: multiple RRs of singleton type"), lines(Diagnostic.Severity.ERROR));
    }

    @Test
    void conflictsAcrossBatchesNameTheLaterBatch() {
        load("a 3600 CNAME x", "b 3600 A 1.1.1.1", "a 3600 TXT y", "a 3600 MX 1 b");
        assertEquals(List.of("8 a.example.com: CNAME and other data", "8 a.example.com: CNAME and other data"),
                lines(Diagnostic.Severity.ERROR));
    }

    @Test
    void dnssecTypesMayStandBesideACname() {
        load("a 3600 CNAME x", "a 3600 NSEC \\# 4 00000140",
                "b 3600 CNAME x", "b 3600 KEY \\# 4 01000308",
                "f 3600 CNAME x", "f 3600 RRSIG CNAME 13 3 3600 20300101000000 20260101000000 1 example.com. AQID",
                "c 3600 CNAME x", "c 3600 DS 1 8 2 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "g 3600 CNAME x", "g 3600 NXT \\# 1 00");
        assertEquals(List.of("12 c.example.com: CNAME and other data", "14 g.example.com: CNAME and other data"),
                lines(Diagnostic.Severity.ERROR));
    }

    @Test
    void soaAwayFromTheApexOrTwiceIsAnError() {
        load("x 3600 SOA ns1 hm 1 2 3 4 5");
        assertEquals(List.of("5 SOA record not at top of zone (x.example.com)"), lines(Diagnostic.Severity.ERROR));
        diagnostics.clear();
        load("@ 3600 SOA ns1 hm 2 2 3 4 5");
        assertEquals(List.of("5 example.com: multiple RRs of singleton type"), lines(Diagnostic.Severity.ERROR));
    }

    @Test
    void rrsigsAreGroupedByTheTypeTheyCover() {
        Zone z = load("www 3600 A 1.1.1.1", "www 3600 RRSIG A 13 3 3600 20300101000000 20260101000000 1 example.com. AQID",
                "www 60 RRSIG TXT 13 3 60 20300101000000 20260101000000 1 example.com. AQID", "www 3600 TXT t");
        assertTrue(diagnostics.isEmpty(), "signatures over different types are different RRsets: no TTL clash");
        ZoneNode n = z.node(Name.of("www.example.com."));
        assertEquals(3600, n.signatures(RrType.A).ttl());
        assertEquals(60, n.signatures(RrType.TXT).ttl());
        assertEquals(List.of("A", "RRSIG(A)", "TXT", "RRSIG(TXT)"), n.rrsets().stream()
                .map(s -> s.covered() == null ? s.type().toString() : "RRSIG(" + s.covered() + ")").collect(Collectors.toList()));
    }

    @Test
    void recordsOutsideTheApexAreTheCallersMistake() {
        ZoneBuilder b = Zone.builder(TestRecords.ORIGIN, RrClass.IN, diagnostics::add);
        assertThrows(IllegalArgumentException.class,
                () -> b.add(TestRecords.rr("www.example.net. 300 A 1.1.1.1"), "db", 1));
        b.add(TestRecords.rr("www 300 A 1.1.1.1"), "db", 2);
        assertFalse(b.hasErrors());
        b.build();
        assertThrows(IllegalStateException.class, b::build);
    }
}

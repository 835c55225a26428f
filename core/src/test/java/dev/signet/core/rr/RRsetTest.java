package dev.signet.core.rr;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.text.TokenSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RRsetTest {

    private static final Name OWNER = Name.of("www.example.");

    private static Rdata rd(RrType type, String text) {
        return RdataCodecs.parse(type, TokenSource.of(1, text.split(" ")), Name.of("example."));
    }

    private static List<String> texts(RRset s) {
        return s.rdataList().stream().map(r -> RdataCodecs.format(s.type(), r)).collect(Collectors.toList());
    }

    @Test
    void rdataAreKeptInCanonicalOrder() {
        RRset s = RRset.of(OWNER, RrType.A, RrClass.IN, 300,
                rd(RrType.A, "192.0.2.10"), rd(RrType.A, "192.0.2.2"), rd(RrType.A, "10.0.0.1"));
        assertEquals(List.of("10.0.0.1", "192.0.2.2", "192.0.2.10"), texts(s));
    }

    @Test
    void canonicalOrderComparesLowerCasedNamesForTypesThatLowerCase() {
        // RFC 4034 §6.2: MX names are lower-cased in canonical form, so B sorts after a.
        RRset s = RRset.of(OWNER, RrType.MX, RrClass.IN, 300, rd(RrType.MX, "10 B.example."), rd(RrType.MX, "10 a.example."));
        assertEquals(List.of("10 a.example.", "10 B.example."), texts(s));
    }

    @Test
    void duplicatesCollapseKeepingTheFirstGiven() {
        RRset s = RRset.of(OWNER, RrType.NS, RrClass.IN, 300,
                rd(RrType.NS, "NS1.example."), rd(RrType.NS, "ns2.example."), rd(RrType.NS, "ns1.example."));
        assertEquals(List.of("NS1.example.", "ns2.example."), texts(s));
        assertTrue(s.contains(rd(RrType.NS, "ns1.EXAMPLE.")));
        assertFalse(s.contains(rd(RrType.NS, "ns3.example.")));
        // TXT keeps case in canonical form: these are two records.
        RRset t = RRset.of(OWNER, RrType.TXT, RrClass.IN, 300, rd(RrType.TXT, "\"A\""), rd(RrType.TXT, "\"a\""));
        assertEquals(2, t.size());
    }

    @Test
    void rrsigSetsCoverOneType() {
        Rdata overA = rd(RrType.RRSIG, "A 8 2 300 20300101000000 20260101000000 1 example. AQID");
        Rdata overA2 = rd(RrType.RRSIG, "A 13 2 300 20300101000000 20260101000000 2 example. AQID");
        Rdata overMx = rd(RrType.RRSIG, "MX 8 2 300 20300101000000 20260101000000 1 example. AQID");
        RRset sigs = RRset.of(OWNER, RrType.RRSIG, RrClass.IN, 300, overA2, overA);
        assertEquals(RrType.A, sigs.covered());
        assertEquals(overA, sigs.rdata(0));
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.RRSIG, RrClass.IN, 300, overA, overMx));
        assertNull(RRset.of(OWNER, RrType.A, RrClass.IN, 1, rd(RrType.A, "1.2.3.4")).covered());
    }

    /** Rdata meets its type in Record and RRset: malformed wire stops there, not in a later printout or sort. */
    @Test
    void malformedRdataIsRefusedWhereItMeetsItsType() {
        Rdata cutShort = Rdata.of(new byte[] {0, 1, 8}); // an RRSIG that ends after its algorithm
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.RRSIG, RrClass.IN, 300, cutShort));
        assertThrows(IllegalArgumentException.class, () -> new Record(OWNER, RrType.RRSIG, RrClass.IN, 300, cutShort));
        RRset sigs = RRset.of(OWNER, RrType.RRSIG, RrClass.IN, 300,
                rd(RrType.RRSIG, "A 8 2 300 20300101000000 20260101000000 1 example. AQID"));
        assertThrows(IllegalArgumentException.class, () -> sigs.contains(cutShort));
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.A, RrClass.IN, 300, Rdata.of(new byte[5])));
        // A type known only in the RFC 3597 form takes any octets.
        assertEquals(1, RRset.of(OWNER, RrType.of(65280), RrClass.IN, 300, cutShort).size());
    }

    @Test
    void rejectsEmptySetsAndBadTtls() {
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.A, RrClass.IN, 300));
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.A, RrClass.IN, -1, rd(RrType.A, "1.2.3.4")));
        assertThrows(IllegalArgumentException.class, () -> RRset.of(OWNER, RrType.A, RrClass.IN, 1L << 32, rd(RrType.A, "1.2.3.4")));
    }

    @Test
    void recordsAndEquality() {
        RRset a = RRset.of(OWNER, RrType.A, RrClass.IN, 300, rd(RrType.A, "1.2.3.4"), rd(RrType.A, "1.2.3.5"));
        RRset b = RRset.ofRecords(a.records());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.withTtl(60));
        assertSame(a, a.withTtl(300));
        assertEquals("www.example.\t300\tIN\tA\t1.2.3.4\nwww.example.\t300\tIN\tA\t1.2.3.5", a.toString());
        Record other = new Record(Name.of("mail.example."), RrType.A, RrClass.IN, 300, rd(RrType.A, "1.2.3.4"));
        assertThrows(IllegalArgumentException.class, () -> RRset.ofRecords(List.of(a.records().get(0), other)));
    }
}

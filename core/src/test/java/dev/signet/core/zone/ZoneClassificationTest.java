package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static dev.signet.core.zone.TestRecords.zone;
import static dev.signet.core.zone.ZoneNode.Kind.APEX;
import static dev.signet.core.zone.ZoneNode.Kind.AUTHORITATIVE;
import static dev.signet.core.zone.ZoneNode.Kind.DELEGATION;
import static dev.signet.core.zone.ZoneNode.Kind.EMPTY_NON_TERMINAL;
import static dev.signet.core.zone.ZoneNode.Kind.OCCLUDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneClassificationTest {

    private static final String[] HEAD = {
        "@ 3600 SOA ns1 hostmaster 1 7200 3600 1209600 300",
        "@ 3600 NS ns1",
        "@ 3600 NS ns.child2",
        "ns1 3600 A 192.0.2.1",
    };

    private static Zone zoneWith(String... more) {
        String[] all = new String[HEAD.length + more.length];
        System.arraycopy(HEAD, 0, all, 0, HEAD.length);
        System.arraycopy(more, 0, all, HEAD.length, more.length);
        return zone(all);
    }

    private static ZoneNode node(Zone z, String relative) {
        return z.node(Name.parse(relative, TestRecords.ORIGIN));
    }

    @Test
    void apexAndOrdinaryNames() {
        Zone z = zoneWith("www 3600 A 192.0.2.2");
        assertEquals(APEX, z.apexNode().kind());
        assertEquals(AUTHORITATIVE, node(z, "www").kind());
        assertEquals(AUTHORITATIVE, node(z, "ns1").kind());
        assertFalse(node(z, "ns1").isGlue(), "an in-zone NS target above every cut is authoritative, not glue");
        assertEquals(1, z.serial());
    }

    @Test
    void delegationGlueAndOccludedData() {
        Zone z = zoneWith(
                "child 3600 NS ns.child",
                "child 3600 NS ns1",
                "child 3600 DS 12345 13 2 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "ns.child 3600 A 192.0.2.5",
                "ns.child 3600 AAAA 2001:db8::5",
                "other.child 3600 A 192.0.2.6",
                "deep.below.child 3600 TXT hidden");
        ZoneNode cut = node(z, "child");
        assertEquals(DELEGATION, cut.kind());
        assertTrue(cut.isAuthoritative(RrType.DS));
        assertFalse(cut.isAuthoritative(RrType.NS), "the child's NS at a cut is not the parent's data");
        ZoneNode glue = node(z, "ns.child");
        assertEquals(OCCLUDED, glue.kind());
        assertTrue(glue.isGlue());
        assertFalse(glue.isAuthoritative(RrType.A));
        ZoneNode notGlue = node(z, "other.child");
        assertEquals(OCCLUDED, notGlue.kind());
        assertFalse(notGlue.isGlue(), "address records below a cut that no NS uses are only occluded");
        assertEquals(OCCLUDED, node(z, "deep.below.child").kind());
        assertNull(node(z, "below.child"), "an empty name below a cut is not an empty non-terminal");
    }

    @Test
    void glueForApexNsAndAtTheCutItself() {
        Zone z = zoneWith(
                "child2 3600 NS ns.child2",
                "ns.child2 3600 A 192.0.2.7",
                "self 3600 NS self",
                "self 3600 A 192.0.2.8");
        assertTrue(node(z, "ns.child2").isGlue(), "glue used by the apex NS set");
        ZoneNode self = node(z, "self");
        assertEquals(DELEGATION, self.kind());
        assertTrue(self.isGlue(), "an address at the cut that its own NS names is glue");
    }

    @Test
    void nestedCutsAreOccluded() {
        Zone z = zoneWith(
                "a 3600 NS ns1",
                "b.a 3600 NS ns1",
                "x.b.a 3600 A 192.0.2.9");
        assertEquals(DELEGATION, node(z, "a").kind());
        assertEquals(OCCLUDED, node(z, "b.a").kind(), "NS below a cut is not another cut of this zone");
        assertEquals(OCCLUDED, node(z, "x.b.a").kind());
    }

    @Test
    void dnameOccludesWhatIsBelowItButNotItself() {
        Zone z = zoneWith(
                "d 3600 DNAME example.net.",
                "d 3600 TXT kept",
                "x.d 3600 A 192.0.2.10",
                "ns.y.d 3600 A 192.0.2.11",
                "after 3600 A 192.0.2.12");
        assertEquals(AUTHORITATIVE, node(z, "d").kind());
        assertEquals(OCCLUDED, node(z, "x.d").kind());
        assertEquals(OCCLUDED, node(z, "ns.y.d").kind());
        assertFalse(node(z, "ns.y.d").isGlue());
        assertNull(node(z, "y.d"));
        assertEquals(AUTHORITATIVE, node(z, "after").kind(), "occlusion ends with the DNAME's subtree");
    }

    @Test
    void emptyNonTerminalsAreInsertedInCanonicalOrder() {
        Zone z = zoneWith(
                "a.b.c 3600 TXT deep",
                "x.c 3600 TXT sibling",
                "*.w 3600 A 192.0.2.13",
                "p.q.cut 3600 A 192.0.2.14",
                "q.cut 3600 NS ns1");
        List<String> ents = new ArrayList<>();
        for (ZoneNode n : z.emptyNonTerminals()) {
            ents.add(n.name().toRelativeString(TestRecords.ORIGIN));
            assertTrue(n.isEmpty());
            assertEquals(EMPTY_NON_TERMINAL, n.kind());
        }
        assertEquals(List.of("c", "b.c", "cut", "w"), ents,
                "ENTs above data and above a cut, none below the cut");
        assertTrue(node(z, "*.w").isWildcard());
        assertEquals(AUTHORITATIVE, node(z, "*.w").kind());
        assertEquals(OCCLUDED, node(z, "p.q.cut").kind());
        assertNodesInCanonicalOrder(z);
    }

    @Test
    void rfc4034CanonicalOrderVector() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.path("vectors/rfc4034/canonical-order-6.1.txt"))) {
            if (!line.isBlank()) {
                expected.add(line.trim());
            }
        }
        Name apex = Name.of("example.");
        List<String> lines = new ArrayList<>();
        // Feed in reverse so that the order cannot come from the input.
        for (int i = expected.size() - 1; i >= 0; i--) {
            lines.add(expected.get(i) + ". 300 TXT x");
        }
        List<Diagnostic> diags = new ArrayList<>();
        Zone z = zone(apex, diags::add, lines.toArray(new String[0]));
        assertTrue(diags.isEmpty(), diags.toString());
        List<Name> got = new ArrayList<>();
        for (ZoneNode n : z.nodes()) {
            got.add(n.name());
        }
        List<Name> want = new ArrayList<>();
        for (String s : expected) {
            want.add(Name.of(s + "."));
        }
        assertEquals(want, got);
        assertTrue(z.emptyNonTerminals().isEmpty());
    }

    @Test
    void lookupByNameIsCaseInsensitiveAndFindsNothingForAbsentNames() {
        Zone z = zoneWith("WwW 3600 A 192.0.2.2");
        assertSame(z.node(Name.of("www.example.com.")), z.node(Name.of("WWW.EXAMPLE.COM.")));
        assertEquals("WwW.example.com.", node(z, "www").name().toString(), "the spelling first read is kept");
        assertNull(node(z, "nowhere"));
        assertTrue(z.indexOf(Name.of("nowhere.example.com.")) < 0);
    }

    static void assertNodesInCanonicalOrder(Zone z) {
        for (int i = 1; i < z.nodeCount(); i++) {
            assertTrue(z.node(i - 1).name().compareTo(z.node(i).name()) < 0,
                    z.node(i - 1).name() + " before " + z.node(i).name());
        }
    }
}

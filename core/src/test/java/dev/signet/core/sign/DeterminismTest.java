package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.denial.DenialRequest;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.zone.Zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Output independent of the thread count and reproducible under jitter; re-signing Signet's own
 * output keeps what is not due and replaces only what changed.
 */
class DeterminismTest {

    static final long NOW = ZoneSignerTest.NOW;
    static final long INCEPTION = NOW - 3_600;
    static final long EXPIRATION = NOW + 30 * 86_400;
    static final Name APEX = Name.of("example.test.");

    /** A zone of {@code names} names with delegations (secure and not), wildcards and empty non-terminals. */
    static String zoneText(int names, long seed) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("$TTL 3600\n$ORIGIN example.test.\n"
                + "@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n@ IN NS ns2\n"
                + "ns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n");
        for (int i = 0; i < names; i++) {
            String n = "h" + Integer.toString(rnd.nextInt(1 << 30), 36) + i;
            switch (i % 10) {
                case 0 -> sb.append(n).append(" IN NS ns1\n");
                case 1 -> sb.append(n).append(" IN NS ns.").append(n).append('\n').append(n)
                        .append(" IN DS 1234 13 2 ").append("AB".repeat(32)).append('\n').append("ns.").append(n)
                        .append(" IN A 192.0.2.9\n");
                case 2 -> sb.append("*.").append(n).append(" IN TXT \"w").append(i).append("\"\n");
                case 3 -> sb.append("a.b.").append(n).append(" IN A 192.0.2.").append(i % 250).append('\n');
                default -> sb.append(n).append(" IN A 192.0.2.").append(i % 250).append('\n').append(n)
                        .append(" IN TXT \"t").append(i).append("\"\n");
            }
        }
        return sb.toString();
    }

    static Zone zone(int names, List<TestKeys.Pair> keys) {
        return TestZones.parse(zoneText(names, 42) + TestKeys.dnskeyLines(3600, keys), "example.test.");
    }

    static List<TestKeys.Pair> keys(Algorithm alg) {
        return List.of(TestKeys.make(APEX, alg, true, 11), TestKeys.make(APEX, alg, false, 12));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RSASHA256, NSEC", "ED25519, NSEC", "ED25519, NSEC3", "RSASHA256, NSEC3"})
    void oneThreadAndFourThreadsGiveTheSameZone(Algorithm alg, String denial) {
        List<TestKeys.Pair> keys = keys(alg);
        Zone zone = zone(1500, keys);
        SignOptions.Builder b = SignOptions.builder(INCEPTION, EXPIRATION);
        if (denial.equals("NSEC3")) {
            b.denial(DenialRequest.nsec3(new byte[] {1, 2}, 3, true));
        }
        SignResult one = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), b.threads(1).build(), NOW);
        SignResult four = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), b.threads(4).build(), NOW);
        assertTrue(one.statistics().generated() > 3000, one.statistics().toString());
        assertEquals(one.rrsets(), four.rrsets()); // same RRsets in the same order, signatures included
    }

    /** The signed zone assembled from the signer's grouped RRsets is the zone a record-by-record load gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"NSEC", "NSEC3"})
    void theSignedZoneFromGroupedRRsetsIsTheLoadedOne(String denial) {
        List<TestKeys.Pair> keys = keys(Algorithm.ED25519);
        SignOptions.Builder b = SignOptions.builder(INCEPTION, EXPIRATION);
        if (denial.equals("NSEC3")) {
            b.denial(DenialRequest.nsec3(new byte[0], 0, false));
        }
        SignResult first = ZoneSigner.sign(zone(700, keys), TestKeys.forced(keys, NOW), b.threads(2).build(), NOW);
        // Re-signing the signed zone: its RRsets come back grouped the same way.
        SignResult r = ZoneSigner.sign(first.zone(), TestKeys.forced(keys, NOW), b.threads(2).build(), NOW);
        assertEquals(0, r.statistics().generated());
        Zone grouped = dev.signet.core.zone.GroupedZones.of(r.apex(), dev.signet.core.rr.RrClass.IN, r.rrsets());
        assertNotNull(grouped, "the signer's RRsets take the shortcut");
        dev.signet.core.zone.ZoneBuilder builder = Zone.builder(r.apex(), dev.signet.core.rr.RrClass.IN, d -> fail(d.toString()));
        for (RRset s : r.rrsets()) {
            for (dev.signet.core.rr.Record rec : s.records()) {
                builder.add(rec, "signed", 0);
            }
        }
        Zone loaded = builder.build();
        assertEquals(loaded.nodeCount(), grouped.nodeCount());
        for (int i = 0; i < loaded.nodeCount(); i++) {
            dev.signet.core.zone.ZoneNode a = loaded.node(i);
            dev.signet.core.zone.ZoneNode g = grouped.node(i);
            assertEquals(a.name(), g.name());
            assertEquals(a.kind(), g.kind(), a.name().toString());
            assertEquals(a.isGlue(), g.isGlue(), a.name().toString());
            assertEquals(a.rrsets(), g.rrsets(), a.name().toString());
        }
    }

    /**
     * ECDSA signatures may be randomized (RFC 6605 §4); Signet's software backend uses RFC 6979
     * nonces, so even they repeat. The record set without signature bytes must match in any case.
     */
    @Test
    void ecdsaGivesTheSameZoneAndEverySignatureVerifies() {
        List<TestKeys.Pair> keys = keys(Algorithm.ECDSAP256SHA256);
        Zone zone = zone(400, keys);
        SignOptions.Builder b = SignOptions.builder(INCEPTION, EXPIRATION).verifyEach(true);
        SignResult one = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), b.threads(1).build(), NOW);
        SignResult four = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), b.threads(4).build(), NOW);
        assertEquals(CanonicalRecords.of(one.rrsets(), true), CanonicalRecords.of(four.rrsets(), true));
        assertEquals(one.rrsets(), four.rrsets());
        assertEquals(0, four.statistics().verifyFailed());
        assertEquals(four.statistics().generated(), four.statistics().verified());
    }

    @Test
    void jitterIsReproducibleWithTheSameSeedAndStaysInRange() {
        List<TestKeys.Pair> keys = keys(Algorithm.ED25519);
        Zone zone = zone(600, keys);
        long jitter = 3 * 86_400;
        SignResult a = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), SignOptions.builder(INCEPTION, EXPIRATION)
                .jitter(jitter, new Random(7)).threads(1).build(), NOW);
        SignResult b = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), SignOptions.builder(INCEPTION, EXPIRATION)
                .jitter(jitter, new Random(7)).threads(3).build(), NOW);
        SignResult c = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), SignOptions.builder(INCEPTION, EXPIRATION)
                .jitter(jitter, new Random(8)).threads(3).build(), NOW);
        assertEquals(a.rrsets(), b.rrsets());
        assertNotEquals(a.rrsets(), c.rrsets());
        Set<Long> seen = new HashSet<>();
        for (RRset s : a.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                for (var r : s.rdataList()) {
                    long exp = Rrsig.from(r).expiration();
                    assertTrue(exp > EXPIRATION - jitter && exp <= EXPIRATION, Long.toString(exp));
                    seen.add(exp);
                }
            }
        }
        assertTrue(seen.size() > 100, "expirations spread over the jitter window: " + seen.size());
    }

    @Test
    void resigningOwnOutputWithNothingDueMakesNoSignature() {
        List<TestKeys.Pair> keys = keys(Algorithm.ED25519);
        SignResult first = ZoneSigner.sign(zone(500, keys), TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).threads(2).build(), NOW);
        long later = NOW + 86_400;
        SignResult again = ZoneSigner.sign(first.zone(), TestKeys.forced(keys, later),
                SignOptions.builder(later - 3_600, later + 30 * 86_400).threads(2).build(), later);
        assertEquals(0, again.statistics().generated());
        assertEquals(0, again.statistics().dropped());
        assertEquals(first.statistics().generated(), again.statistics().retained());
        assertEquals(CanonicalRecords.of(first.rrsets()), CanonicalRecords.of(again.rrsets()));
    }

    @Test
    void movingPastTheCycleReplacesEverySignature() {
        List<TestKeys.Pair> keys = keys(Algorithm.ED25519);
        SignResult first = ZoneSigner.sign(zone(300, keys), TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).build(), NOW);
        // Cycle = a quarter of the new 30-day period: the old signatures expire within it.
        long later = EXPIRATION - 5 * 86_400;
        SignResult again = ZoneSigner.sign(first.zone(), TestKeys.forced(keys, later),
                SignOptions.builder(later - 3_600, later + 30 * 86_400).build(), later);
        assertEquals(0, again.statistics().retained());
        assertEquals(first.statistics().generated(), again.statistics().generated());
        assertEquals(first.statistics().generated(), again.statistics().dropped());
        for (RRset s : again.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                assertEquals(later + 30 * 86_400, Rrsig.from(s.rdata(0)).expiration());
            }
        }
    }

    @Test
    void aChangedRecordReSignsOnlyItsRRset() {
        List<TestKeys.Pair> keys = keys(Algorithm.ED25519);
        SignResult first = ZoneSigner.sign(TestZones.parse("$TTL 3600\n$ORIGIN example.test.\n"
                + "@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n"
                + "www IN A 192.0.2.80\nmail IN A 192.0.2.25\n" + TestKeys.dnskeyLines(3600, keys), "example.test."),
                TestKeys.forced(keys, NOW), SignOptions.builder(INCEPTION, EXPIRATION).build(), NOW);
        StringBuilder text = new StringBuilder();
        for (RRset s : first.rrsets()) {
            text.append(s.toString().replace("192.0.2.80", "192.0.2.81"))
                    .append('\n');
        }
        SignResult again = ZoneSigner.sign(TestZones.parse(text.toString(), "example.test."),
                TestKeys.forced(keys, NOW + 60), SignOptions.builder(INCEPTION + 60, EXPIRATION + 60).build(), NOW + 60);
        assertEquals(1, again.statistics().generated()); // the www A RRset, by the ZSK
        assertEquals(1, again.statistics().dropped());
        TreeSet<String> changed = new TreeSet<>(CanonicalRecords.of(again.rrsets()));
        changed.removeAll(CanonicalRecords.of(first.rrsets()));
        List<String> owners = new ArrayList<>();
        for (String line : changed) {
            owners.add(line.substring(0, line.indexOf(' ')));
        }
        assertEquals(List.of("www.example.test.", "www.example.test."), owners); // the A record and its RRSIG
    }
}

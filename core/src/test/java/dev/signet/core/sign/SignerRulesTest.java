package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.denial.DenialRequest;
import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.KeyTime;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Key roles, refusals and options of {@link ZoneSigner}, each as dnssec-signzone 9.18 behaves. */
class SignerRulesTest {

    static final long NOW = ZoneSignerTest.NOW;
    static final long INCEPTION = NOW - 3_600;
    static final long EXPIRATION = NOW + 30 * 86_400;
    static final Name APEX = Name.of("example.test.");
    static final String BASE = "$TTL 3600\n$ORIGIN example.test.\n@ 7200 IN SOA ns1 hostmaster 5 7200 900 1209600 300\n"
            + "@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.2\nsub IN NS ns1\nsub IN DS 1 8 2 " + "AB".repeat(32)
            + "\n";

    static Zone zone(List<TestKeys.Pair> keys) {
        return TestZones.parse(BASE + TestKeys.dnskeyLines(3600, keys), "example.test.");
    }

    static SignOptions.Builder options() {
        return SignOptions.builder(INCEPTION, EXPIRATION);
    }

    /** "TYPE tag" for every signature. */
    static Set<String> signers(SignResult r) {
        Set<String> out = new TreeSet<>();
        for (RRset s : r.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                for (var rd : s.rdataList()) {
                    out.add(s.covered() + " " + Rrsig.from(rd).keyTag());
                }
            }
        }
        return out;
    }

    static String code(Runnable r) {
        return assertThrows(TextException.class, r::run).code();
    }

    @Test
    void kskOnlyZoneIsRefusedUnlessRelaxedLikeDashP() {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(APEX, Algorithm.ED25519, true, 21));
        TextException e = assertThrows(TextException.class,
                () -> ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW), options().build(), NOW));
        assertEquals("NO_ZSK", e.code());
        assertEquals("No non-KSK DNSKEY found; supply a ZSK or use '-z'.", e.detail());
        SignResult relaxed = ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW),
                options().strictKeyChecks(false).build(), NOW);
        int tag = keys.get(0).key().keyTag();
        assertEquals(Set.of("DNSKEY " + tag), signers(relaxed)); // BIND 9.18: no fallback to the KSK
        assertTrue(relaxed.warnings().stream().anyMatch(w -> w.contains("no active ZSK for algorithm ED25519")),
                relaxed.warnings().toString());
        // -z: the KSK signs everything.
        SignResult z = ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW), options().ignoreKskFlag(true).build(),
                NOW);
        assertTrue(signers(z).containsAll(Set.of("A " + tag, "SOA " + tag, "DS " + tag, "NSEC " + tag)));
    }

    @Test
    void kskOnlyForDnskeyUnlessTheAlgorithmHasNoKsk() {
        TestKeys.Pair ksk = TestKeys.make(APEX, Algorithm.RSASHA256, true, 22);
        TestKeys.Pair zsk = TestKeys.make(APEX, Algorithm.RSASHA256, false, 23);
        TestKeys.Pair edZsk = TestKeys.make(APEX, Algorithm.ED25519, false, 24);
        List<TestKeys.Pair> keys = List.of(ksk, zsk, edZsk);
        Set<String> all = signers(ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW), options().build(), NOW));
        Set<String> x = signers(ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW),
                options().kskOnlyDnskey(true).build(), NOW));
        int k = ksk.key().keyTag();
        int z = zsk.key().keyTag();
        int ed = edZsk.key().keyTag();
        assertTrue(all.containsAll(Set.of("DNSKEY " + k, "DNSKEY " + z, "DNSKEY " + ed, "A " + z, "A " + ed)));
        assertTrue(!all.contains("A " + k));
        assertTrue(!x.contains("DNSKEY " + z) && x.contains("DNSKEY " + k));
        assertTrue(x.contains("DNSKEY " + ed), "an algorithm without KSK signs DNSKEY with its ZSK even under -x");
    }

    @Test
    void revokedKeySignsTheDnskeyRRsetOnly() {
        KeyMetadata revoked = KeyMetadata.EMPTY.with(KeyTime.PUBLISH, Instant.ofEpochSecond(NOW - 864_000))
                .with(KeyTime.ACTIVATE, Instant.ofEpochSecond(NOW - 864_000))
                .with(KeyTime.REVOKE, Instant.ofEpochSecond(NOW - 86_400));
        TestKeys.Pair old = TestKeys.make(APEX, Algorithm.ED25519, true, 25, revoked);
        TestKeys.Pair ksk = TestKeys.make(APEX, Algorithm.ED25519, true, 26);
        TestKeys.Pair zsk = TestKeys.make(APEX, Algorithm.ED25519, false, 27);
        List<SigningKey> keys = List.of(old.timed(NOW), ksk.forced(NOW), zsk.forced(NOW));
        SignResult r = ZoneSigner.sign(zone(List.of(ksk, zsk)), keys, options().smartSigning(true)
                .ignoreKskFlag(true).build(), NOW);
        int revokedTag = keys.get(0).keyTag();
        assertTrue(revokedTag != old.key().keyTag(), "the revoked key has its own tag (RFC 5011 §2.1)");
        Set<String> s = signers(r);
        assertTrue(s.contains("DNSKEY " + revokedTag), s.toString());
        assertEquals(1, s.stream().filter(l -> l.endsWith(" " + revokedTag)).count(), s.toString());
        RRset dnskeys = r.zone().apexNode().rrset(RrType.DNSKEY);
        assertEquals(3, dnskeys.size());
        assertEquals(List.of("Fetching example.test/ED25519/" + revokedTag + " (KSK) from key repository."), r.report());
    }

    @Test
    void anAlgorithmPublishedWithoutASigningKeyIsReported() {
        TestKeys.Pair zsk = TestKeys.make(APEX, Algorithm.ED25519, false, 44);
        TestKeys.Pair stray = TestKeys.make(APEX, Algorithm.ECDSAP256SHA256, false, 45);
        SignResult r = ZoneSigner.sign(zone(List.of(zsk, stray)),
                List.of(zsk.forced(NOW), SigningKey.publicOnly(stray.key(), NOW)), options().build(), NOW);
        assertEquals(List.of("warning: the DNSKEY RRset has algorithm ECDSAP256SHA256 but no key of it signs: the zone"
                + " is not fully signed (RFC 6840 §5.11)"), r.warnings());
    }

    @Test
    void refusals() {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(APEX, Algorithm.ED25519, false, 28));
        List<SigningKey> signing = TestKeys.forced(keys, NOW);
        Zone zone = zone(keys);
        assertEquals("SIGNATURE_VALIDITY", code(() -> ZoneSigner.sign(zone, signing,
                SignOptions.builder(EXPIRATION, INCEPTION).build(), NOW)));
        assertEquals("EXPIRATION_IN_PAST", code(() -> ZoneSigner.sign(zone, signing,
                SignOptions.builder(NOW - 7_200, NOW - 3_600).build(), NOW)));
        assertEquals("EXPIRATION_IN_PAST", code(() -> ZoneSigner.sign(zone, signing,
                options().dnskeyExpiration(NOW - 1).build(), NOW)));
        assertEquals("NO_KEYS", code(() -> ZoneSigner.sign(zone, List.of(), options().build(), NOW)));
        assertTrue(ZoneSigner.sign(zone, List.of(), options().strictKeyChecks(false).build(), NOW).warnings()
                .contains("warning: No keys specified or found"));
        Zone noKeys = TestZones.parse(BASE, "example.test.");
        TextException e = assertThrows(TextException.class, () -> ZoneSigner.sign(noKeys, signing, options().build(), NOW));
        assertEquals("failed to find keys at the zone apex: not found", e.detail());
        Zone strayDs = TestZones.parse(BASE + "x IN DS 1 8 2 " + "CD".repeat(32) + "\n" + TestKeys.dnskeyLines(3600, keys),
                "example.test.");
        assertEquals("DS_WITHOUT_NS", code(() -> ZoneSigner.sign(strayDs, signing, options().build(), NOW)));
        List<TestKeys.Pair> sha1 = List.of(TestKeys.make(APEX, Algorithm.RSASHA1, false, 29));
        assertEquals("NSEC3_WITH_NSEC_ONLY_KEY", code(() -> ZoneSigner.sign(zone(sha1), TestKeys.forced(sha1, NOW),
                options().denial(DenialRequest.nsec3(new byte[0], 0, false)).build(), NOW)));
        assertEquals("NSEC3_ITERATIONS", code(() -> ZoneSigner.sign(zone, signing,
                options().denial(DenialRequest.nsec3(new byte[0], 151, false)).build(), NOW)));
    }

    @Test
    void maxTtlCapsEveryTtlAndTheChainTtl() {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(APEX, Algorithm.ED25519, false, 30));
        SignResult r = ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW), options().maxTtl(200).build(), NOW);
        for (RRset s : r.rrsets()) {
            assertTrue(s.ttl() <= 200, s.toString());
            if (s.type().equals(RrType.RRSIG)) {
                assertEquals(200, Rrsig.from(s.rdata(0)).originalTtl());
            }
        }
        assertEquals(200, r.zone().apexNode().rrset(RrType.NSEC).ttl());
    }

    @Test
    void soaSerialIsReplacedBeforeSigning() {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(APEX, Algorithm.ED25519, false, 31));
        SignResult r = ZoneSigner.sign(zone(keys), TestKeys.forced(keys, NOW), options().soaSerial(2026).build(), NOW);
        assertEquals(2026, Soa.from(r.zone().soa().rdata(0)).serial());
        // Re-signing with the serial kept: the SOA signature still verifies, so it is retained.
        SignResult again = ZoneSigner.sign(r.zone(), TestKeys.forced(keys, NOW), options().build(), NOW);
        assertEquals(0, again.statistics().generated());
    }

    @Test
    void signaturesOfUnknownKeysAreDroppedUnlessFromTheFuture() {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(APEX, Algorithm.ED25519, false, 32));
        TestKeys.Pair gone = TestKeys.make(APEX, Algorithm.ED25519, false, 33);
        List<TestKeys.Pair> both = List.of(keys.get(0), gone);
        SignResult first = ZoneSigner.sign(zone(both), TestKeys.forced(both, NOW), options().build(), NOW);
        long future = NOW + 86_400;
        SignResult later = ZoneSigner.sign(zone(both), TestKeys.forced(List.of(gone), NOW),
                SignOptions.builder(future, future + 30 * 86_400).build(), NOW);
        StringBuilder text = new StringBuilder();
        for (RRset s : first.rrsets()) {
            text.append(s).append('\n');
        }
        for (RRset s : later.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                text.append(s).append('\n'); // signatures by "gone" that start tomorrow
            }
        }
        SignResult r = ZoneSigner.sign(TestZones.parse(text.toString(), "example.test."),
                TestKeys.forced(keys, NOW), options().build(), NOW);
        int goneTag = gone.key().keyTag();
        long kept = 0;
        for (RRset s : r.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                for (var rd : s.rdataList()) {
                    Rrsig sig = Rrsig.from(rd);
                    if (sig.keyTag() == goneTag) {
                        assertEquals(future, sig.inception(), "only the future signatures of the unknown key stay");
                        kept++;
                    }
                }
            }
        }
        assertTrue(kept > 0);
        assertEquals(first.statistics().generated() / 2, r.statistics().dropped()); // today's by the unknown key
    }

    @Test
    void dssetListsNonRevokedKsksAndEveryKeyOfAOneRoleAlgorithm() {
        // dnssec-signzone 9.18 with RSASHA256 KSK + ZSK and an Ed25519 ZSK alone: DS for the RSA KSK
        // and for the Ed25519 ZSK.
        TestKeys.Pair ksk = TestKeys.make(APEX, Algorithm.RSASHA256, true, 40);
        TestKeys.Pair zsk = TestKeys.make(APEX, Algorithm.RSASHA256, false, 41);
        TestKeys.Pair ed = TestKeys.make(APEX, Algorithm.ED25519, false, 42);
        KeyMetadata revoked = KeyMetadata.EMPTY.with(KeyTime.PUBLISH, Instant.ofEpochSecond(NOW - 864_000))
                .with(KeyTime.ACTIVATE, Instant.ofEpochSecond(NOW - 864_000))
                .with(KeyTime.REVOKE, Instant.ofEpochSecond(NOW - 86_400));
        TestKeys.Pair old = TestKeys.make(APEX, Algorithm.RSASHA256, true, 43, revoked);
        List<SigningKey> keys = List.of(ksk.forced(NOW), zsk.forced(NOW), ed.forced(NOW), old.timed(NOW));
        assertEquals(List.of(keys.get(0), keys.get(2)), DsSet.keys(keys));
        var ds = DsSet.ds(APEX, keys);
        assertEquals(2, ds.size());
        assertEquals(ksk.key().keyTag(), ds.get(0).keyTag());
        assertEquals(2, ds.get(0).digestType()); // SHA-256 only
    }
}

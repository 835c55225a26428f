package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.denial.DenialRequest;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.zone.Zone;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Signing the RFC example zones: which RRsets get which signatures, with which fields. */
class ZoneSignerTest {

    static final long NOW = 1_790_000_000L; // 2026-09-22
    static final long INCEPTION = NOW - 86_400;
    static final long EXPIRATION = NOW + 30 * 86_400;
    static final Name EXAMPLE = Name.of("example.");

    static Zone rfcZone(String rfc, List<TestKeys.Pair> keys) throws IOException {
        return TestZones.parse(Files.readString(TestData.path("vectors/" + rfc + "/example.unsigned.zone"))
                + TestKeys.dnskeyLines(3600, keys), "example.");
    }

    /** "owner covered labels originalTtl role" for every RRSIG, the key tag mapped to KSK/ZSK. */
    static Set<String> signatureShape(List<RRset> sets, int kskTag) {
        Set<String> out = new TreeSet<>();
        for (RRset s : sets) {
            if (!s.type().equals(RrType.RRSIG)) {
                continue;
            }
            for (var r : s.rdataList()) {
                Rrsig sig = Rrsig.from(r);
                out.add(s.owner().toString().toLowerCase() + " " + sig.typeCovered() + " " + sig.labels() + " "
                        + sig.originalTtl() + " " + (sig.keyTag() == kskTag ? "KSK" : "ZSK"));
            }
        }
        return out;
    }

    @Test
    void rfc4035ZoneGetsTheRfcsSignaturesAndChain() throws IOException {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(EXAMPLE, Algorithm.ED25519, true, 1),
                TestKeys.make(EXAMPLE, Algorithm.ED25519, false, 2));
        Zone zone = rfcZone("rfc4035", keys);
        SignResult result = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).build(), NOW);

        Zone rfc = TestZones.load(TestData.path("vectors/rfc4035/example.signed.zone"), "example.");
        List<RRset> rfcSets = rfc.nodes().stream().flatMap(n -> n.rrsets().stream()).toList();
        // RFC 4035 App. A: both keys sign the DNSKEY RRset, the ZSK everything else; 27 RRSIGs.
        Set<String> expected = signatureShape(rfcSets, 9465);
        assertEquals(27, expected.size());
        assertEquals(expected, signatureShape(result.rrsets(), keys.get(0).key().keyTag()));
        assertEquals(27, result.statistics().generated());
        assertEquals(0, result.statistics().retained());
        assertTrue(result.statistics().signingNanos() > 0, "the time in the signers is counted");
        SignResult again = ZoneSigner.sign(result.zone(), TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).build(), NOW);
        assertEquals(0, again.statistics().generated());
        assertEquals(0, again.statistics().signingNanos(), "nothing signed, no time in the signers");

        for (RRset s : result.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                for (var r : s.rdataList()) {
                    Rrsig sig = Rrsig.from(r);
                    assertEquals(INCEPTION, sig.inception());
                    assertEquals(EXPIRATION, sig.expiration());
                    assertEquals(EXAMPLE, sig.signerName());
                    assertEquals(Algorithm.ED25519.number(), sig.algorithm());
                }
            }
        }
        RRset nsec = result.zone().node(Name.of("ns2.example.")).rrset(RrType.NSEC);
        assertNotNull(nsec);
        assertTrue(nsec.toString().contains("*.w.example. A RRSIG NSEC"), nsec.toString());
    }

    @Test
    void rfc5155ZoneThroughTheSignerGetsTheRfcsNsec3Chain() throws IOException {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(EXAMPLE, Algorithm.RSASHA256, true, 3),
                TestKeys.make(EXAMPLE, Algorithm.RSASHA256, false, 4));
        Zone zone = rfcZone("rfc5155", keys);
        SignOptions options = SignOptions.builder(INCEPTION, EXPIRATION)
                .denial(DenialRequest.nsec3(HexFormat.of().parseHex("aabbccdd"), 12, true)).build();
        SignResult result = ZoneSigner.sign(zone, TestKeys.forced(keys, NOW), options, NOW);

        Zone rfc = TestZones.load(TestData.path("vectors/rfc5155/example.signed.zone"), "example.");
        Set<String> expected = new TreeSet<>();
        for (var n : rfc.nodes()) {
            for (RRset s : n.rrsets()) {
                if (s.type().equals(RrType.NSEC3) || s.type().equals(RrType.NSEC3PARAM)) {
                    // BIND and Signet give NSEC3PARAM TTL 0; the RFC used 3600.
                    expected.addAll(CanonicalRecords.of(List.of(s.type().equals(RrType.NSEC3PARAM) ? s.withTtl(0) : s)));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (RRset s : result.rrsets()) {
            if (s.type().equals(RrType.NSEC3) || s.type().equals(RrType.NSEC3PARAM)) {
                actual.addAll(CanonicalRecords.of(List.of(s)));
            }
        }
        assertEquals(13, expected.size());
        assertEquals(expected, actual);
        // Every NSEC3 RRset is signed (by the ZSK), the opted-out delegation c.example is not in the chain.
        long nsec3Sigs = result.rrsets().stream()
                .filter(s -> s.type().equals(RrType.RRSIG) && RrType.NSEC3.equals(s.covered())).count();
        assertEquals(12, nsec3Sigs);
    }

    @Test
    void wildcardSignaturesCountLabelsWithoutTheStar() throws IOException {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(EXAMPLE, Algorithm.ED25519, false, 5));
        SignResult result = ZoneSigner.sign(rfcZone("rfc4035", keys), TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).build(), NOW);
        RRset sigs = result.zone().node(Name.of("*.w.example.")).signatures(RrType.MX);
        assertEquals(2, Rrsig.from(sigs.rdata(0)).labels()); // RFC 4034 §3.1.3
        RRset deep = result.zone().node(Name.of("x.y.w.example.")).signatures(RrType.MX);
        assertEquals(4, Rrsig.from(deep.rdata(0)).labels());
    }

    @Test
    void rrsigTtlIsTheCoveredTtlCappedByTheValidityPeriod() throws IOException {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(EXAMPLE, Algorithm.ED25519, false, 6));
        // Validity 1200 s: BIND gives every RRSIG min(RRset TTL, expiration - inception).
        SignResult result = ZoneSigner.sign(rfcZone("rfc4035", keys), TestKeys.forced(keys, NOW),
                SignOptions.builder(NOW - 600, NOW + 600).build(), NOW);
        for (RRset s : result.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                RRset covered = result.zone().node(s.owner()).rrset(s.covered());
                assertEquals(Math.min(covered.ttl(), 1200), s.ttl(), s.toString());
                assertEquals(covered.ttl(), Rrsig.from(s.rdata(0)).originalTtl());
            }
        }
    }

    @Test
    void dnskeyExpirationAppliesToTheDnskeyRRsetOnly() throws IOException {
        List<TestKeys.Pair> keys = List.of(TestKeys.make(EXAMPLE, Algorithm.ED25519, true, 7),
                TestKeys.make(EXAMPLE, Algorithm.ED25519, false, 8));
        long longer = EXPIRATION + 30 * 86_400;
        SignResult result = ZoneSigner.sign(rfcZone("rfc4035", keys), TestKeys.forced(keys, NOW),
                SignOptions.builder(INCEPTION, EXPIRATION).dnskeyExpiration(longer).build(), NOW);
        for (RRset s : result.rrsets()) {
            if (s.type().equals(RrType.RRSIG)) {
                long want = s.covered().equals(RrType.DNSKEY) ? longer : EXPIRATION;
                for (var r : s.rdataList()) {
                    assertEquals(want, Rrsig.from(r).expiration(), s.toString());
                }
            }
        }
    }
}

package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.zone.Zone;

import java.io.IOException;
import java.nio.file.Files;
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
}

package dev.signet.core.verify;

import dev.signet.core.zone.Zone;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single faults in the RFC 4035 and RFC 5155 example zones (edited as text, one record per line),
 * each expected to produce a finding naming the broken owner and type. The BIND-signed corruption
 * suite (cli module, VerifyCorruptionInteropTest) compares with dnssec-verify itself.
 */
class ZoneVerifierTest {

    private static final VerifyFixtures.Vector NSEC = VerifyFixtures.Vector.RFC4035;
    private static final VerifyFixtures.Vector NSEC3 = VerifyFixtures.Vector.RFC5155;

    private static VerifyReport edited(VerifyFixtures.Vector v, Predicate<String> keep, String... add) {
        String text = Arrays.stream(v.text().split("\n")).filter(keep).collect(Collectors.joining("\n"))
                + "\n" + String.join("\n", add) + "\n";
        return VerifyFixtures.verify(VerifyFixtures.load(text, v.apex), v.inside);
    }

    private static VerifyReport replaced(VerifyFixtures.Vector v, String from, String to) {
        String text = v.text();
        assertTrue(text.contains(from), "fixture lacks " + from);
        return VerifyFixtures.verify(VerifyFixtures.load(text.replace(from, to), v.apex), v.inside);
    }

    private static void assertFinding(VerifyReport r, String code, String owner, String type) {
        assertTrue(VerifyFixtures.has(r, code, owner, type), code + " " + owner + "/" + type + " not in " + r.findings());
    }

    @Test
    void droppedNsecIsNamed() {
        VerifyReport r = edited(NSEC, l -> !l.startsWith("b.example.\t3600\tIN\tNSEC\t"));
        assertFalse(r.isValid());
        assertFinding(r, "MISSING_NSEC", "b.example.", "NSEC");
        assertEquals(List.of("DNSSEC completeness test failed (failure)."), r.bindVerdictLines());
    }

    @Test
    void nsecNextNameAndBitmapMismatchesAreNamed() {
        VerifyReport next = replaced(NSEC, "b.example.\t3600\tIN\tNSEC\tns1.example. NS RRSIG NSEC",
                "b.example.\t3600\tIN\tNSEC\tns2.example. NS RRSIG NSEC");
        assertFinding(next, "NSEC_NEXT_MISMATCH", "b.example.", "NSEC");
        assertFinding(next, "SIGNATURE_INVALID", "b.example.", "NSEC");
        assertEquals(List.of(5), next.badAlgorithms());
        VerifyReport bitmap = replaced(NSEC, "b.example.\t3600\tIN\tNSEC\tns1.example. NS RRSIG NSEC",
                "b.example.\t3600\tIN\tNSEC\tns1.example. NS DS RRSIG NSEC");
        assertFinding(bitmap, "NSEC_BITMAP_MISMATCH", "b.example.", "NSEC");
    }

    @Test
    void unsignedRrsetAndNsecBelowACutAreErrorsSignedGlueAWarning() {
        VerifyReport unsigned = edited(NSEC, l -> true, "xx.example.\t3600\tIN\tTXT\t\"not signed\"");
        assertFinding(unsigned, "NO_SIGNATURES", "xx.example.", "TXT");
        assertFinding(unsigned, "NSEC_BITMAP_MISMATCH", "xx.example.", "NSEC");

        VerifyReport nsecBelowCut = edited(NSEC, l -> true, "ns1.b.example.\t3600\tIN\tNSEC\tns2.b.example. A RRSIG NSEC");
        assertFinding(nsecBelowCut, "UNEXPECTED_NSEC", "ns1.b.example.", "NSEC");

        // An RRSIG over the glue (its signature is irrelevant: glue is never verified).
        String sig = Arrays.stream(NSEC.text().split("\n")).filter(l -> l.startsWith("xx.example.\t3600\tIN\tRRSIG\tA "))
                .findFirst().orElseThrow().replace("xx.example.", "ns1.b.example.").replaceFirst("example\\. ", "example. ");
        VerifyReport glue = edited(NSEC, l -> true, sig);
        assertTrue(glue.isValid(), glue.errors().toString());
        assertFinding(glue, "SIGNED_GLUE", "ns1.b.example.", "A");
    }

    @Test
    void changedTtlAndRemovedKeyAreNamed() {
        VerifyReport ttl = replaced(NSEC, "xx.example.\t3600\tIN\tA\t192.0.2.10", "xx.example.\t7200\tIN\tA\t192.0.2.10");
        assertFinding(ttl, "RRSIG_TTL_MISMATCH", "xx.example.", "A");
        VerifyReport noKsk = edited(NSEC, l -> !(l.startsWith("example.\t3600\tIN\tDNSKEY\t257")));
        assertFinding(noKsk, "NO_SELF_SIGNED_KSK", "example.", "DNSKEY");
        assertTrue(noKsk.bindLines().isEmpty(), "dnssec-verify stops at the key census");
    }

    @Test
    void rrsigRecordTtlOtherThanTheRrsetsIsAWarning() {
        VerifyReport r = replaced(NSEC, "xx.example.\t3600\tIN\tRRSIG\tA ", "xx.example.\t300\tIN\tRRSIG\tA ");
        assertTrue(r.isValid(), r.errors().toString());
        assertFinding(r, "RRSIG_RECORD_TTL", "xx.example.", "A");
    }

    @Test
    void kskWithoutSelfSignatureIsAMissingKsk() {
        // Drop the KSK's signature over the DNSKEY RRset; the ZSK's remains.
        VerifyReport r = edited(NSEC, l -> !(l.startsWith("example.\t3600\tIN\tRRSIG\tDNSKEY 5 1 3600 20040509183619 20040409183619 9465 ")));
        assertFalse(r.isValid());
        assertFinding(r, "NO_SELF_SIGNED_KSK", "example.", "DNSKEY");
        // With -z a self-signed ZSK is enough.
        VerifyReport z = ZoneVerifier.verify(VerifyFixtures.load(Arrays.stream(NSEC.text().split("\n"))
                .filter(l -> !(l.startsWith("example.\t3600\tIN\tRRSIG\tDNSKEY 5 1 3600 20040509183619 20040409183619 9465 ")))
                .collect(Collectors.joining("\n")) + "\n", NSEC.apex), VerifyOptions.defaults(NSEC.inside).withIgnoreKskFlag(true));
        assertTrue(z.isValid(), z.errors().toString());
        assertEquals("Algorithm: RSASHA1: KSKs: 0 active, 1 stand-by, 0 revoked", z.bindSummary().get(1));
    }

    @Test
    void nsec3FaultsAreNamed() {
        // w.example is an empty non-terminal: its NSEC3 (k8udemvp...) has an empty bitmap.
        VerifyReport noEnt = edited(NSEC3, l -> !l.startsWith("k8udemvp1j2f7eg6jebps17vp3n8i58h.example."));
        assertFinding(noEnt, "MISSING_NSEC3", "w.example.", "NSEC3");
        assertFinding(noEnt, "NSEC3_CHAIN_BREAK", "ji6neoaepv8b5o6k4ev33abha8ht9fgc.example.", "NSEC3");

        VerifyReport bitmap = replaced(NSEC3, "1 1 12 aabbccdd  b4um86eghhds6nea196smvmlo4ors995 NS DS RRSIG",
                "1 1 12 aabbccdd  b4um86eghhds6nea196smvmlo4ors995 NS RRSIG");
        assertFinding(bitmap, "NSEC3_BITMAP_MISMATCH", "a.example.", "NSEC3");
        assertFinding(bitmap, "SIGNATURE_INVALID", "35mthgpgcu1qg68fab165klnsnk3dpvl.example.", "NSEC3");

        VerifyReport param = replaced(NSEC3, "IN\tNSEC3PARAM\t1 0 12 aabbccdd", "IN\tNSEC3PARAM\t1 0 11 aabbccdd");
        assertFinding(param, "NSEC3PARAM_NO_CHAIN", "example.", "NSEC3PARAM");
        assertFinding(param, "SIGNATURE_INVALID", "example.", "NSEC3PARAM");
    }

    @Test
    void insecureDelegationWithoutNsec3NeedsOptOut() {
        // Clearing the Opt-Out flag of the NSEC3 that covers c.example makes its absence an error.
        String covering = "35mthgpgcu1qg68fab165klnsnk3dpvl.example.\t3600\tIN\tNSEC3\t1 1 12";
        VerifyReport r = replaced(NSEC3, covering, covering.replace("1 1 12", "1 0 12"));
        assertFinding(r, "MISSING_NSEC3", "c.example.", "NSEC3");
    }

    /** The report is the same whatever the thread count and range size: the walk merges in zone order. */
    @Test
    void reportDoesNotDependOnThreads() {
        Random random = new Random(5155);
        List<String> lines = Arrays.asList(NSEC3.text().split("\n"));
        for (int round = 0; round < 4; round++) {
            // Drop three random records: plenty of findings spread over the zone.
            List<String> kept = new java.util.ArrayList<>(lines);
            for (int k = 0; k < 3; k++) {
                int i = 3 + random.nextInt(kept.size() - 3);
                if (!kept.get(i).contains("\tSOA\t") && !kept.get(i).contains("\tNSEC3PARAM\t")) {
                    kept.remove(i);
                }
            }
            Zone zone = VerifyFixtures.load(String.join("\n", kept) + "\n", NSEC3.apex);
            VerifyReport one = ZoneVerifier.verify(zone, VerifyOptions.defaults(NSEC3.inside).withThreads(1), 512);
            VerifyReport many = ZoneVerifier.verify(zone, VerifyOptions.defaults(NSEC3.inside).withThreads(4), 3);
            assertEquals(one.findings(), many.findings());
            assertEquals(one.bindLines(), many.bindLines());
            assertEquals(one.earliestExpiry(), many.earliestExpiry());
        }
    }
}

package dev.signet.core.verify;

import dev.signet.core.crypto.VectorFiles;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier against the RFC vectors (testdata/vectors): NSEC3 hashes, signed data, single
 * signatures inside and outside their windows, and whole signed zones.
 */
class VerifyVectorsTest {

    // ------------------------------------------------------------------ NSEC3 hash (RFC 5155 §5)

    @Test
    void nsec3HashesOfRfc5155AndRfc9276() throws IOException {
        int checked = checkHashes("vectors/rfc5155/nsec3-hashes.tsv", new byte[] {(byte) 0xAA, (byte) 0xBB, (byte) 0xCC, (byte) 0xDD}, 12);
        assertEquals(16, checked);
        assertTrue(checkHashes("vectors/rfc9276/derived-nsec3-hashes-1-0-0.tsv", new byte[0], 0) >= 10);
    }

    private static int checkHashes(String file, byte[] salt, int iterations) throws IOException {
        Nsec3Hashing h = new Nsec3Hashing(salt, iterations);
        int n = 0;
        for (String line : Files.readAllLines(TestData.path(file))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(f[1].toUpperCase(), dev.signet.core.rdata.Base32Hex.encode(h.hash(Name.of(f[0]))), f[0]);
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ signed data and single RRSIGs

    /** One signed example: the record file, the covered type, the derived signed-data file. */
    record Example(String zone, RrType type, String signedData, String inside, String outside) {
    }

    static final List<Example> EXAMPLES = List.of(
            new Example("rfc5702/example-6.1-rsasha256.zone", RrType.A, "rfc5702/rrsig-6.1-rsasha256.signed-data.hex", "20240101000000", "20310101000000"),
            new Example("rfc5702/example-6.2-rsasha512.zone", RrType.A, "rfc5702/rrsig-6.2-rsasha512.signed-data.hex", "20240101000000", "19990101000000"),
            new Example("rfc6605/example-6.1-p256.zone", RrType.A, "rfc6605/rrsig-6.1-p256.signed-data.hex", "20100820000000", "20100910000000"),
            new Example("rfc6605/example-6.2-p384.zone", RrType.A, "rfc6605/rrsig-6.2-p384.signed-data.hex", "20100820000000", "20100801000000"),
            new Example("rfc8080/example-6.1-ed25519-3613.zone", RrType.MX, "rfc8080/rrsig-mx-keytag3613.signed-data.hex", "20150801000000", "20150820000000"),
            new Example("rfc8080/example-6.1-ed25519-35217.zone", RrType.MX, "rfc8080/rrsig-mx-keytag35217.signed-data.hex", "20150801000000", "20150728000000"),
            new Example("rfc8080/example-6.2-ed448-9713.zone", RrType.MX, "rfc8080/rrsig-mx-keytag9713.signed-data.hex", "20150801000000", "20150820000000"),
            new Example("rfc8080/example-6.2-ed448-38353.zone", RrType.MX, "rfc8080/rrsig-mx-keytag38353.signed-data.hex", "20150801000000", "20150728000000"));

    private static RRset rrset(List<Record> records, RrType type) {
        return RRset.ofRecords(records.stream().filter(r -> r.type().equals(type)).toList());
    }

    private static List<Rrsig> rrsigs(List<Record> records) {
        return records.stream().filter(r -> r.type().equals(RrType.RRSIG)).map(r -> Rrsig.from(r.rdata())).toList();
    }

    private static List<Dnskey> dnskeys(List<Record> records) {
        return records.stream().filter(r -> r.type().equals(RrType.DNSKEY)).map(r -> Dnskey.of(r.rdata())).toList();
    }

    @Test
    void signedDataIsTheDerivedVectorByteForByte() {
        for (Example e : EXAMPLES) {
            List<Record> records = VectorFiles.records("vectors/" + e.zone());
            RRset set = rrset(records, e.type());
            Rrsig sig = rrsigs(records).get(0);
            assertArrayEquals(VectorFiles.hex("vectors/" + e.signedData()), SignedData.build(sig, set.owner(), set), e.zone());
        }
    }

    @Test
    void rfcSignaturesVerifyInsideTheirWindowOnly() {
        for (Example e : EXAMPLES) {
            List<Record> records = VectorFiles.records("vectors/" + e.zone());
            RRset set = rrset(records, e.type());
            Rrsig sig = rrsigs(records).get(0);
            Name apex = sig.signerName();
            SignatureCheck.Result in = SignatureCheck.check(set, sig, dnskeys(records), apex,
                    VerifyFixtures.epoch(e.inside()), SoftwareSignatureVerifier.create(), true);
            assertEquals(SignatureCheck.Outcome.VALID, in.outcome(), e.zone() + ": " + in.detail());
            SignatureCheck.Result out = SignatureCheck.check(set, sig, dnskeys(records), apex,
                    VerifyFixtures.epoch(e.outside()), SoftwareSignatureVerifier.create(), true);
            assertTrue(out.outcome() == SignatureCheck.Outcome.EXPIRED || out.outcome() == SignatureCheck.Outcome.NOT_YET_VALID,
                    e.zone() + ": " + out);
            // One altered octet of the covered data, and the signature fails.
            Record first = records.stream().filter(r -> r.type().equals(e.type())).findFirst().orElseThrow();
            byte[] w = first.rdata().toWire();
            w[1] ^= 1;
            RRset altered = RRset.of(set.owner(), set.type(), set.rrClass(), set.ttl(), dev.signet.core.rdata.Rdata.of(w));
            assertEquals(SignatureCheck.Outcome.BAD_SIGNATURE, SignatureCheck.check(altered, sig, dnskeys(records), apex,
                    VerifyFixtures.epoch(e.inside()), SoftwareSignatureVerifier.create(), true).outcome(), e.zone());
        }
    }

    /** RFC 8080 as published: Labels = 3 for the two-label example.com. — valid EdDSA, wrong RRSIG (RFC 4035 §5.3.1). */
    @Test
    void rfc8080AsPublishedSignaturesFailOnTheirLabelsField() {
        List<Record> negatives = VectorFiles.records("vectors/rfc8080/negative-as-published-labels3.zone");
        List<Dnskey> keys = new ArrayList<>();
        RRset mx = null;
        for (String f : List.of("example-6.1-ed25519-3613", "example-6.1-ed25519-35217", "example-6.2-ed448-9713", "example-6.2-ed448-38353")) {
            List<Record> r = VectorFiles.records("vectors/rfc8080/" + f + ".zone");
            keys.addAll(dnskeys(r));
            mx = rrset(r, RrType.MX);
        }
        List<Rrsig> sigs = rrsigs(negatives);
        assertEquals(4, sigs.size());
        for (Rrsig sig : sigs) {
            SignatureCheck.Result r = SignatureCheck.check(mx, sig, keys, Name.of("example.com."),
                    VerifyFixtures.epoch("20150801000000"), SoftwareSignatureVerifier.create(), true);
            assertEquals(SignatureCheck.Outcome.LABELS_EXCEED_OWNER, r.outcome(), String.valueOf(sig.keyTag()));
            assertEquals("RRSIG_LABELS", r.outcome().code);
        }
    }

    // ------------------------------------------------------------------ whole signed zones

    @ParameterizedTest
    @EnumSource(VerifyFixtures.Vector.class)
    void signedVectorZonesVerifyInsideTheirWindow(VerifyFixtures.Vector v) {
        VerifyReport r = VerifyFixtures.verify(v.zone(), v.inside);
        assertTrue(r.isValid(), v + ": " + r.errors());
        assertEquals("Zone fully signed:", r.bindSummary().get(0));
        assertTrue(r.signatureCount() > 10, v.toString());
        assertEquals(v.expiration, r.earliestExpiry().orElseThrow().expiration(), v.toString());
    }

    @ParameterizedTest
    @EnumSource(VerifyFixtures.Vector.class)
    void signedVectorZonesFailAfterExpiryNamingEveryExpiredSignature(VerifyFixtures.Vector v) {
        dev.signet.core.zone.Zone zone = v.zone();
        VerifyReport r = VerifyFixtures.verify(zone, v.expiration + 1);
        assertFalse(r.isValid());
        assertTrue(VerifyFixtures.has(r, "NO_SELF_SIGNED_KSK", v.apex.toString(), "DNSKEY"), r.errors().toString());
        assertTrue(VerifyFixtures.has(r, "SIGNATURE_EXPIRED", v.apex.toString(), "SOA"), r.errors().toString());
        long expired = r.errors().stream().filter(f -> f.code().equals("SIGNATURE_EXPIRED")).count();
        assertEquals(r.signatureCount(), expired, "every signature of the zone is named as expired");
        assertTrue(r.bindAlgorithmLines().isEmpty(), "dnssec-verify stops at the key census");

        VerifyReport early = VerifyFixtures.verify(zone, v.inside - 400L * 86400 * 12);
        assertFalse(early.isValid());
        assertTrue(VerifyFixtures.has(early, "SIGNATURE_NOT_YET_VALID", v.apex.toString(), "SOA"), early.errors().toString());
    }

    @Test
    void bindSummaryOfTheRfc4035Zone() {
        VerifyReport r = VerifyFixtures.verify(VerifyFixtures.Vector.RFC4035.zone(), VerifyFixtures.Vector.RFC4035.inside);
        assertEquals(List.of("Verifying the zone using the following algorithms:", "- RSASHA1", "Zone fully signed:",
                "Algorithm: RSASHA1: KSKs: 1 active, 0 stand-by, 0 revoked",
                "                    ZSKs: 1 active, 0 stand-by, 0 revoked"), r.bindLines());
        // Lint on this 2004 zone: RSASHA1 keys and a SHA-1 DS, as warnings only.
        assertTrue(VerifyFixtures.has(r, "DEPRECATED_ALGORITHM", "example.", "DNSKEY"));
        assertTrue(VerifyFixtures.has(r, "SHA1_DS", "a.example.", "DS"));
    }

    @Test
    void bindSummaryOfTheUriArpaZoneAndItsZonemd() {
        VerifyReport r = VerifyFixtures.verify(VerifyFixtures.Vector.RFC8976_A4.zone(), VerifyFixtures.Vector.RFC8976_A4.inside);
        assertEquals(List.of("Zone fully signed:", "Algorithm: RSASHA256: KSKs: 2 active, 0 stand-by, 0 revoked",
                "                      ZSKs: 1 active, 0 stand-by, 0 revoked"), r.bindSummary());
        assertEquals(Boolean.TRUE, r.zonemdVerified().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void rfc5155ZoneWithItsOptOutDelegationIsValidAndNsec3LintIsReported(int threads) {
        VerifyFixtures.Vector v = VerifyFixtures.Vector.RFC5155;
        VerifyReport r = ZoneVerifier.verify(v.zone(), VerifyOptions.defaults(v.inside).withThreads(threads), 4);
        assertTrue(r.isValid(), r.errors().toString());
        assertTrue(VerifyFixtures.has(r, "NSEC3_ITERATIONS", "example.", "NSEC3PARAM"));
        assertTrue(VerifyFixtures.has(r, "NSEC3_SALT", "example.", "NSEC3PARAM"));
        assertEquals(List.of("- NSEC3RSASHA1"), r.bindAlgorithmLines().subList(1, 2));
    }

    @Test
    void zonemdDigestsOfAppendixA() throws IOException {
        int checked = 0;
        for (String line : Files.readAllLines(TestData.path("vectors/rfc8976/zonemd-expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (!f[3].equals("1") || !(f[4].equals("1") || f[4].equals("2"))) {
                continue;
            }
            String file = f[0].startsWith("a3-") ? "a3-multiple-digests-example.errata-corrected.zone" : f[0];
            dev.signet.core.zone.Zone zone = VerifyFixtures.load(
                    Files.readString(TestData.path("vectors/rfc8976/" + file), java.nio.charset.StandardCharsets.ISO_8859_1),
                    Name.of(f[1]));
            assertEquals(f[5], HexFormat.of().formatHex(ZonemdCheck.digest(zone, Integer.parseInt(f[4]))), line);
            checked++;
        }
        assertEquals(10, checked);
    }

    @Test
    void aZonemdThatNoLongerMatchesIsAWarning() throws IOException {
        String text = Files.readString(TestData.path("vectors/rfc8976/a1-simple-example.zone"), java.nio.charset.StandardCharsets.ISO_8859_1);
        dev.signet.core.zone.Zone good = VerifyFixtures.load(text, Name.of("example."));
        List<Finding> out = new ArrayList<>();
        assertEquals(Boolean.TRUE, ZonemdCheck.check(good, out));
        assertEquals(List.of(), out);
        assertTrue(text.contains("203.0.113.63"), "fixture changed");
        dev.signet.core.zone.Zone bad = VerifyFixtures.load(text.replaceFirst("203\\.0\\.113\\.63", "203.0.113.64"), Name.of("example."));
        assertEquals(Boolean.FALSE, ZonemdCheck.check(bad, out));
        assertEquals("ZONEMD_MISMATCH", out.get(0).code());
        assertFalse(out.get(0).isError());
    }
}

package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The RFC test vectors under testdata/vectors that concern rdata presentation and wire forms. */
class RfcVectorTest {

    private static List<Record> read(String path, Name origin) {
        return ZoneText.records(TestData.path(path), origin).stream().map(ZoneText.Line::record).toList();
    }

    @Test
    void rfc4034NsecExampleHasTheRfcsWireForm() throws IOException {
        List<Record> records = read("vectors/rfc4034/nsec-4.3-example.zone", Name.ROOT);
        assertEquals(1, records.size());
        byte[] expected = HexFormat.of().parseHex(
                Files.readString(TestData.path("vectors/rfc4034/nsec-4.3-rdata.hex")).trim());
        assertArrayEquals(expected, records.get(0).rdata().toWire());
        Nsec nsec = Nsec.from(records.get(0).rdata());
        assertEquals(Name.of("host.example.com."), nsec.nextName());
        assertEquals(List.of(RrType.A, RrType.MX, RrType.RRSIG, RrType.NSEC, RrType.of(1234)), nsec.types().types());
        assertEquals("host.example.com. A MX RRSIG NSEC TYPE1234", RdataCodecs.format(RrType.NSEC, records.get(0).rdata()));
    }

    @Test
    void rfc4034RrsigExampleReadsAndPrints() throws IOException {
        List<Record> records = read("vectors/rfc4034/rrsig-3.3-example.zone", Name.ROOT);
        Rrsig sig = Rrsig.from(records.get(0).rdata());
        assertEquals(RrType.A, sig.typeCovered());
        assertEquals(5, sig.algorithm());
        assertEquals(3, sig.labels());
        assertEquals(86400, sig.originalTtl());
        assertEquals(1048354263L, sig.expiration()); // 2003-03-22 17:31:03 UTC
        assertEquals(1045762263L, sig.inception());  // 2003-02-20 17:31:03 UTC
        assertEquals(2642, sig.keyTag());
        assertEquals(Name.of("example.com."), sig.signerName());
        // As named-compilezone -s full prints it (base64 in 56-character words).
        assertEquals("A 5 3 86400 20030322173103 20030220173103 2642 example.com. "
                + "oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTrPYGv07h108dUKGMeDPKi "
                + "jVCHX3DDKdfb+v6oB9wfuh3DTJXUAfI/M0zmO/zz8bW0Rznl8O3tGNaz "
                + "PwQKkRN20XPXV6nwwfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBzeDQfsS3A p3o=",
                RdataCodecs.format(RrType.RRSIG, records.get(0).rdata()));
    }

    /** Every NSEC3 and NSEC3PARAM of RFC 5155 Appendix A reads, prints (upper case, like BIND) and reads back. */
    @Test
    void rfc5155Nsec3RecordsParseAndFormatBack() throws IOException {
        Path file = TestData.path("vectors/rfc5155/example.signed.oneline.zone");
        List<String> lines = Files.readAllLines(file);
        int nsec3 = 0;
        int params = 0;
        int emptyBitmaps = 0;
        for (ZoneText.Line l : ZoneText.records(file, Name.of("example."))) {
            Record e = l.record();
            String text = RdataCodecs.format(e.type(), e.rdata());
            Rdata back = RdataRoundTripTest.parse(e.type(), text, text);
            assertArrayEquals(e.rdata().toWire(), back.toWire(), text);
            if (e.type().equals(RrType.NSEC3)) {
                nsec3++;
                // The RFC writes base32hex and salt in lower case, BIND (and we) print upper case.
                String written = lines.get(l.line() - 1).split("\\sNSEC3\\s+", 2)[1].trim();
                assertEquals(written.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "), text.toUpperCase(Locale.ROOT));
                Nsec3 n = Nsec3.from(e.rdata());
                assertEquals(1, n.hashAlgorithm());
                assertTrue(n.isOptOut(), "every NSEC3 in RFC 5155 Appendix A has opt-out set");
                assertEquals(12, n.iterations());
                assertArrayEquals(HexFormat.of().parseHex("aabbccdd"), n.salt());
                assertEquals(n.toRdata(), e.rdata());
                if (n.types().isEmpty()) {
                    emptyBitmaps++;
                }
            } else if (e.type().equals(RrType.NSEC3PARAM)) {
                params++;
                assertEquals("1 0 12 AABBCCDD", text);
                assertEquals(Nsec3Param.of(1, 0, 12, HexFormat.of().parseHex("aabbccdd")), Nsec3Param.from(e.rdata()));
            } else if (e.type().equals(RrType.RRSIG)) {
                assertEquals(Rrsig.from(e.rdata()).toRdata(), e.rdata());
            }
        }
        assertEquals(12, nsec3);
        assertEquals(1, params);
        assertEquals(2, emptyBitmaps, "w.example and y.w.example are empty non-terminals");
    }

    @Test
    void rfc5155HashOfNs1IsTheNextOwnerOfTheApexNsec3() throws IOException {
        List<Record> records = read("vectors/rfc5155/example.signed.oneline.zone", Name.of("example."));
        Nsec3 apex = records.stream().filter(e -> e.type().equals(RrType.NSEC3)
                && e.owner().equals(Name.of("0p9mhaveqvm6t7vbl5lop2u3t2rp3tom.example."))).map(e -> Nsec3.from(e.rdata()))
                .findFirst().orElseThrow();
        assertEquals("2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", apex.nextHashedOwnerBase32());
        assertEquals(List.of(RrType.NS, RrType.SOA, RrType.MX, RrType.RRSIG, RrType.DNSKEY, RrType.NSEC3PARAM),
                apex.types().types());
    }

    @Test
    void rfc9276RecommendedParametersReadWithEmptySalt() throws IOException {
        // The artwork has no TTL, which a zone file must give: read it under $TTL 0.
        String artwork = Files.readString(TestData.path("vectors/rfc9276/nsec3param-3.1-example.zone"));
        List<ZoneText.Line> records = ZoneText.records("$TTL 0\n" + artwork, Name.ROOT);
        Nsec3Param p = Nsec3Param.from(records.get(0).record().rdata());
        assertEquals(0, p.iterations());
        assertEquals(0, p.salt().length);
        assertEquals("1 0 0 -", p.toString());
    }

    @Test
    void rfc8976ZonemdRecordsRoundTrip() throws IOException {
        int zonemd = 0;
        for (String f : new String[] {"a1-simple-example.zone", "a2-complex-example.zone",
            "a3-multiple-digests-example.errata-corrected.zone", "a4-uri.arpa.zone", "a5-root-servers.net.zone"}) {
            Name origin = f.startsWith("a4") ? Name.of("uri.arpa.") : f.startsWith("a5") ? Name.of("root-servers.net.")
                    : Name.of("example.");
            for (Record e : read("vectors/rfc8976/" + f, origin)) {
                String text = RdataCodecs.format(e.type(), e.rdata());
                assertArrayEquals(e.rdata().toWire(), RdataRoundTripTest.parse(e.type(), text, f + ": " + text).toWire());
                if (e.type().equals(RrType.ZONEMD)) {
                    zonemd++;
                }
            }
        }
        assertTrue(zonemd >= 6, "expected the RFC 8976 ZONEMD records, found " + zonemd);
    }
}

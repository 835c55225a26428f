package dev.signet.core.zone;

import dev.signet.core.name.Name;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneWriterTest {

    private static final String[] ZONE = {
        "@ 3600 SOA ns1 hostmaster 2024010101 7200 3600 1209600 300",
        "@ 3600 NS ns1",
        "@ 3600 NS ns.sub",
        "ns1 3600 A 192.0.2.1",
        "ns1 3600 AAAA 2001:db8::1",
        "www 300 A 192.0.2.10",
        "www 300 A 192.0.2.2",
        "Www 300 TXT \"hello\"",
        "mail 3600 MX 10 mx.example.net.",
        "alias 3600 CNAME www",
        "sub 3600 NS ns.sub",
        "ns.sub 3600 A 192.0.2.5",
        "averyveryveryveryveryverylonglabelnameforcheck 0 A 1.1.1.1",
        "*.wild 2147483647 TXT \"x\"",
    };

    /** What named-compilezone 9.18.49 -s full -o - printed for the same zone, byte for byte. */
    private static final String BIND_FULL = String.join("\n",
            "example.com.\t\t\t\t      3600 IN SOA\tns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300",
            "example.com.\t\t\t\t      3600 IN NS\tns.sub.example.com.",
            "example.com.\t\t\t\t      3600 IN NS\tns1.example.com.",
            "alias.example.com.\t\t\t      3600 IN CNAME\twww.example.com.",
            "averyveryveryveryveryverylonglabelnameforcheck.example.com. 0 IN A 1.1.1.1",
            "mail.example.com.\t\t\t      3600 IN MX\t10 mx.example.net.",
            "ns1.example.com.\t\t\t      3600 IN A\t\t192.0.2.1",
            "ns1.example.com.\t\t\t      3600 IN AAAA\t2001:db8::1",
            "sub.example.com.\t\t\t      3600 IN NS\tns.sub.example.com.",
            "ns.sub.example.com.\t\t\t      3600 IN A\t\t192.0.2.5",
            "*.wild.example.com.\t\t\t      2147483647 IN TXT\t\"x\"",
            "www.example.com.\t\t\t      300 IN A\t\t192.0.2.2",
            "www.example.com.\t\t\t      300 IN A\t\t192.0.2.10",
            "Www.example.com.\t\t\t      300 IN TXT\t\"hello\"") + "\n";

    private static String write(ZoneWriter.Style style) throws IOException {
        Zone z = TestRecords.zone(ZONE);
        StringWriter sw = new StringWriter();
        ZoneWriter w = new ZoneWriter(style, sw, z.apex());
        w.write(z);
        w.flush();
        return sw.toString();
    }

    @Test
    void fullStyleIsBindsLayoutByteForByte() throws IOException {
        assertEquals(BIND_FULL, write(ZoneWriter.Style.FULL));
    }

    /**
     * Signed data as named-compilezone 9.18.49 -s full prints it: the NSEC3 chain (records and
     * their signatures) after everything else, and a "; resign=" line with the earliest
     * expiration after each signature set. The relative style has no resign lines.
     */
    @Test
    void nsec3ChainLastAndResignLinesAsBindPrintsThem() throws IOException {
        String hashed = "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom";
        Zone z = TestRecords.zone("@ 300 SOA ns hm 1 2 3 4 5", "@ 300 NS ns", "ns 300 A 192.0.2.1",
                hashed + " 300 NSEC3 1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR A",
                hashed + " 300 RRSIG NSEC3 13 3 300 20300101000000 20200101000000 1 example.com. AQID",
                hashed + " 300 TXT \"other\"",
                hashed + " 300 RRSIG TXT 13 3 300 20300101000000 20200101000000 1 example.com. AQID",
                "zz 300 A 192.0.2.2",
                "zz 300 RRSIG A 13 2 300 20300101000000 20200101000000 1 example.com. AQID",
                "zz 300 RRSIG A 13 2 300 20290101000000 20200101000000 2 example.com. AQID");
        StringWriter sw = new StringWriter();
        new ZoneWriter(ZoneWriter.Style.FULL, sw, z.apex()).write(z);
        String bind = String.join("\n",
                "example.com.\t\t\t\t      300 IN SOA\tns.example.com. hm.example.com. 1 2 3 4 5",
                "example.com.\t\t\t\t      300 IN NS\t\tns.example.com.",
                hashed + ".example.com. 300 IN TXT\t\"other\"",
                hashed + ".example.com. 300 IN RRSIG\tTXT 13 3 300 20300101000000 20200101000000 1 example.com. AQID",
                "; resign=20300101000000",
                "ns.example.com.\t\t\t\t      300 IN A\t\t192.0.2.1",
                "zz.example.com.\t\t\t\t      300 IN A\t\t192.0.2.2",
                "zz.example.com.\t\t\t\t      300 IN RRSIG\tA 13 2 300 20290101000000 20200101000000 2 example.com. AQID",
                "zz.example.com.\t\t\t\t      300 IN RRSIG\tA 13 2 300 20300101000000 20200101000000 1 example.com. AQID",
                "; resign=20290101000000",
                hashed + ".example.com. 300 IN NSEC3\t1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR A",
                hashed + ".example.com. 300 IN RRSIG\tNSEC3 13 3 300 20300101000000 20200101000000 1 example.com. AQID",
                "; resign=20300101000000") + "\n";
        assertEquals(bind, sw.toString());
        StringWriter relative = new StringWriter();
        new ZoneWriter(ZoneWriter.Style.RELATIVE, relative, z.apex()).write(z);
        assertFalse(relative.toString().contains("resign"));
        assertTrue(relative.toString().endsWith("RRSIG\tNSEC3 13 3 300 20300101000000 20200101000000 1 example.com. AQID\n"),
                relative.toString());
    }

    @Test
    void tabsAndSpacesFollowBindsIndentRule() throws IOException {
        // A TTL ending at column 47 is followed by a tab (to 48), not a space; named-compilezone
        // 9.18.49 printed these lines for the same records.
        Zone z = TestRecords.zone("@ 0 SOA ns1 hm 1 2 3 4 5", "@ 0 NS ns1");
        StringWriter sw = new StringWriter();
        new ZoneWriter(ZoneWriter.Style.FULL, sw, z.apex()).write(z);
        assertEquals("example.com.\t\t\t\t      0\tIN SOA\t\tns1.example.com. hm.example.com. 1 2 3 4 5\n"
                + "example.com.\t\t\t\t      0\tIN NS\t\tns1.example.com.\n", sw.toString());
    }

    @Test
    void relativeStyleUsesOriginTtlDirectivesAndBlankRepeatedOwners() throws IOException {
        String expected = String.join("\n",
                "$ORIGIN example.com.",
                "$TTL 3600",
                "@\t\t\tSOA\tns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300",
                "\t\t\tNS\tns.sub.example.com.",
                "\t\t\tNS\tns1.example.com.",
                "alias\t\t\tCNAME\twww.example.com.",
                "$TTL 0",
                "averyveryveryveryveryverylonglabelnameforcheck A 1.1.1.1",
                "$TTL 3600",
                "mail\t\t\tMX\t10 mx.example.net.",
                "ns1\t\t\tA\t192.0.2.1",
                "\t\t\tAAAA\t2001:db8::1",
                "sub\t\t\tNS\tns.sub.example.com.",
                "ns.sub\t\t\tA\t192.0.2.5",
                "$TTL 2147483647",
                "*.wild\t\t\tTXT\t\"x\"",
                "$TTL 300",
                "www\t\t\tA\t192.0.2.2",
                "\t\t\tA\t192.0.2.10",
                "\t\t\tTXT\t\"hello\"") + "\n";
        assertEquals(expected, write(ZoneWriter.Style.RELATIVE));
    }

    @Test
    void styleNamesAreBinds() {
        assertEquals(ZoneWriter.Style.FULL, ZoneWriter.Style.parse("full"));
        assertEquals(ZoneWriter.Style.RELATIVE, ZoneWriter.Style.parse("RELATIVE"));
        assertThrows(IllegalArgumentException.class, () -> ZoneWriter.Style.parse("text"));
        assertEquals("example.com.", TestRecords.ORIGIN.toString());
        assertEquals(Name.ROOT, Name.of("."));
    }
}

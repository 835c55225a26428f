package dev.signet.core.zone;

import dev.signet.core.rr.RrClass;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static dev.signet.core.zone.CheckOptions.Mode.FAIL;
import static dev.signet.core.zone.CheckOptions.Mode.IGNORE;
import static dev.signet.core.zone.CheckOptions.Mode.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * named-checkzone's rules. Every expectation here is what BIND 9.18.49's named-checkzone (or
 * named-compilezone, for its defaults) printed for the same records: same lines, same text, same
 * verdict. Findings print as "line message" for errors and "line warning: message" for warnings.
 * The head stands where BIND's runs had $TTL, SOA, NS and an address: line numbers are BIND's.
 */
class NamedCheckzoneRulesTest {

    private static final String[] HEAD = {
        "@ 3600 SOA ns1 hm 1 2 3 4 5",
        "@ 3600 NS ns1",
        "ns1 3600 A 1.2.3.4",
        "ns1 3600 AAAA 2001:db8::1",
    };

    private ZoneLoader.Result result;

    private List<String> load(CheckOptions options, String... body) {
        String[] all = new String[HEAD.length + body.length];
        System.arraycopy(HEAD, 0, all, 0, HEAD.length);
        System.arraycopy(body, 0, all, HEAD.length, body.length);
        return loadExactly(options, all);
    }

    private List<String> loadExactly(CheckOptions options, String... lines) {
        ZoneLoading loading = new ZoneLoading(TestRecords.ORIGIN, RrClass.IN, options, "db");
        for (int i = 0; i < lines.length; i++) {
            loading.add(TestRecords.rr(lines[i]), "db", i + 1);
        }
        result = loading.finish();
        return result.diagnostics().stream()
                .map(d -> (d.line() > 0 ? d.line() + " " : "") + (d.isError() ? "" : "warning: ") + d.message())
                .collect(Collectors.toList());
    }

    private static CheckOptions checkzone() {
        return CheckOptions.checkzoneDefaults();
    }

    private static CheckOptions with(CheckOptions.Integrity integrity, CheckOptions.Mode mx, CheckOptions.Mode mxCname) {
        CheckOptions d = CheckOptions.checkzoneDefaults();
        return new CheckOptions(d.checkNames(), mx, mxCname, d.nsAddress(), d.srvCname(), integrity,
                d.nonTerminalWildcard(), d.spf(), d.maxTtl());
    }

    @Test
    void ownerNamesOfAddressAndMxRecordsMustBeHostNames() {
        List<String> got = load(checkzone(),
                "o_a 3600 A 1.1.1.1", "o_b 3600 AAAA ::1", "o_c 3600 TXT x", "o_d 3600 MX 1 ns1",
                "o_e 3600 NS ns1", "o_f 3600 CNAME ns1", "*.o_m 3600 A 1.1.1.1", "-x 3600 A 1.1.1.1",
                "x- 3600 A 1.1.1.1", "1x 3600 A 1.1.1.1", "x--y 3600 A 1.1.1.1", "a\\.b 3600 A 1.1.1.1",
                "x.*.y 3600 AAAA ::1");
        assertEquals(List.of(
                "5 warning: o_a.example.com: bad owner name (check-names)",
                "6 warning: o_b.example.com: bad owner name (check-names)",
                "8 warning: o_d.example.com: bad owner name (check-names)",
                "11 warning: *.o_m.example.com: bad owner name (check-names)",
                "12 warning: -x.example.com: bad owner name (check-names)",
                "13 warning: x-.example.com: bad owner name (check-names)",
                "16 warning: a\\.b.example.com: bad owner name (check-names)",
                "17 warning: ownername 'x.*.y.example.com' contains an non-terminal wildcard",
                "17 warning: x.*.y.example.com: bad owner name (check-names)"), got);
        assertTrue(result.loaded());
    }

    @Test
    void targetsThatMustBeHostNames() {
        List<String> got = load(with(CheckOptions.Integrity.NONE, WARN, WARN),
                "r3 3600 AFSDB 1 a_b", "r4 3600 RT 1 a_b", "r5 3600 KX 1 a_b", "r6 3600 PTR a_b",
                "4.3.2.1.in-addr.arpa.example.com. 3600 PTR a_b", "r11 3600 CNAME a_b", "r12 3600 DNAME a_b",
                "r14 3600 MX 1 *.x", "r15 3600 NS *.x", "r17 3600 MX 1 -a");
        assertEquals(List.of(
                "5 warning: a_b.example.com: bad name (check-names)",
                "6 warning: a_b.example.com: bad name (check-names)",
                "12 warning: *.x.example.com: bad name (check-names)",
                "13 warning: *.x.example.com: bad name (check-names)",
                "14 warning: -a.example.com: bad name (check-names)"), got);
    }

    @Test
    void soaNamesAndReverseZonePtr() {
        assertEquals(List.of("1 warning: n_s.example.com: bad name (check-names)"),
                loadExactly(checkzone(), "@ 3600 SOA n_s h_m 1 2 3 4 5", "@ 3600 NS ns1", "ns1 3600 A 1.2.3.4"));
        assertEquals(List.of(), loadExactly(checkzone(), "@ 3600 SOA ns h\\.m.x 1 2 3 4 5", "@ 3600 NS ns1", "ns1 3600 A 1.2.3.4"));
        assertEquals(List.of("1 warning: h.m_x.example.com: bad name (check-names)"),
                loadExactly(checkzone(), "@ 3600 SOA ns h.m_x 1 2 3 4 5", "@ 3600 NS ns1", "ns1 3600 A 1.2.3.4"));
        ZoneLoading reverse = new ZoneLoading(dev.signet.core.name.Name.of("2.0.192.in-addr.arpa."), RrClass.IN, checkzone(), "db");
        reverse.add(TestRecords.rr("1.2.0.192.in-addr.arpa. 300 PTR a_b.example."), "db", 1);
        assertEquals("a_b.example: bad name (check-names)", reverse.finish().diagnostics().get(0).message());
    }

    @Test
    void compilezoneFailsOnBadNamesAndIgnoreSilencesThem() {
        List<String> got = load(CheckOptions.compilezoneDefaults(), "a_b 3600 A 1.1.1.1", "c 3600 MX 1 x_y");
        assertEquals(List.of("5 a_b.example.com: bad owner name (check-names)", "6 x_y.example.com: bad name (check-names)"), got);
        assertFalse(result.loaded());
        CheckOptions d = checkzone();
        CheckOptions ignore = new CheckOptions(IGNORE, d.mxAddress(), d.mxCname(), d.nsAddress(), d.srvCname(),
                CheckOptions.Integrity.NONE, d.nonTerminalWildcard(), d.spf(), d.maxTtl());
        assertEquals(List.of(), load(ignore, "a_b 3600 A 1.1.1.1", "c 3600 MX 1 x_y"));
    }

    @Test
    void nsec3OwnersMustBeHashesEvenWhenCheckNamesOnlyWarns() {
        String nsec3 = " 3600 NSEC3 1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR";
        assertEquals(List.of("5 ab.example.com: bad owner name (check-names)"),
                load(with(CheckOptions.Integrity.NONE, WARN, WARN), "ab" + nsec3, "ac" + nsec3, "abcde" + nsec3, "ac.x" + nsec3));
        assertFalse(result.loaded());
    }

    @Test
    void targetsWrittenAsAddresses() {
        List<String> got = load(with(CheckOptions.Integrity.NONE, WARN, WARN),
                "a 3600 MX 10 1.2.3.4", "b 3600 MX 10 1.2.3.4.", "sub 3600 NS 1.2.3.4", "sub 3600 NS 1.2.3.4.",
                "sub2 3600 NS 1.2.3.4.in-addr.arpa.", "c 3600 MX 10 ::1", "e 3600 MX 10 1.2.3", "f 3600 MX 10 01.2.3.4");
        assertEquals(List.of(
                "5 warning: '1.2.3.4': MX is an address",
                "6 warning: '1.2.3.4.': MX is an address",
                "7 warning: NS record '1.2.3.4' appears to be an address",
                "8 warning: NS record '1.2.3.4.' appears to be an address",
                "10 warning: '::1': MX is an address",
                "10 warning: ::1.example.com: bad name (check-names)"), got);
        assertTrue(result.loaded());
        load(CheckOptions.compilezoneDefaults(), "sub 3600 NS 1.2.3.4");
        assertFalse(result.loaded(), "named-compilezone's -n defaults to fail");
    }

    @Test
    void maxTtl() {
        CheckOptions d = checkzone();
        CheckOptions limited = new CheckOptions(d.checkNames(), d.mxAddress(), d.mxCname(), d.nsAddress(), d.srvCname(),
                d.integrity(), d.nonTerminalWildcard(), d.spf(), 300);
        assertEquals(List.of("1 TTL 3600 exceeds configured max-zone-ttl 300"),
                loadExactly(limited, "@ 3600 SOA ns1 hm 1 2 3 4 5", "@ 300 NS ns1", "ns1 300 A 1.2.3.4").subList(0, 1));
        assertFalse(result.loaded());
    }

    @Test
    void apexNsTargetsAreAlwaysCheckedAndFatal() {
        assertEquals(List.of("NS 'ns2.example.com' has no address records (A or AAAA)"),
                load(with(CheckOptions.Integrity.NONE, WARN, WARN), "@ 3600 NS ns2"));
        assertFalse(result.loaded());
        assertEquals(List.of("NS 'ns2.example.com' is a CNAME (illegal)"), load(checkzone(), "@ 3600 NS ns2", "ns2 3600 CNAME ns1"));
        assertEquals(List.of("NS 'x.d.example.com' is below a DNAME 'd.example.com' (illegal)"),
                load(checkzone(), "@ 3600 NS x.d", "d 3600 DNAME example.net."));
        assertEquals(List.of(), load(checkzone(), "@ 3600 NS ns.sub", "sub 3600 NS ns.sub", "ns.sub 3600 A 192.0.2.1"));
        assertNotNull(result.zone());
        assertEquals(1, result.zone().serial());
    }

    @Test
    void soaAndNsCounts() {
        assertEquals(List.of("NS 'ns2.example.com' has no address records (A or AAAA)", "has 0 SOA records"),
                loadExactly(checkzone(), "@ 3600 NS ns2", "a 3600 MX 1 nomx"));
        assertEquals(List.of("has 0 SOA records", "has no NS records"), loadExactly(checkzone(), "a 3600 A 1.1.1.1"));
        assertNull(result.zone());
        assertEquals("SOA_COUNT", result.firstError().code());
    }

    @Test
    void delegationsNeedGlueButOnlyWarn() {
        List<String> got = load(checkzone(), "sub 3600 NS ns.sub", "sub 3600 NS ns2", "sub2 3600 NS ns.sub");
        assertEquals(List.of(
                "warning: sub.example.com/NS 'ns.sub.example.com' has no REQUIRED GLUE address records (A or AAAA)",
                "warning: sub.example.com/NS 'ns2.example.com' has no address records (A or AAAA)",
                "warning: sub2.example.com/NS 'ns.sub.example.com' has no SIBLING GLUE address records (A or AAAA)"), got);
        assertTrue(result.loaded());
        got = load(with(CheckOptions.Integrity.LOCAL_SIBLING, WARN, WARN), "sub 3600 NS ns.sub", "sub2 3600 NS ns.sub");
        assertEquals(List.of("warning: sub.example.com/NS 'ns.sub.example.com' has no REQUIRED GLUE address records (A or AAAA)"), got);
        assertEquals(List.of(), load(checkzone(), "sub 3600 NS ns.sub", "ns.sub 3600 AAAA 2001:db8::2"));
    }

    @Test
    void mxAndSrvTargets() {
        List<String> got = load(checkzone(),
                "a 3600 MX 10 mx", "mx 3600 CNAME ns1", "b 3600 MX 10 y.d", "d 3600 DNAME z.example.net.",
                "_s._tcp 3600 SRV \\# 22 000100010001026d78076578616d706c6503636f6d00",
                "_t._tcp 3600 SRV \\# 24 000100010001046e6f6e65076578616d706c6503636f6d00",
                "_v._tcp 3600 SRV \\# 7 00010001000100", "c 3600 MX 0 .", "w 3600 MX 1 x.wild", "*.wild 3600 A 1.1.1.1",
                "e 3600 MX 1 e.sub", "sub 3600 NS ns.sub", "ns.sub 3600 A 1.1.1.1");
        assertEquals(List.of(
                "warning: _s._tcp.example.com/SRV 'mx.example.com' is a CNAME (illegal)",
                "warning: _t._tcp.example.com/SRV 'none.example.com' has no address records (A or AAAA)",
                "warning: a.example.com/MX 'mx.example.com' is a CNAME (illegal)",
                "warning: b.example.com/MX 'y.d.example.com' is below a DNAME 'd.example.com' (illegal)"), got);
    }

    @Test
    void mxModesDecideWhatIsFatal() {
        String[] body = {"a 3600 MX 1 nomx", "sub 3600 NS ns.sub", "b 3600 MX 1 c", "c 3600 CNAME ns1"};
        assertEquals(List.of(), load(with(CheckOptions.Integrity.NONE, WARN, WARN), body));
        assertTrue(result.loaded());
        List<String> local = load(with(CheckOptions.Integrity.LOCAL, WARN, WARN), body);
        assertEquals(List.of(
                "warning: a.example.com/MX 'nomx.example.com' has no address records (A or AAAA)",
                "warning: b.example.com/MX 'c.example.com' is a CNAME (illegal)",
                "warning: sub.example.com/NS 'ns.sub.example.com' has no REQUIRED GLUE address records (A or AAAA)"), local);
        assertTrue(result.loaded());
        assertEquals("a.example.com/MX 'nomx.example.com' has no address records (A or AAAA)",
                load(with(CheckOptions.Integrity.LOCAL, FAIL, WARN), body).get(0));
        assertFalse(result.loaded());
        assertEquals("b.example.com/MX 'c.example.com' is a CNAME (illegal)",
                load(with(CheckOptions.Integrity.LOCAL, WARN, FAIL), body).get(1));
        assertFalse(result.loaded());
        assertEquals(2, load(with(CheckOptions.Integrity.LOCAL, WARN, IGNORE), body).size());
        assertTrue(result.loaded());
    }

    @Test
    void spfNeedsAnSpfTxtRecord() {
        // BIND joins the TXT strings without spaces: "v=spf1" "-all" is not SPF, "v=" "spf1" is.
        List<String> got = load(checkzone(), "s 3600 SPF \"v=spf1\"", "t 3600 SPF \"v=spf1\"", "t 3600 TXT \"v=spf1\"",
                "u 3600 SPF \"v=spf1\"", "u 3600 TXT \"v=spf1x\"", "v 3600 SPF \"v=spf1\"", "v 3600 TXT \"v=spf1\" \"-all\"",
                "x 3600 SPF \"v=spf1\"", "x 3600 TXT \"v=\" \"spf1\"", "r14 3600 MX 1 *.x", "r15 3600 NS *.x");
        assertEquals(List.of(
                "14 warning: *.x.example.com: bad name (check-names)",
                "15 warning: *.x.example.com: bad name (check-names)",
                "warning: r14.example.com/MX '*.x.example.com' has no address records (A or AAAA)",
                "warning: r15.example.com/NS '*.x.example.com' has no address records (A or AAAA)",
                "warning: 's.example.com' found type SPF record but no SPF TXT record found, add matching type TXT record",
                "warning: 'u.example.com' found type SPF record but no SPF TXT record found, add matching type TXT record",
                "warning: 'v.example.com' found type SPF record but no SPF TXT record found, add matching type TXT record"), got);
    }

    @Test
    void loadErrorsStopBeforeIntegrityChecks() {
        List<String> got = load(checkzone(), "a 3600 CNAME x", "a 3600 TXT y", "b 3600 MX 1 nomx");
        assertEquals(List.of("6 a.example.com: CNAME and other data"), got);
        assertFalse(result.loaded());
    }
}

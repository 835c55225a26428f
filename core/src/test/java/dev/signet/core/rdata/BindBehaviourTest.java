package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input forms whose reading BIND 9.18 decides, each checked once with named-compilezone while
 * writing the codecs (the output column is what BIND printed). The interop tests cover the
 * printing side in bulk; these pin down defaults, rounding and rejections.
 */
class BindBehaviourTest {

    private static final Name ORIGIN = Name.of("example.com.");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = " | ", value = {
        // LOC defaults, rounding to one significant digit, optional fields and signs
        "LOC | 1 N 1 E 0 0.5m 0.09m 0 | 1 0 0.000 N 1 0 0.000 E 0.00m 0.50m 0.09m 0.00m",
        "LOC | 1 N 1 E 0 0.11 0.1 0.01 | 1 0 0.000 N 1 0 0.000 E 0.00m 0.10m 0.10m 0.01m",
        "LOC | 1 N 1 E 0 12345678 99 1.5 | 1 0 0.000 N 1 0 0.000 E 0.00m 10000000m 90m 1m",
        "LOC | 1 N 1 E -0.05 | 1 0 0.000 N 1 0 0.000 E -0.05m 1m 10000m 10m",
        "LOC | 1 2 3. N 1 E 1 | 1 2 3.000 N 1 0 0.000 E 1.00m 1m 10000m 10m",
        "LOC | 1 N 1 E +1 | 1 0 0.000 N 1 0 0.000 E 1.00m 1m 10000m 10m",
        "LOC | 1 1 +1 N 1 E 1 | 1 1 1.000 N 1 0 0.000 E 1.00m 1m 10000m 10m",
        "LOC | 1 0 -0 N 1 E 1 | 1 0 0.000 N 1 0 0.000 E 1.00m 1m 10000m 10m",
        "LOC | 1 N 1 E -+5 | 1 0 0.000 N 1 0 0.000 E -5.00m 1m 10000m 10m",
        "LOC | 1 N 1 E .5 | 1 0 0.000 N 1 0 0.000 E 0.50m 1m 10000m 10m",
        "LOC | 001 N 1 E 1 0010 | 1 0 0.000 N 1 0 0.000 E 1.00m 10m 10000m 10m",
        "LOC | 1 N 1 E 5 -0 | 1 0 0.000 N 1 0 0.000 E 5.00m 0.00m 10000m 10m",
        "LOC | 90 0 0 N 180 0 0.000 W 1 | 90 0 0.000 N 180 0 0.000 W 1.00m 1m 10000m 10m",
        // RRSIG: mnemonic algorithms, plain-decimal and 14-digit times, second 60 rolls over
        "RRSIG | a RSASHA256 2 3600 20300101000000 20200101000000 1 . AQID | A 8 2 3600 20300101000000 20200101000000 1 . AQID",
        "RRSIG | A ECDSA256 2 3600 20300101235960 0005 1 . AQ== | A 13 2 3600 20300102000000 19700101000005 1 . AQ==",
        "RRSIG | A 8 2 3600 20300101 20200101000000 1 . AQI D | A 8 2 3600 19700823225501 20200101000000 1 . AQID",
        "RRSIG | TYPE1 8 2 03600 20280229000000 20200101000000 01 @ AQID | A 8 2 3600 20280229000000 20200101000000 1 example.com. AQID",
        // SVCB/HTTPS: sorting, mandatory, keyNNNNN, escapes, dohpath printed as key7
        "HTTPS | 1 . port=53 mandatory=port | 1 . mandatory=port port=53",
        "HTTPS | 1 . key3=53 | 1 . port=13619",
        "HTTPS | 1 . key1=\\002h2 | 1 . alpn=\"h2\"",
        "HTTPS | 1 . mandatory=ALPN alpn=h2 | 1 . mandatory=alpn alpn=\"h2\"",
        "HTTPS | 1 . alpn=h2\\,h3 | 1 . alpn=\"h2,h3\"",
        "HTTPS | 1 . alpn=h2\\\\,h3 | 1 . alpn=\"h2\\\\,h3\"",
        "HTTPS | 1 . alpn=a\\\\b | 1 . alpn=\"ab\"",
        "HTTPS | 1 . key9=a,b\\,c | 1 . key9=\"a,b,c\"",
        "HTTPS | 1 . port=00053 key65535= ech= | 1 . port=53 ech key65535",
        "HTTPS | 0 . alpn=h2 | 0 . alpn=\"h2\"",
        "HTTPS | 1 . dohpath=/q{?dns} | 1 . key7=\"/q{?dns}\"",
        "HTTPS | 1 . alpn=x key2= | 1 . alpn=\"x\" no-default-alpn",
        "HTTPS | 1 . ipv6hint=::1.2.171.205,::1 | 1 . ipv6hint=::1.2.171.205,::1",
        // assorted
        "NSEC | a a ns TYPE65535 TYPE0 | a.example.com. TYPE0 A NS TYPE65535",
        "NSEC | a ANY OPT AXFR IXFR TSIG TKEY MAILA MAILB | a.example.com. OPT TKEY TSIG IXFR AXFR MAILB MAILA ANY",
        "NSEC3 | 2 0 0 - 2t7b4g0 | 2 0 0 - 2T7B4G0",
        "NSEC3PARAM | 1 0 0 00 | 1 0 0 00",
        "SSHFP | 1 1 dd465c09cfa51fb45020c c83316fff21b9ec74ac | 1 1 DD465C09CFA51FB45020CC83316FFF21B9EC74AC",
        "OPENPGPKEY | AQ= = | AQ==",
        "OPENPGPKEY | aqid | aqid",
        "CAA | 0 issue a\\ b | 0 issue \"a b\"",
        "CAA | 0 Issue \"x\" | 0 Issue \"x\"",
        "TXT | \"\\;\" \\; | \";\" \";\"",
        "AAAA | ::1:0 | ::0.1.0.0",
        "AAAA | ::ffff | ::ffff",
        "AAAA | 1:0:0:1:0:0:1:1 | 1::1:0:0:1:1",
        "EUI48 | 1-2-3-4-5-A | 01-02-03-04-05-0a",
        "NID | 10 0014:4fff:ff20:ee64 | 10 14:4fff:ff20:ee64",
        "NAPTR | 1 1 \"\" \"\" \"!(a)!\\\\1!\" . | 1 1 \"\" \"\" \"!(a)!\\\\1!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!a{3,}!b!\" . | 1 1 \"\" \"\" \"!a{3,}!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"![]a]!b!\" . | 1 1 \"\" \"\" \"![]a]!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!()!b!\" . | 1 1 \"\" \"\" \"!()!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"![[.a.]-z]!b!\" . | 1 1 \"\" \"\" \"![[.a.]-z]!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!a\\\\!b!b!\" . | 1 1 \"\" \"\" \"!a\\\\!b!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!a!\\\\!b!\" . | 1 1 \"\" \"\" \"!a!\\\\!b!\" .",
    })
    void readsAndPrintsLikeBind(String type, String input, String bindPrints) {
        Rdata r = RdataRoundTripTest.parse(RrType.parse(type), input, type + " " + input);
        assertEquals(bindPrints, RdataCodecs.format(RrType.parse(type), r));
    }

    /**
     * Through the zone parser a quoted SvcParamValue arrives as a word {@code key=} and a quoted
     * word right after it (its tokenizer ends words at quotes), and reads as BIND reads it.
     */
    @Test
    void quotedSvcParamValuesFromAZoneFile() {
        Record r = ZoneText.record("HTTPS", "1 . alpn=\"h2,h3\" port=\"8443\"", ORIGIN);
        assertEquals("1 . alpn=\"h2,h3\" port=8443", RdataCodecs.format(RrType.HTTPS, r.rdata()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = " | ", value = {
        "A | 01.2.3.4", "A | 1.2.3", "AAAA | ::1.2.3.04",
        "LOC | 1 n 1 e 1", "LOC | 1 2 3.4567 N 1 E 1", "LOC | 91 N 1 E 1", "LOC | 90 1 N 1 E 1",
        "LOC | 1 N 1 E 42849672.96", "LOC | 1 N 1 E -100000.01", "LOC | 1 -1 N 1 E 1", "LOC | 1 0 -1 N 1 E 1",
        "LOC | 1 N 1 E 1 1.234", "LOC | 1 N 1 E 1 90000001", "LOC | 1 N 1 E m", "LOC | 1 N 1 E 1 .",
        "LOC | 1 N 1 E 1 5mm", "LOC | 90 0 0.001 N 1 E 1",
        "RRSIG | A 8 2 1h 20300101000000 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 2030010100000 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 20300229000000 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 20300101240000 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 4294967296 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 +5 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 20300101000000 20200101000000 1 sub.example.com. AQID",
        "RRSIG | A 8 2 3600 20300101000000 20200101000000 1 example.com.",
        "RRSIG | A GOST 2 3600 20300101000000 20200101000000 1 . AQID",
        "RRSIG | A 8 2 3600 20300101000000 20200101000000 1 . AQID=",
        "NSEC | a", "NSEC | a \"A\"",
        "NSEC3 | 1 0 0 - 2t7b4g4v", "NSEC3 | 2 0 0 - 2t", "NSEC3 | 2 0 0 - wx", "NSEC3 | 2 0 0 - 2s==",
        "NSEC3 | 1 0 0 a 2t7b4g4vsa5smi47k61mv5bv1a22bojr", "NSEC3 | 1 0 0 \"\" 2t7b4g4vsa5smi47k61mv5bv1a22bojr",
        "NSEC3PARAM | 1 0 0", "NSEC3PARAM | 1 0 65536 -",
        "SSHFP | 1 1 dd465c09cfa51fb45020cc83316fff21b9ec74a", "SSHFP | 1 2 ab", "SSHFP | 1 3 \"ab\"",
        "TLSA | 3 1 1", "TLSA | 3 1 1 -", "TLSA | 3 1 1 a",
        "OPENPGPKEY | AQ", "OPENPGPKEY | AQ=I", "OPENPGPKEY | ====", "OPENPGPKEY | AR==", "OPENPGPKEY | AQJ=",
        "OPENPGPKEY | \"AQID\"",
        "ZONEMD | 1 1 1 00", "ZONEMD | 1 1 3 000102030405060708090a", "ZONEMD | 1 1 2 000102030405060708090a0b",
        "CAA | 0 is-sue \"x\"", "CAA | 0 \"issue\" \"x\"", "CAA | 256 issue \"x\"", "CAA | 0 issue",
        "URI | 1 1 noquote", "URI | 1 1",
        "NAPTR | 1 1 \"\" \"\" \"abc\" .", "NAPTR | 1 1 \"\" \"\" \"!a!\\\\1!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!a!b\" .", "NAPTR | 1 1 \"\" \"\" \"!a!b!x\" .",
        "NAPTR | 1 1 \"\" \"\" \"1a1b1\" .", "NAPTR | 1 1 \"\" \"\" \"!(a!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!a**!b!\" .", "NAPTR | 1 1 \"\" \"\" \"![z-a]!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"![[:foo:]]!b!\" .", "NAPTR | 1 1 \"\" \"\" \"!a{3,2}!b!\" .",
        "NAPTR | 1 1 \"\" \"\" \"!(a|)!b!\" .", "NAPTR | 1 1 \"\" \"\" \"!a|*!b!\" .", "NAPTR | 1 1 \"\" \"\" \"!^*!b!\" .",
        "HTTPS | 1 . key0=\"\\000\\001\"", "HTTPS | 1 . mandatory=key1", "HTTPS | 1 . key7=abc",
        "HTTPS | 1 . alpn=h2 mandatory=port", "HTTPS | 1 . no-default-alpn", "HTTPS | 1 . alpn=",
        "HTTPS | 1 . alpn=h2 key1=\\002h3", "HTTPS | 1 . dohpath=/abc", "HTTPS | 1 . KEY9=a",
        "HTTPS | 1 . ALPN=h2", "HTTPS | 1 . key00009=a", "HTTPS | 1 . alpn=h2,", "HTTPS | 1 . alpn=,h2",
        "HTTPS | 1 . mandatory=alpn,alpn alpn=h2", "HTTPS | 1 . mandatory=key0 alpn=h2", "HTTPS | 1 . port=",
        "HTTPS | 1 . port=+5", "HTTPS | 1 . port=65536", "HTTPS | 1 . ipv4hint=1.2.3.4,",
        "HTTPS | 1 . ipv4hint=01.2.3.4", "HTTPS | 1 . ipv6hint=::1,1.2.3.4", "HTTPS | 1 . ech=AQ",
        "HTTPS | 1 . ech=AQ==AQ==", "HTTPS | 1 . alpn=a\\\\", "HTTPS | 1 . key65536=", "HTTPS | 1 . foo=bar",
        "HTTPS | 1 . key6=", "HTTPS | 1 . key2=a", "HTTPS | 1 . \"alpn=h2\"", "HTTPS | 1 . key9=\"a\"b",
        "EUI48 | 01:02:03:04:05:06", "L64 | 10 1:2:3", "L64 | 10 12345:2:3:4",
    })
    void rejectsWhatBindRejects(String type, String input) {
        assertThrows(TextException.class, () -> ZoneText.record(type, input, ORIGIN), type + " " + input);
    }
}

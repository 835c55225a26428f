package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.text.TokenSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNSKEY/CDNSKEY and DS/CDS presentation format, checked against what BIND 9.18
 * ({@code named-checkzone -D}) accepts, rejects and prints.
 */
class DnssecKeyCodecsTest {

    private static Rdata parse(RrType type, String text) {
        return RdataCodecs.parse(type, TokenSource.of(1, text.trim().split("\\s+")), Name.ROOT);
    }

    private static String code(RrType type, String text) {
        return assertThrows(TextException.class, () -> parse(type, text)).code();
    }

    /** BIND's single-line output: base64 and hex cut into 56-character chunks. */
    @Test
    void printsLikeBind() {
        String key = "AwEAAa2m5+/gZsHd51p4WRVbmznBBhjM4C3tehMD8os9NwTqqSB1Z19R d5p2YxpXFnrB17HQ4wat2Pcj+okpvMS+"
                + "GT6vBqyMBJ+kPmqPc6ubV3wr bai/K+2vBdf9LAWhnOORb9KB0EPSotLwG/fuSyZSILgtjq4pSZ5o9rDb QaOXzKA3";
        Rdata k = parse(RrType.DNSKEY, "256 3 8 " + key.replace(" ", ""));
        assertEquals("256 3 8 AwEAAa2m5+/gZsHd51p4WRVbmznBBhjM4C3tehMD8os9NwTqqSB1Z19R d5p2YxpXFnrB17HQ4wat2Pcj+okpvMS+GT6vBqyMBJ+kPmqPc6ubV3wr"
                + " bai/K+2vBdf9LAWhnOORb9KB0EPSotLwG/fuSyZSILgtjq4pSZ5o9rDb QaOXzKA3", RdataCodecs.format(RrType.DNSKEY, k));
        Rdata ds = parse(RrType.DS, "60485 5 2 d4b7d520e7bb5f0f67674a0cceb1e3e0614b93c4f9e99b8383f6a1e4469da50a");
        assertEquals("60485 5 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4 469DA50A",
                RdataCodecs.format(RrType.DS, ds));
        assertEquals("60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", RdataCodecs.format(RrType.DS,
                parse(RrType.DS, "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "257 3 13 AA==;257 3 13 AA==",
        "ZONE|KSK 3 13 AA==;257 3 13 AA==",
        "zone|ksk 3 13 AA==;257 3 13 AA==",
        "0x100 3 13 AA==;256 3 13 AA==",
        "0400 3 13 AA==;400 3 13 AA==",
        "NOCONF 3 13 AA==;16384 3 13 AA==",
        "FLAG8 3 13 AA==;128 3 13 AA==",
        "SIG15 3 13 AA==;15 3 13 AA==",
        "256 4 13 AA==;256 4 13 AA==",
        "256 3 ED25519 AA==;256 3 15 AA==",
        "256 3 ecdsa256 AA==;256 3 13 AA==",
        "256 3 13 AA= =;256 3 13 AA==",
        "256 3 13 A A = =;256 3 13 AA==",
        "49152 3 13 AA==;49152 3 13 AA==",
        "256 3 RSAMD5 AA==;256 3 1 AA==",
    })
    void dnskeyAcceptedAsBindDoes(String in, String out) {
        assertEquals(out, RdataCodecs.format(RrType.DNSKEY, parse(RrType.DNSKEY, in)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "256 3 8;MISSING_RDATA",
        "49152 3 13;MISSING_RDATA",
        "NOKEY|ZONE 3 8;MISSING_RDATA",
        "ZONE|REVOKE 3 13 AA==;BAD_FLAGS",
        "SEP 3 13 AA==;BAD_FLAGS",
        "256|1 3 13 AA==;BAD_FLAGS",
        "-1 3 13 AA==;BAD_FLAGS",
        "65536 3 13 AA==;NUMBER_RANGE",
        "256 3 256 AA==;NUMBER_RANGE",
        "256 3 RSASHA1-NSEC3-SHA1 AA==;UNKNOWN_ALGORITHM",
        "256 3 13 AA;BAD_BASE64",
        "256 3 13 AB==;BAD_BASE64",
        "256 3 13 AA==AA==;BAD_BASE64",
        "256 3 13 AAAA====;BAD_BASE64",
        "0 3 0 0;BAD_BASE64",
    })
    void dnskeyRejectedAsBindDoes(String in, String code) {
        assertEquals(code, code(RrType.DNSKEY, in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 RSASHA256 SHA-256 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A;1 8 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4 469DA50A",
        "1 8 sha1 2BB183AF5F22588179A53B0A9 8631FAD1A292118;1 8 1 2BB183AF5F22588179A53B0A98631FAD1A292118",
        "1 NSEC3DSA GOST 2BB183AF5F22588179A53B0A98631FAD1A292118;1 6 3 2BB183AF5F22588179A53B0A98631FAD1A292118",
        "1 PRIVATEOID 1 2BB183AF5F22588179A53B0A98631FAD1A292118;1 254 1 2BB183AF5F22588179A53B0A98631FAD1A292118",
        "1 013 0 00;1 13 0 00",
        "1 8 3 D4B7;1 8 3 D4B7",
        "0 0 0 00;0 0 0 00",
    })
    void dsAcceptedAsBindDoes(String in, String out) {
        assertEquals(out, RdataCodecs.format(RrType.DS, parse(RrType.DS, in)));
        assertEquals(out, RdataCodecs.format(RrType.CDS, parse(RrType.CDS, in)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 8 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA5;DIGEST_LENGTH",
        "1 8 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A00;DIGEST_LENGTH",
        "1 8 4 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A;DIGEST_LENGTH",
        "1 8 3 D4B;BAD_HEX",
        "1 8 1 -;BAD_HEX",
        "1 8 7;MISSING_RDATA",
        "65536 3 1 AA;NUMBER_RANGE",
        "1 ECC 1 AA;UNKNOWN_ALGORITHM",
        "1 8 SHA-512 AA;UNKNOWN_DIGEST",
        "0 0 0 0;BAD_HEX",
    })
    void dsRejectedAsBindDoes(String in, String code) {
        assertEquals(code, code(RrType.DS, in));
    }

    /** RFC 8078: the corrected delete forms load; the as-published ones do not (BIND agrees). */
    @Test
    void rfc8078DeleteForms() {
        assertTrue(Ds.of(parse(RrType.CDS, "0 0 0 00")).isDeleteSignal());
        assertTrue(Dnskey.of(parse(RrType.CDNSKEY, "0 3 0 AA==")).isDeleteSignal());
        assertEquals("BAD_HEX", code(RrType.CDS, "0 0 0 0"));
        assertEquals("BAD_BASE64", code(RrType.CDNSKEY, "0 3 0 0"));
        assertFalse(Dnskey.of(parse(RrType.CDNSKEY, "0 3 0 AQ==")).isDeleteSignal());
    }

    /**
     * The key ends with its padded final quantum: a word after it is left for the caller, which
     * reports extra input as BIND does ("near 'AA==': extra input text"); inside one word it is
     * bad base64.
     */
    @Test
    void base64EndsAtThePadding() {
        TokenSource words = TokenSource.of(1, "256", "3", "13", "AA==", "AA==");
        assertEquals("256 3 13 AA==", RdataCodecs.format(RrType.DNSKEY, RdataCodecs.parse(RrType.DNSKEY, words, Name.ROOT)));
        assertTrue(words.hasNext());
        assertEquals("BAD_BASE64", code(RrType.DNSKEY, "256 3 13 AA==AA=="));
        assertEquals("256 3 13 AAAAAA==", RdataCodecs.format(RrType.DNSKEY, parse(RrType.DNSKEY, "256 3 13 AAAA AA==")));
    }

    @Test
    void errorsArePlacedAtTheWord() {
        TextException e = assertThrows(TextException.class, () -> parse(RrType.DNSKEY, "256 3 13 AB=="));
        assertEquals(1, e.line());
        assertEquals(10, e.column());
    }

    @Test
    void typedViews() {
        Dnskey k = Dnskey.of(parse(RrType.DNSKEY, "385 3 15 OMhBS50oe564DAvpzoVnkJD8a3JlA/yc0KAIV73zZYQ="));
        assertEquals(385, k.flags());
        assertEquals(3, k.protocol());
        assertEquals(15, k.algorithm());
        assertTrue(k.isZoneKey() && k.isSep() && k.isRevoked());
        assertEquals(60405, k.keyTag(), "tag BIND printed for this revoked key");
        assertEquals(32, k.publicKey().length);
        Dnskey unrevoked = k.withFlags(257);
        assertFalse(unrevoked.isRevoked());
        assertEquals(k.publicKey().length, unrevoked.publicKeyLength());
        Ds ds = Ds.of(parse(RrType.DS, "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118"));
        assertEquals(60485, ds.keyTag());
        assertEquals(5, ds.algorithm());
        assertEquals(1, ds.digestType());
        assertEquals(20, ds.digest().length);
        assertEquals(Ds.create(60485, 5, 1, ds.digest()), ds);
    }

    /** Seeded round trip text -> wire -> text -> wire for random keys and digests. */
    @Test
    void randomRoundTrips() {
        Random rnd = new Random(4034);
        for (int i = 0; i < 500; i++) {
            byte[] key = new byte[1 + rnd.nextInt(600)];
            rnd.nextBytes(key);
            int flags = rnd.nextInt(0x10000);
            int alg = rnd.nextInt(253); // 253 (PRIVATEDNS) keys must start with a name: tested apart
            String text = flags + " 3 " + alg + " " + Base64.getEncoder().encodeToString(key);
            Rdata wire = parse(RrType.DNSKEY, text);
            String printed = RdataCodecs.format(RrType.DNSKEY, wire);
            assertEquals(wire, parse(RrType.DNSKEY, printed));
            byte[] digest = new byte[1 + rnd.nextInt(64)];
            rnd.nextBytes(digest);
            int type = 5 + rnd.nextInt(250);
            Rdata ds = parse(RrType.DS, rnd.nextInt(65536) + " " + rnd.nextInt(256) + " " + type + " "
                    + HexFormat.of().formatHex(digest));
            assertEquals(ds, parse(RrType.DS, RdataCodecs.format(RrType.DS, ds)));
            assertArrayEquals(digest, Ds.of(ds).digest());
        }
    }

    /** RFC 4034 Appendix A.1.1: a PRIVATEDNS key starts with the algorithm's domain name. */
    @Test
    void privateDnsKeysStartWithAName() {
        parse(RrType.DNSKEY, "256 3 253 B2V4YW1wbGUAAQI="); // "\007example\000" then 01 02
        assertEquals("BAD_RDATA_WIRE", code(RrType.DNSKEY, "256 3 PRIVATEDNS QEBA"));
    }

    @Test
    void wireValidation() {
        RdataCodec dnskey = RdataCodecs.codec(RrType.DNSKEY);
        RdataCodec ds = RdataCodecs.codec(RrType.DS);
        assertThrows(TextException.class, () -> dnskey.validate(new byte[3]));
        // BIND 9.18: a DNSKEY has at least one octet of key, even with the "no key" flags.
        assertThrows(TextException.class, () -> dnskey.validate(new byte[] {1, 0, 3, 13}));
        assertThrows(TextException.class, () -> dnskey.validate(new byte[] {(byte) 0xC1, 0, 3, 13}));
        dnskey.validate(new byte[] {1, 0, 3, 13, 0});
        dnskey.validate(new byte[] {1, 0, 3, 1, 0});
        assertThrows(TextException.class, () -> ds.validate(new byte[4]));
        assertThrows(TextException.class, () -> ds.validate(new byte[] {0, 1, 8, 2, 1, 2}));
        ds.validate(new byte[] {0, 1, 8, 9, 1, 2});
        assertEquals("BAD_RDATA_WIRE", assertThrows(TextException.class,
                () -> parse(RrType.DS, "\\# 6 000108020102")).code());
    }

    /** RFC 4034 Appendix B.1: RSA/MD5 key tags come from the modulus, not the checksum. */
    @Test
    void rsaMd5KeyTag() {
        byte[] rdata = {1, 0, 3, 1, 1, 3, (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 0x12};
        // Modulus ends ... CD EF 12: its low 24 bits are CDEF12, of which the top 16 are CDEF.
        assertEquals(0xCDEF, KeyTag.of(rdata));
    }
}

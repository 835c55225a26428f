package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** TypeBitmap, Base32Hex, Base64Text, SecurityAlgorithmText and SignatureTime on their own. */
class SharedFieldsTest {

    @Test
    void base32HexMatchesRfc4648TestVectorsWithoutPadding() {
        String[][] vectors = {{"", ""}, {"f", "CO"}, {"fo", "CPNG"}, {"foo", "CPNMU"}, {"foob", "CPNMUOG"},
            {"fooba", "CPNMUOJ1"}, {"foobar", "CPNMUOJ1E8"}};
        for (String[] v : vectors) {
            byte[] data = v[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(v[1], Base32Hex.encode(data));
            assertArrayEquals(data, Base32Hex.decode(v[1]));
            assertArrayEquals(data, Base32Hex.decode(v[1].toLowerCase()));
        }
    }

    @Test
    void base32HexRejectsImpossibleLengthsNonZeroTailBitsAndPadding() {
        for (String bad : new String[] {"C", "CPN", "CPNMUO", "CP", "CPNH", "2t", "vv", "wx", "CO==", "C O"}) {
            assertNull(Base32Hex.decode(bad), bad);
        }
        Random r = new Random(32);
        for (int i = 0; i < 1000; i++) {
            byte[] b = new byte[r.nextInt(40)];
            r.nextBytes(b);
            assertArrayEquals(b, Base32Hex.decode(Base32Hex.encode(b)));
        }
    }

    @Test
    void base64ReadsSplitWordsAndStopsAfterPadding() {
        ZoneText.Words src = ZoneText.words("AQI D BA== AQ==");
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Base64Text.readRemaining(src, "data"));
        assertEquals(1, src.remaining(), "the word after the padded end is left for the caller");
        assertNull(Base64Text.decode("AQ"));
        assertNull(Base64Text.decode("AR=="));
        assertArrayEquals(new byte[0], Base64Text.decode(""));
        StringBuilder sb = new StringBuilder();
        Base64Text.appendSplit(sb, new byte[100], 0, 100);
        assertEquals(List.of(56, 56, 24), java.util.Arrays.stream(sb.toString().split(" ")).map(String::length).toList());
    }

    /**
     * BIND's dns_mnemonic_fromtext, checked with named-compilezone on DS and RRSIG algorithm
     * fields: up to 12 decimal digits, else a mnemonic of any case; printed names exclude the
     * input-only aliases.
     */
    @Test
    void securityAlgorithmMnemonicsAndNumbers() {
        assertEquals(13, SecurityAlgorithmText.parse("000000000013"));
        assertEquals(13, SecurityAlgorithmText.parse("ecdsa256"));
        assertEquals(253, SecurityAlgorithmText.parse("PrivateDNS"));
        for (String unknown : new String[] {"0000000000013", "13x", "0x0d", "", "RSASHA1-NSEC3-SHA1", "DELETE"}) {
            assertEquals("UNKNOWN_ALGORITHM", assertThrows(TextException.class,
                    () -> SecurityAlgorithmText.parse(unknown)).code(), unknown);
        }
        assertEquals("NUMBER_RANGE", assertThrows(TextException.class,
                () -> SecurityAlgorithmText.parse("4294967309")).code());
        assertEquals("ECDSAP256SHA256", SecurityAlgorithmText.mnemonic(13));
        assertNull(SecurityAlgorithmText.mnemonic(9));
    }

    @Test
    void typeBitmapWireFormMatchesRfc4034Example() {
        TypeBitmap b = TypeBitmap.of(RrType.A, RrType.MX, RrType.RRSIG, RrType.NSEC, RrType.of(1234));
        assertEquals("0006400100000003041b000000000000000000000000000000000000000000000000000020",
                HexFormat.of().formatHex(b.toWire()));
        assertEquals(b.toWire().length, b.wireLength());
        assertEquals("A MX RRSIG NSEC TYPE1234", b.toString());
        assertTrue(b.contains(RrType.MX));
        assertEquals(b, TypeBitmap.fromWire(b.toWire(), 0, b.wireLength(), false));
        assertEquals(b.with(RrType.A, RrType.TXT), TypeBitmap.of(RrType.A, RrType.MX, RrType.TXT, RrType.RRSIG,
                RrType.NSEC, RrType.of(1234)));
    }

    @Test
    void typeBitmapRejectsMalformedWindows() {
        String[] bad = {"0000", "000100", "00014000", "0101400001", "000140000140", "002140", "000140 01", "0002 4000",
            "0001", "00ff" + "00".repeat(255)};
        for (String hex : bad) {
            byte[] w = HexFormat.of().parseHex(hex.replace(" ", ""));
            TextException e = assertThrows(TextException.class, () -> TypeBitmap.fromWire(w, 0, w.length, true), hex);
            assertEquals("BAD_RDATA_WIRE", e.code());
        }
        assertThrows(TextException.class, () -> TypeBitmap.fromWire(new byte[0], 0, 0, false));
        assertEquals(TypeBitmap.EMPTY, TypeBitmap.fromWire(new byte[0], 0, 0, true));
    }

    @Test
    void typeBitmapRandomSetsRoundTrip() {
        Random r = new Random(4);
        for (int i = 0; i < 2000; i++) {
            TypeBitmap b = new RandomRdata(r.nextLong(), false).bitmap(true);
            assertEquals(b, TypeBitmap.fromWire(b.toWire(), 0, b.wireLength(), true));
            assertEquals(b, TypeBitmap.parse(ZoneText.words(b.toString()), true));
        }
    }

    @Test
    void signatureTimesPrintAbsoluteUtc() {
        assertEquals("19700101000000", SignatureTime.format(0));
        assertEquals("20380119031408", SignatureTime.format(0x8000_0000L));
        assertEquals("21060207062815", SignatureTime.format(0xFFFF_FFFFL));
        // Years before 1970 are reduced modulo 2^32, as BIND does.
        assertEquals(0xFFFF_FFFFL, SignatureTime.parse(ZoneText.words("19691231235959").next("t"), "t"));
        assertEquals(0x5E0B_E100L, SignatureTime.parse(ZoneText.words("20200101000000").next("t"), "t"));
    }
}

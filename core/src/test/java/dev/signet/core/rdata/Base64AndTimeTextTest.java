package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.signet.core.text.TextException;
import dev.signet.core.text.TokenSource;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Base64Text and SignatureTime against the JDK (Base64, java.time), on seeded random data. */
class Base64AndTimeTextTest {

    @Test
    void decodesDataSplitIntoWordsAnywhere() {
        Random r = new Random(64);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[1 + r.nextInt(300)];
            r.nextBytes(data);
            String text = Base64.getEncoder().encodeToString(data);
            List<String> words = new ArrayList<>();
            for (int p = 0; p < text.length(); ) {
                int q = Math.min(text.length(), p + 1 + r.nextInt(70));
                words.add(text.substring(p, q));
                p = q;
            }
            assertArrayEquals(data, Base64Text.readRemaining(TokenSource.of(1, words.toArray(new String[0])), "x"), text);
            assertArrayEquals(data, Base64Text.decode(text));
        }
    }

    @Test
    void splitWriterMatchesJdkEncoderIn56CharacterWords() {
        Random r = new Random(65);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[r.nextInt(200)];
            r.nextBytes(data);
            int off = data.length == 0 ? 0 : r.nextInt(data.length);
            StringBuilder sb = new StringBuilder();
            Base64Text.appendSplit(sb, data, off, data.length - off);
            String expected = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(data, off, data.length));
            assertEquals(expected, sb.toString().replace(" ", ""));
            for (String word : sb.toString().split(" ")) {
                assertEquals(true, word.length() <= 56);
            }
        }
    }

    @Test
    void rejectsNonZeroPadBitsBadCharactersAndDataAfterPadding() {
        assertArrayEquals(new byte[] {(byte) 0xFF}, Base64Text.decode("/w=="));
        assertNull(Base64Text.decode("/x=="), "pad bits of one octet");
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF}, Base64Text.decode("//8="));
        assertNull(Base64Text.decode("//9="), "pad bits of two octets");
        assertNull(Base64Text.decode("A==="));
        assertNull(Base64Text.decode("AA=A"));
        assertNull(Base64Text.decode("AA==AA=="));
        assertNull(Base64Text.decode("AA-A"));
        assertNull(Base64Text.decode("AAA"));
        TextException e = assertThrows(TextException.class,
                () -> Base64Text.readRemaining(TokenSource.of(3, "AAAA", "A*AA"), "signature"));
        assertEquals("BAD_BASE64", e.code());
        // A padded quantum ends the data: the next word is left for the caller.
        TokenSource rest = TokenSource.of(1, "AA==", "AAAA");
        assertArrayEquals(new byte[1], Base64Text.readRemaining(rest, "x"));
        assertEquals("AAAA", rest.next("rest").text());
    }

    @Test
    void signatureTimePrintsTheUtcDateOfEvery32BitValue() {
        Random r = new Random(2106);
        long[] edges = {0, 1, 59, 86399, 86400, 951782400L, 951868800L, 4107542400L, 4294967295L};
        for (int i = 0; i < 20000 + edges.length; i++) {
            long v = i < edges.length ? edges[i] : r.nextLong() & 0xFFFF_FFFFL;
            java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(v, 0, java.time.ZoneOffset.UTC);
            String expected = String.format("%04d%02d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
            assertEquals(expected, SignatureTime.format(v), Long.toString(v));
        }
    }

    @Test
    void signatureTimeParsesEveryDateLikeJavaTime() {
        Random r = new Random(1970);
        for (int i = 0; i < 20000; i++) {
            int year = i < 10 ? new int[] {0, 1, 1899, 1900, 1969, 1970, 2000, 2100, 2106, 9999}[i] : r.nextInt(10000);
            int month = 1 + r.nextInt(12);
            int day = 1 + r.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
            int hour = r.nextInt(24);
            int minute = r.nextInt(60);
            int second = r.nextInt(61); // 60 rolls over, as in BIND
            String text = String.format("%04d%02d%02d%02d%02d%02d", year, month, day, hour, minute, second);
            long expected = java.time.LocalDateTime.of(year, month, day, hour, minute, 0)
                    .toEpochSecond(java.time.ZoneOffset.UTC) + second & 0xFFFF_FFFFL;
            assertEquals(expected, SignatureTime.parse(new dev.signet.core.text.Token(text, false, 1, 1), "t"), text);
        }
    }

    @Test
    void signatureTimeRejectsDaysPastTheEndOfTheMonth() {
        for (String bad : new String[] {"20230229000000", "21000229000000", "20260431000000", "20261232000000",
            "20261301000000", "20260100000000"}) {
            TextException e = assertThrows(TextException.class,
                    () -> SignatureTime.parse(new dev.signet.core.text.Token(bad, false, 1, 1), "t"), bad);
            assertEquals("TIME_RANGE", e.code(), bad);
        }
        for (String good : new String[] {"20240229000000", "20000229000000", "20260430235960", "20261231000000"}) {
            SignatureTime.parse(new dev.signet.core.text.Token(good, false, 1, 1), "t");
        }
    }
}

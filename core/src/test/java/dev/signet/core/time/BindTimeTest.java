package dev.signet.core.time;

import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.*;

class BindTimeTest {

    private static final long NOW = 1_795_000_000L;     // 2026-11-18T...Z
    private static final long BASE = 1_796_000_000L;

    private static long p(String s) {
        return BindTime.parse(s, NOW, BASE).orElseThrow();
    }

    @Test
    void absoluteForms() {
        assertEquals(1_577_836_800L, p("20200101"));
        assertEquals(1_577_836_800L + 3600 + 120 + 3, p("20200101010203"));
        assertEquals(1_234_567_890L, p("1234567890"));
        assertEquals(NOW, p("now"));
        assertEquals(0, p("0"));
        assertEquals(0, p("-"));
    }

    @Test
    void offsetsAndUnits() {
        assertEquals(NOW + 30L * 86400, p("now+30d"));
        assertEquals(NOW - 3600, p("now-1h"));
        assertEquals(BASE + 90, p("+90"));
        assertEquals(BASE + 90 * 60, p("+90mi"));
        assertEquals(BASE + 2L * 30 * 86400, p("+2mo"));
        assertEquals(BASE + 365L * 86400, p("+1y"));
        assertEquals(BASE + 2L * 7 * 86400, p("+2w"));
        assertEquals(BASE - 10, p("-10s"));
        assertEquals(1_577_836_800L + 86400, p("20200101+1d"));
        assertEquals(1_234_567_890L - 60, p("1234567890-1mi"));
    }

    @Test
    void clearing() {
        assertEquals(OptionalLong.empty(), BindTime.parse("none", NOW, BASE));
        assertEquals(OptionalLong.empty(), BindTime.parse("never", NOW, BASE));
        assertEquals(OptionalLong.empty(), BindTime.parse("UNSET", NOW, BASE));
        assertThrows(TextException.class, () -> BindTime.parseRequired("none", NOW, BASE));
    }

    @Test
    void errors() {
        assertTrue(assertThrows(TextException.class, () -> p("+5m")).detail().contains("ambiguous"));
        assertThrows(TextException.class, () -> p("2020010"));      // 7 digits
        assertThrows(TextException.class, () -> p("20201301"));     // month 13
        assertThrows(TextException.class, () -> p("now*2"));
        assertThrows(TextException.class, () -> p("+5q"));
        assertThrows(TextException.class, () -> p("tomorrow"));
        assertEquals("BAD_TIME", assertThrows(TextException.class, () -> p("+")).code());
    }

    @Test
    void compactRoundTrip() {
        java.time.Instant t = java.time.Instant.ofEpochSecond(1_577_836_800L + 3723);
        assertEquals("20200101010203", BindTime.stamp(t));
        assertEquals(t, BindTime.parseStamp("20200101010203"));
        assertEquals("19700101000000", BindTime.stamp(java.time.Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> BindTime.parseStamp("20200230000000"));
        assertEquals("Wed Jan  1 01:02:03 2020", BindTime.ctime(t, java.time.ZoneOffset.UTC));
    }
}

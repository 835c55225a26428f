package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.signet.core.text.TextException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value here was checked with named-checkzone 9.18 (as a record TTL and as an SOA timer). */
class TtlTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0", "00, 0", "1, 1", "01s, 1", "1H, 3600", "1h30s, 3630", "30s1h, 3630", "1w1w, 1209600",
        "1w2d3h4m5s, 788645", "0h30, 30", "4294967295, 4294967295", "4294967295s, 4294967295",
        "2147483648, 2147483648"
    })
    void acceptsWhatBindAccepts(String text, long expected) {
        assertEquals(expected, Ttl.parse(text, "TTL"));
        assertEquals(expected, Ttl.scan(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h30", "1d4294967295", "9999999999w", "4294967296", "4294967296s", "s", "+1", "-1", "1x", "1hh", ""})
    void rejectsWhatBindRejects(String text) {
        TextException e = assertThrows(TextException.class, () -> Ttl.parse(text, "TTL"));
        assertEquals("BAD_TTL", e.code());
        assertEquals(Ttl.SYNTAX, Ttl.scan(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000w", "4294967295s1s"})
    void totalAbove32BitsIsARangeError(String text) {
        TextException e = assertThrows(TextException.class, () -> Ttl.parse(text, "TTL"));
        assertEquals("TTL_RANGE", e.code());
        assertEquals(Ttl.RANGE, Ttl.scan(text));
    }

    @org.junit.jupiter.api.Test
    void wordsLongerThan63CharactersAreRejected() {
        assertEquals(Ttl.SYNTAX, Ttl.scan("0".repeat(64)));
        assertEquals(0, Ttl.scan("0".repeat(63)));
    }
}

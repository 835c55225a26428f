package dev.signet.cli;

import dev.signet.core.text.TextException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * dnssec-signzone's {@code -N}: what becomes of the SOA serial. As BIND 9.18 (its
 * {@code dns_update_soaserial}): increments wrap modulo 2^32 and skip 0; {@code unixtime} and
 * {@code date} fall back to an increment, with a warning, when their value would not be greater
 * than the current serial in RFC 1982 serial arithmetic.
 */
enum SerialFormat {
    KEEP, INCREMENT, UNIXTIME, DATE;

    /**
     * {@code keep}, {@code increment} (or {@code incr}), {@code unixtime}, {@code date}; any case.
     *
     * @throws TextException {@code BAD_SERIAL_FORMAT} with BIND's wording
     */
    static SerialFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "keep" -> KEEP;
            case "increment", "incr" -> INCREMENT;
            case "unixtime" -> UNIXTIME;
            case "date" -> DATE;
            default -> throw new TextException("BAD_SERIAL_FORMAT", "unknown soa serial format: " + text);
        };
    }

    /**
     * The new serial, or -1 to keep the zone's.
     *
     * @param now seconds since the epoch
     * @param zone time zone of "today" for {@code date} (BIND uses the local time)
     * @param warn told when the method falls back to an increment
     */
    long next(long serial, long now, ZoneId zone, Consumer<String> warn) {
        long candidate;
        switch (this) {
            case KEEP:
                return -1;
            case INCREMENT:
                return increment(serial);
            case UNIXTIME:
                candidate = now & 0xFFFF_FFFFL;
                break;
            default:
                LocalDate today = Instant.ofEpochSecond(now).atZone(zone).toLocalDate();
                candidate = (today.getYear() * 10000L + today.getMonthValue() * 100L + today.getDayOfMonth()) * 100;
                candidate &= 0xFFFF_FFFFL;
                break;
        }
        if (candidate == 0 || !greater(candidate, serial)) {
            warn.accept("Serial number would not advance, using increment method instead");
            return increment(serial);
        }
        return candidate;
    }

    /** RFC 1982 §3.1 addition of 1, skipping 0 as BIND does. */
    static long increment(long serial) {
        long n = (serial + 1) & 0xFFFF_FFFFL;
        return n == 0 ? 1 : n;
    }

    /** RFC 1982 §3.2: {@code a > b} for 32-bit serials. */
    static boolean greater(long a, long b) {
        return (int) (a - b) > 0;
    }
}

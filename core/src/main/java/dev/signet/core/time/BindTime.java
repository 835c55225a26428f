package dev.signet.core.time;

import dev.signet.core.text.TextException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The date syntax of BIND's DNSSEC tools (dnssec-keygen/-settime {@code -P -A -R -I -D},
 * dnssec-signzone {@code -s -e -X}), in seconds since the epoch, UTC:
 * <ul>
 *   <li>{@code YYYYMMDD}, {@code YYYYMMDDHHMMSS}, a 10-digit epoch, or {@code now};</li>
 *   <li>each optionally followed by {@code +N} or {@code -N};</li>
 *   <li>a bare {@code +N}/{@code -N} is relative to a caller-chosen base (for signzone's
 *       {@code -e}, the start time; otherwise now);</li>
 *   <li>N takes a unit {@code y} (365 d), {@code mo} (30 d), {@code w}, {@code d}, {@code h},
 *       {@code mi}, {@code s}, or none (seconds); a bare {@code m} is ambiguous and refused;</li>
 *   <li>{@code none}, {@code never}, {@code unset} clear a date (where allowed); {@code 0} or
 *       {@code -} alone mean the epoch itself, as in BIND.</li>
 * </ul>
 * Nothing here reads the clock: callers pass {@code now}.
 */
public final class BindTime {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

    private BindTime() {
    }

    /**
     * Parses a date.
     *
     * @param now the current time, for {@code now}
     * @param base what a bare {@code +N}/{@code -N} is relative to
     * @return the time, or empty for {@code none}/{@code never}/{@code unset}
     * @throws TextException {@code BAD_TIME} with BIND's wording
     */
    public static OptionalLong parse(String text, long now, long base) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.equals("never") || lower.equals("unset")) {
            return OptionalLong.empty();
        }
        if (text.equals("0") || text.equals("-")) {
            return OptionalLong.of(0);
        }
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        boolean endsOrSign = digits == text.length()
                || text.charAt(digits) == '+' || text.charAt(digits) == '-';
        long start;
        String rest;
        if ((digits == 8 || digits == 14) && endsOrSign) {
            start = parseCompact(digits == 8 ? text.substring(0, 8) + "000000" : text.substring(0, 14), text);
            rest = text.substring(digits);
        } else if (digits == 10 && endsOrSign) {
            start = Long.parseLong(text.substring(0, 10));
            rest = text.substring(10);
        } else if (lower.startsWith("now")) {
            start = now;
            rest = text.substring(3);
        } else {
            start = base;
            rest = text;
        }
        if (rest.isEmpty()) {
            return OptionalLong.of(start);
        }
        char sign = rest.charAt(0);
        if (sign != '+' && sign != '-') {
            throw invalid(text);
        }
        long offset = duration(rest.substring(1), text);
        return OptionalLong.of(sign == '+' ? start + offset : start - offset);
    }

    /** Like {@link #parse} but a date is required ({@code none} is an error). */
    public static long parseRequired(String text, long now, long base) {
        OptionalLong t = parse(text, now, base);
        if (t.isEmpty()) {
            throw new TextException("BAD_TIME", "time value " + text + " is invalid: a date is required here");
        }
        return t.getAsLong();
    }

    /**
     * A duration with an optional BIND unit suffix: {@code 30d}, {@code 2w}, {@code 90mi},
     * {@code 1y}, {@code 3600}.
     */
    public static long duration(String text) {
        return duration(text, text);
    }

    private static long duration(String s, String whole) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 18) {
            throw invalid(whole);
        }
        long n = Long.parseLong(s.substring(0, i));
        String unit = s.substring(i).toLowerCase(Locale.ROOT);
        long mult;
        if (unit.isEmpty() || unit.startsWith("s")) {
            mult = 1;
        } else if (unit.startsWith("y")) {
            mult = 365L * 86400;
        } else if (unit.startsWith("mo")) {
            mult = 30L * 86400;
        } else if (unit.startsWith("mi")) {
            mult = 60;
        } else if (unit.equals("m")) {
            throw new TextException("BAD_TIME",
                    "'" + whole + "' ambiguous: use 'mi' for minutes or 'mo' for months");
        } else if (unit.startsWith("w")) {
            mult = 7L * 86400;
        } else if (unit.startsWith("d")) {
            mult = 86400;
        } else if (unit.startsWith("h")) {
            mult = 3600;
        } else {
            throw invalid(whole);
        }
        return Math.multiplyExact(n, mult);
    }

    private static long parseCompact(String fourteen, String whole) {
        try {
            return LocalDateTime.parse(fourteen, COMPACT).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw invalid(whole);
        }
    }

    private static TextException invalid(String text) {
        return new TextException("BAD_TIME", "time value " + text + " is invalid");
    }

    /** {@code YYYYMMDDHHMMSS} in UTC: key-file dates and RRSIG times (RFC 4034 §3.2). */
    public static String stamp(Instant t) {
        return COMPACT.format(t);
    }

    /**
     * Parses {@code YYYYMMDDHHMMSS} (UTC).
     *
     * @throws IllegalArgumentException for another shape or an impossible date
     */
    public static Instant parseStamp(String s) {
        if (s.length() != 14 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + s + "' is not YYYYMMDDHHMMSS");
        }
        try {
            return LocalDateTime.parse(s, COMPACT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date");
        }
    }

    /**
     * C {@code ctime()} without the newline, e.g. {@code Thu Jan  1 00:00:00 2026}: what BIND
     * prints after each date in {@code .key} and {@code .state} files, in the local time zone
     * of the process ({@code zone}).
     */
    public static String ctime(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        String day = z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
        String month = z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
        return String.format(Locale.ROOT, "%s %s %2d %02d:%02d:%02d %d", day, month, z.getDayOfMonth(),
                z.getHour(), z.getMinute(), z.getSecond(), z.getYear());
    }
}

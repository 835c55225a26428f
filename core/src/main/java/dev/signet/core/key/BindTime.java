package dev.signet.core.key;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** The two date forms of BIND key files: {@code YYYYMMDDHHMMSS} (UTC) and C {@code ctime()}. */
public final class BindTime {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private BindTime() {
    }

    /** {@code YYYYMMDDHHMMSS} in UTC. */
    public static String stamp(Instant t) {
        return STAMP.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
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
            return LocalDateTime.parse(s, STAMP).toInstant(ZoneOffset.UTC);
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
        String day = z.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.US);
        String month = z.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.US);
        return String.format(Locale.ROOT, "%s %s %2d %02d:%02d:%02d %d", day, month, z.getDayOfMonth(),
                z.getHour(), z.getMinute(), z.getSecond(), z.getYear());
    }
}

package dev.signet.core.rdata;

import dev.signet.core.text.Token;


/**
 * The RRSIG expiration and inception fields (RFC 4034 §3.2): 32-bit seconds since 1970,
 * written as {@code YYYYMMDDHHmmSS} (UTC) or as a plain decimal number.
 *
 * <p>Parsing follows BIND 9.18: a word of at most 10 characters is a decimal number; otherwise it
 * must be exactly 14 digits forming a valid date (second 60 allowed, rolling over), and the
 * 64-bit result is reduced modulo 2^32 (RFC 4034 §3.1.5 serial arithmetic), so years before 1970
 * are accepted too.
 *
 * <p>Formatting prints the absolute 1970–2106 reading of the 32-bit value. BIND instead prints the
 * date within ±68 years of its own clock; the two agree for every value up to about 2094 (as of
 * 2026), which covers any signature a signer produces. Core never reads the clock, so the
 * absolute reading is the deterministic choice.
 */
public final class SignatureTime {

    private SignatureTime() {
    }

    /** Parses a time word into an unsigned 32-bit value. */
    public static long parse(Token t, String what) {
        String s = t.text();
        if (t.quoted() || s.isEmpty()) {
            throw t.error("BAD_TIME", "bad " + what + " '" + s + "'");
        }
        if (s.length() <= 10) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw t.error("BAD_TIME", "bad " + what + " '" + s + "'");
                }
                v = v * 10 + (c - '0');
            }
            if (v > 0xFFFF_FFFFL) {
                throw t.error("TIME_RANGE", what + " '" + s + "' is above 4294967295");
            }
            return v;
        }
        if (s.length() != 14) {
            throw t.error("BAD_TIME", "bad " + what + " '" + s + "': expected YYYYMMDDHHMMSS");
        }
        for (int i = 0; i < 14; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw t.error("BAD_TIME", "bad " + what + " '" + s + "': expected YYYYMMDDHHMMSS");
            }
        }
        // Digits were checked above; read the fields without a substring each (two per RRSIG).
        int year = digits(s, 0, 4);
        int month = digits(s, 4, 6);
        int day = digits(s, 6, 8);
        int hour = digits(s, 8, 10);
        int minute = digits(s, 10, 12);
        int second = digits(s, 12, 14);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
                || second > 60) {
            throw t.error("TIME_RANGE", what + " '" + s + "' is not a valid date and time");
        }
        long epoch = epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
        return epoch & 0xFFFF_FFFFL;
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date (the inverse of {@link #print}'s arithmetic). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year; // count years from March, so February ends each one
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int marchMonth = (month + 9) % 12;
        int dayOfYear = (153 * marchMonth + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Appends the 32-bit value as {@code YYYYMMDDHHmmSS} (UTC, 1970–2106). */
    public static void append(StringBuilder sb, long value) {
        long v = value & 0xFFFF_FFFFL;
        // A signed zone prints the same few times millions of times (every RRSIG of a signing run
        // shares its inception and, without jitter, its expiration): remember recent ones.
        int slot = (int) (v ^ (v >>> 7) ^ (v >>> 17)) & (RECENT.length - 1);
        Printed recent = RECENT[slot];
        if (recent == null || recent.value != v) {
            StringBuilder text = new StringBuilder(14);
            print(text, v);
            recent = new Printed(v, text.toString());
            RECENT[slot] = recent; // racy but safe: Printed is immutable
        }
        sb.append(recent.text);
    }

    /** A value and its text; immutable, so threads may share the cache without locks. */
    private record Printed(long value, String text) {
    }

    private static final Printed[] RECENT = new Printed[16];

    private static void print(StringBuilder sb, long v) {
        int days = (int) (v / 86400);
        int secondOfDay = (int) (v % 86400);
        // Proleptic Gregorian date of a day count since 1970-01-01, by arithmetic (a signed zone
        // prints two per RRSIG: no date objects). Counted in eras of 400 years (146097 days)
        // from 0000-03-01, so that the leap day ends each year of the count.
        int z = days + 719_468;
        int era = z / 146_097;
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int marchMonth = (5 * dayOfYear + 2) / 153; // 0 = March ... 11 = February
        int day = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
        int month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        pad(sb, year, 4);
        pad(sb, month, 2);
        pad(sb, day, 2);
        pad(sb, secondOfDay / 3600, 2);
        pad(sb, secondOfDay / 60 % 60, 2);
        pad(sb, secondOfDay % 60, 2);
    }

    public static String format(long value) {
        StringBuilder sb = new StringBuilder(14);
        append(sb, value);
        return sb.toString();
    }

    /** {@code v} (0 to 9999) in exactly {@code width} digits, without a String per field. */
    private static void pad(StringBuilder sb, int v, int width) {
        for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10) {
            sb.append((char) ('0' + v / div % 10));
        }
    }
}

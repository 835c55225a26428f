package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

/**
 * TTL and timer values exactly as BIND 9.18 reads them ({@code dns_ttl_fromtext}): a plain
 * number of seconds, or one or more {@code <number><unit>} groups with units {@code w d h m s}
 * in either case and any order ({@code 1w2d3h4m5s}, {@code 30s1h}).
 *
 * <p>BIND's quirks are kept on purpose, because a word's being a TTL decides how the rest of a
 * master-file line is read: digits after a unit ({@code 1h30}) are rejected unless everything
 * before them added up to zero ({@code 0h30} is 30); each number must fit in 32 bits
 * ({@code 9999999999w} is a syntax error, not a range error); the total must fit in 32 bits;
 * words longer than 63 characters are rejected.
 */
public final class Ttl {

    /** {@link #scan} result for a word that is not TTL syntax. */
    public static final long SYNTAX = -1;
    /** {@link #scan} result for TTL syntax whose total exceeds 32 bits. */
    public static final long RANGE = -2;

    private static final long MAX_U32 = 0xFFFF_FFFFL;
    private static final int MAX_WORD = 63;

    private Ttl() {
    }

    /** Parses a TTL word; {@code what} names the field in error messages. */
    public static long parse(Token t, String what) {
        try {
            return parse(t.text(), what);
        } catch (TextException e) {
            throw e.at(t);
        }
    }

    /** True if the word is a TTL as BIND reads it. */
    public static boolean isTtl(String s) {
        return scan(s) >= 0;
    }

    /**
     * Parses a TTL string; the result fits in 32 bits.
     *
     * @throws TextException {@code BAD_TTL} or {@code TTL_RANGE}, without a position
     */
    public static long parse(String s, String what) {
        long v = scan(s);
        if (v == RANGE) {
            throw new TextException("TTL_RANGE", what + " '" + s + "' is out of range");
        }
        if (v < 0) {
            throw new TextException("BAD_TTL", "bad " + what + " '" + s + "'");
        }
        return v;
    }

    /**
     * Reads a TTL without allocating: the value (0 to 2^32-1), or {@link #SYNTAX}, or
     * {@link #RANGE}.
     */
    public static long scan(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_WORD) {
            return SYNTAX;
        }
        long total = 0;
        int i = 0;
        do {
            int start = i;
            long number = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                number = number * 10 + (s.charAt(i) - '0');
                if (number > MAX_U32) {
                    return SYNTAX; // BIND parses each number as a uint32 and calls overflow bad syntax
                }
                i++;
            }
            if (i == start) {
                return SYNTAX;
            }
            if (i == n) {
                // A bare number is only allowed when nothing before it counted (BIND: tmp != 0).
                if (total != 0) {
                    return SYNTAX;
                }
                total = number;
                break;
            }
            long unit = switch (s.charAt(i)) {
                case 'w', 'W' -> 604800;
                case 'd', 'D' -> 86400;
                case 'h', 'H' -> 3600;
                case 'm', 'M' -> 60;
                case 's', 'S' -> 1;
                default -> 0;
            };
            if (unit == 0) {
                return SYNTAX;
            }
            total += number * unit;
            i++;
        } while (i < n);
        return total > MAX_U32 ? RANGE : total;
    }
}

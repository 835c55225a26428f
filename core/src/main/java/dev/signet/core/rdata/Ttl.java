package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

/**
 * TTL and timer values as BIND reads them: a plain number of seconds, or units
 * {@code w d h m s} in any case and order ({@code 1w2d3h4m5s}, RFC 1035 extended by BIND).
 */
public final class Ttl {

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

    /** True if the word looks like a TTL (starts with a digit and parses). */
    public static boolean isTtl(String s) {
        if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9') {
            return false;
        }
        try {
            parse(s, "TTL");
            return true;
        } catch (TextException e) {
            return false;
        }
    }

    /** Parses a TTL string; the result fits in 32 bits. */
    public static long parse(String s, String what) {
        if (s.isEmpty()) {
            throw new TextException("BAD_TTL", "empty " + what);
        }
        long total = 0;
        long current = -1;
        boolean sawUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
                if (current > 0xFFFF_FFFFL) {
                    throw new TextException("TTL_RANGE", what + " '" + s + "' is out of range");
                }
                continue;
            }
            long mult = switch (Character.toLowerCase(c)) {
                case 'w' -> 604800;
                case 'd' -> 86400;
                case 'h' -> 3600;
                case 'm' -> 60;
                case 's' -> 1;
                default -> throw new TextException("BAD_TTL", "bad " + what + " '" + s + "'");
            };
            if (current < 0) {
                throw new TextException("BAD_TTL", "bad " + what + " '" + s + "'");
            }
            total += current * mult;
            current = -1;
            sawUnit = true;
            if (total > 0xFFFF_FFFFL) {
                throw new TextException("TTL_RANGE", what + " '" + s + "' is out of range");
            }
        }
        if (current >= 0) {
            if (sawUnit) {
                // BIND treats trailing digits after a unit as seconds ("1h30" = 3630).
                total += current;
            } else {
                total = current;
            }
        }
        if (total > 0xFFFF_FFFFL) {
            throw new TextException("TTL_RANGE", what + " '" + s + "' is out of range");
        }
        return total;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * LOC (RFC 1876): {@code d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]}.
 *
 * <p>Text rules and defaults are BIND 9.18's: minutes default to 0, seconds to 0 with at most
 * three decimals, the hemisphere letters are upper case only, altitude has at most two decimals
 * (range -100000.00 to 42849672.95 m), size defaults to 1 m, horizontal precision to 10000 m and
 * vertical precision to 10 m; precisions are rounded down to one significant digit as RFC 1876's
 * mantissa/exponent encoding requires. Output is BIND's fixed form ({@code 42 21 54.000 N ...
 * -24.00m 30m 10000m 10m}). Version 1 and above are not understood and are printed in the
 * {@code \#} form, as BIND does.
 */
final class LocCodec implements RdataCodec {

    private static final long EQUATOR = 0x8000_0000L;
    /** Altitude is stored in centimetres above a base 100000 m below the WGS 84 spheroid. */
    private static final long ALTITUDE_BASE_CM = 10_000_000L;
    private static final long[] POWER_OF_TEN = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000};

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        long latitude = coordinate(tokens, 90, 'N', 'S', "latitude");
        long longitude = coordinate(tokens, 180, 'E', 'W', "longitude");
        long altitude = altitude(tokens.next("altitude"));
        int size = 0x12;
        int horizontal = 0x16;
        int vertical = 0x13;
        if (tokens.hasNext()) {
            size = precision(tokens.next("size"));
            if (tokens.hasNext()) {
                horizontal = precision(tokens.next("horizontal precision"));
                if (tokens.hasNext()) {
                    vertical = precision(tokens.next("vertical precision"));
                }
            }
        }
        return new WireBuffer(16).u8(0).u8(size).u8(horizontal).u8(vertical).u32(latitude).u32(longitude)
                .u32(altitude).toByteArray();
    }

    /** Degrees, optional minutes and seconds, then the hemisphere letter; thousandths of a second from the equator. */
    private static long coordinate(TokenSource tokens, int maxDegrees, char positive, char negative, String what) {
        Token degTok = tokens.next(what + " degrees");
        long degrees = TextFields.unsigned(degTok, maxDegrees, what + " degrees");
        long minutes = 0;
        long millis = 0;
        Token t = tokens.next(what + " minutes or hemisphere");
        if (!isHemisphere(t, positive, negative)) {
            minutes = TextFields.unsigned(t, 59, what + " minutes");
            checkPole(t, degrees, maxDegrees, minutes, 0, what);
            t = tokens.next(what + " seconds or hemisphere");
            if (!isHemisphere(t, positive, negative)) {
                millis = decimal(t, 59, 3, '\0', what + " seconds");
                checkPole(t, degrees, maxDegrees, minutes, millis, what);
                t = tokens.next(what + " hemisphere");
                if (!isHemisphere(t, positive, negative)) {
                    throw t.error("BAD_LOC", "expected " + positive + " or " + negative + ", not '" + t.text() + "'");
                }
            }
        }
        long offset = (degrees * 3600 + minutes * 60) * 1000 + millis;
        return t.text().charAt(0) == positive ? EQUATOR + offset : EQUATOR - offset;
    }

    private static boolean isHemisphere(Token t, char positive, char negative) {
        return !t.quoted() && t.text().length() == 1 && (t.text().charAt(0) == positive || t.text().charAt(0) == negative);
    }

    private static void checkPole(Token t, long degrees, int maxDegrees, long minutes, long millis, String what) {
        if (degrees == maxDegrees && (minutes != 0 || millis != 0)) {
            throw t.error("NUMBER_RANGE", what + " beyond " + maxDegrees + " degrees");
        }
    }

    private static long altitude(Token t) {
        String s = t.text();
        if (!t.quoted() && s.startsWith("-")) {
            long cm = decimal(t, s.substring(1), 100000, 2, 'm', "altitude");
            if (cm > ALTITUDE_BASE_CM) {
                throw t.error("NUMBER_RANGE", "altitude below -100000 m");
            }
            return ALTITUDE_BASE_CM - cm;
        }
        long cm = decimal(t, s, 42849672, 2, 'm', "altitude");
        if (cm > 4284967295L) {
            throw t.error("NUMBER_RANGE", "altitude above 42849672.95 m");
        }
        return ALTITUDE_BASE_CM + cm;
    }

    /** Size or precision in metres, encoded as RFC 1876 mantissa (high nibble) and power of ten of centimetres. */
    private static int precision(Token t) {
        long cm = decimal(t, 90000000, 2, 'm', "size/precision");
        long metres = cm / 100;
        if (metres > 0) {
            int exp = 0;
            while (exp < 7 && metres >= POWER_OF_TEN[exp + 1]) {
                exp++;
            }
            return (int) (metres / POWER_OF_TEN[exp]) << 4 | (exp + 2);
        }
        cm %= 100;
        return cm >= 10 ? (int) (cm / 10) << 4 | 1 : (int) cm << 4;
    }

    private static long decimal(Token t, long max, int decimals, char unit, String what) {
        if (t.quoted()) {
            throw t.error("BAD_LOC", "bad " + what + " '" + t.text() + "'");
        }
        return decimal(t, t.text(), max, decimals, unit, what);
    }

    /**
     * A non-negative decimal with up to {@code decimals} fraction digits and an optional unit
     * letter, scaled to an integer (BIND {@code loc_getdecimal}: an optional sign as strtoul reads
     * it, at least one digit somewhere, the integer part at most {@code max}).
     */
    private static long decimal(Token t, String s, long max, int decimals, char unit, String what) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = Math.min(value * 10 + (s.charAt(i++) - '0'), Long.MAX_VALUE / 1000);
            digits++;
        }
        if (negative && value != 0) {
            throw t.error("NUMBER_RANGE", what + " '" + s + "' is out of range"); // strtoul wraps it
        }
        if (digits == 0) {
            i = 0; // strtoul consumed nothing, not even the sign
        }
        if (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != unit) {
            throw t.error("BAD_LOC", "bad " + what + " '" + s + "'");
        }
        if (value > max) {
            throw t.error("NUMBER_RANGE", what + " '" + s + "' is out of range");
        }
        int fraction = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (fraction < decimals && i < s.length() && s.charAt(i) != unit) {
                char c = s.charAt(i++);
                if (c < '0' || c > '9') {
                    throw t.error("BAD_LOC", "bad " + what + " '" + s + "'");
                }
                value = value * 10 + (c - '0');
                fraction++;
                digits++;
            }
        }
        for (int f = fraction; f < decimals; f++) {
            value *= 10;
        }
        if (unit != '\0' && i < s.length() && s.charAt(i) == unit) {
            i++;
        }
        if (digits == 0 || i != s.length()) {
            throw t.error("BAD_LOC", "bad " + what + " '" + s + "'");
        }
        return value;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        if (wire[0] != 0) {
            GenericRdata.append(out, wire);
            return;
        }
        appendCoordinate(out, WireBuffer.readU32(wire, 4), 'N', 'S');
        out.append(' ');
        appendCoordinate(out, WireBuffer.readU32(wire, 8), 'E', 'W');
        long altitude = WireBuffer.readU32(wire, 12);
        boolean below = altitude < ALTITUDE_BASE_CM;
        long cm = below ? ALTITUDE_BASE_CM - altitude : altitude - ALTITUDE_BASE_CM;
        out.append(' ').append(below ? "-" : "").append(cm / 100).append('.');
        pad2(out, cm % 100);
        out.append('m');
        for (int i = 1; i <= 3; i++) {
            out.append(' ');
            appendPrecision(out, wire[i] & 0xFF);
        }
    }

    private static void appendCoordinate(StringBuilder out, long value, char positive, char negative) {
        boolean pos = value >= EQUATOR;
        long v = pos ? value - EQUATOR : EQUATOR - value;
        long millis = v % 1000;
        v /= 1000;
        out.append(v / 3600).append(' ').append((v / 60) % 60).append(' ').append(v % 60).append('.');
        if (millis < 100) {
            out.append('0');
        }
        if (millis < 10) {
            out.append('0');
        }
        out.append(millis).append(' ').append(pos ? positive : negative);
    }

    private static void appendPrecision(StringBuilder out, int octet) {
        int mantissa = octet >> 4;
        int exp = octet & 0x0F;
        if (exp > 1) {
            out.append(mantissa * POWER_OF_TEN[exp - 2]).append('m');
        } else {
            out.append("0.");
            pad2(out, mantissa * POWER_OF_TEN[exp]);
            out.append('m');
        }
    }

    private static void pad2(StringBuilder out, long v) {
        if (v < 10) {
            out.append('0');
        }
        out.append(v);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 1) {
            throw TextFields.badWire("LOC rdata is empty");
        }
        if (wire[0] != 0) {
            return; // RFC 1876 §2: other versions are opaque (BIND keeps them as they are)
        }
        if (wire.length != 16) {
            throw TextFields.badWire("LOC version 0 rdata must be 16 octets");
        }
        for (int i = 1; i <= 3; i++) {
            int c = wire[i] & 0xFF;
            if (c != 0 && ((c & 0x0F) > 9 || (c >> 4) > 9 || (c >> 4) == 0)) {
                throw TextFields.badWire("LOC size/precision octet " + c + " is not a valid mantissa and exponent");
            }
        }
        checkRange(WireBuffer.readU32(wire, 4), 90);
        checkRange(WireBuffer.readU32(wire, 8), 180);
    }

    private static void checkRange(long value, long degrees) {
        if (Math.abs(value - EQUATOR) > degrees * 3600_000L) {
            throw TextFields.badWire("LOC coordinate beyond " + degrees + " degrees");
        }
    }
}

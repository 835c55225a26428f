package dev.signet.core.rdata;

/**
 * Base32 with the extended hex alphabet (RFC 4648 §7), without padding, as NSEC3 uses it for
 * hashed owner names (RFC 5155 §3.3). Decoding is case-insensitive and strict like BIND's
 * {@code isc_base32hexnp}: the length must be a possible unpadded length (0, 2, 4, 5 or 7
 * characters in the last group) and the unused low bits of the last character must be zero.
 */
public final class Base32Hex {

    private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV".toCharArray();

    private Base32Hex() {
    }

    /** Upper-case encoding without padding (BIND prints NSEC3 hashes this way). */
    public static String encode(byte[] data) {
        return encode(data, 0, data.length);
    }

    public static String encode(byte[] data, int off, int len) {
        StringBuilder sb = new StringBuilder((len * 8 + 4) / 5);
        append(sb, data, off, len);
        return sb.toString();
    }

    /** Appends the upper-case encoding without padding. */
    public static void append(StringBuilder sb, byte[] data, int off, int len) {
        long buffer = 0;
        int bits = 0;
        for (int i = off; i < off + len; i++) {
            buffer = (buffer << 8) | (data[i] & 0xFF);
            bits += 8;
            while (bits >= 5) {
                sb.append(DIGITS[(int) (buffer >> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(DIGITS[(int) (buffer << (5 - bits)) & 0x1F]);
        }
    }

    /** Decodes unpadded base32hex of either case, or returns null if the text is not valid. */
    public static byte[] decode(CharSequence s) {
        int rem = s.length() % 8;
        if (rem == 1 || rem == 3 || rem == 6) {
            return null;
        }
        byte[] out = new byte[s.length() * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (v < 0) {
                return null;
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        if ((buffer & ((1L << bits) - 1)) != 0) {
            return null; // non-zero leftover bits: not the canonical encoding of any octets
        }
        return out;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'V') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'v') {
            return c - 'a' + 10;
        }
        return -1;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * Hexadecimal fields in presentation format, read and written the way BIND 9.18 does: input may
 * be split across several words (even inside an octet), output is upper case and, for the long
 * binary fields BIND wraps (digests, certificate data, {@code \#} data), broken into words of 56
 * characters.
 */
public final class HexText {

    /** BIND's {@code -s full} / dnssec-signzone output splits binary text into words this long. */
    public static final int SPLIT_WIDTH = 56;

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private HexText() {
    }

    /**
     * Reads hex from all remaining words of the record (BIND {@code isc_hex_tobuffer} with no
     * length: the words are joined).
     *
     * @param allowEmpty whether no words at all is acceptable (SSHFP); otherwise MISSING_RDATA
     */
    public static byte[] readRemaining(TokenSource tokens, String what, boolean allowEmpty) {
        if (!tokens.hasNext() && !allowEmpty) {
            tokens.next(what); // throws MISSING_RDATA at the end position
        }
        Token first = tokens.peek();
        StringBuilder sb = new StringBuilder();
        while (tokens.hasNext()) {
            Token t = tokens.next(what);
            if (t.quoted()) {
                throw t.error("BAD_HEX", what + " cannot be quoted");
            }
            sb.append(t.text());
        }
        byte[] out = decode(sb);
        if (out == null) {
            throw first.error("BAD_HEX", "bad hex in " + what);
        }
        return out;
    }

    /** Decodes one word of hex (even length, either case), or throws BAD_HEX at the word. */
    public static byte[] parseWord(Token t, String what) {
        byte[] out = t.quoted() ? null : decode(t.text());
        if (out == null) {
            throw t.error("BAD_HEX", "bad hex in " + what + ": '" + t.text() + "'");
        }
        return out;
    }

    /** Decodes hex of either case, or returns null if the text is not an even run of hex digits. */
    public static byte[] decode(CharSequence s) {
        if (s.length() % 2 != 0) {
            return null;
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = value(s.charAt(2 * i));
            int lo = value(s.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Value of an ASCII hex digit, or -1. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Appends upper-case hex without any break (NSEC3 salt, as BIND prints it). */
    public static void append(StringBuilder sb, byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            sb.append(DIGITS[(data[i] >> 4) & 0xF]).append(DIGITS[data[i] & 0xF]);
        }
    }

    /** Appends upper-case hex broken into words of {@link #SPLIT_WIDTH} characters. */
    public static void appendSplit(StringBuilder sb, byte[] data, int off, int len) {
        int chars = 0;
        for (int i = off; i < off + len; i++) {
            if (chars == SPLIT_WIDTH) {
                sb.append(' ');
                chars = 0;
            }
            sb.append(DIGITS[(data[i] >> 4) & 0xF]).append(DIGITS[data[i] & 0xF]);
            chars += 2;
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.util.Locale;
import java.util.Map;

/** Presentation-format field readers and writers shared by the codecs. */
public final class TextFields {

    private TextFields() {
    }

    /** An unsigned decimal integer no greater than {@code max}; {@code what} names the field. */
    public static long unsigned(Token t, long max, String what) {
        String s = t.text();
        if (s.isEmpty() || s.length() > 10 || t.quoted()) {
            throw t.error("BAD_NUMBER", "bad " + what + " '" + s + "'");
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw t.error("BAD_NUMBER", "bad " + what + " '" + s + "'");
            }
            v = v * 10 + (c - '0');
        }
        if (v > max) {
            throw t.error("NUMBER_RANGE", what + " " + s + " is above " + max);
        }
        return v;
    }

    /**
     * A field that BIND reads with {@code dns_mnemonic_fromtext} (DNSSEC algorithm, DS digest
     * type, CERT type): a decimal number of at most 12 digits (leading zeros allowed) no greater
     * than {@code max}, or else one of {@code mnemonics} (upper-case keys; input of any case).
     * Anything else, {@code 0x0d} and {@code 13x} included, is an unknown mnemonic.
     *
     * @throws TextException {@code NUMBER_RANGE} or {@code unknownCode}, without a position
     */
    public static int mnemonicOrNumber(String text, Map<String, Integer> mnemonics, long max, String what,
            String unknownCode) {
        if (!text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long v = Long.parseLong(text);
            if (v > max) {
                throw new TextException("NUMBER_RANGE", what + " " + text + " is above " + max);
            }
            return (int) v;
        }
        Integer v = mnemonics.get(text.toUpperCase(Locale.ROOT));
        if (v == null) {
            throw new TextException(unknownCode, "unknown " + what + " '" + text + "'");
        }
        return v;
    }

    /** As {@link #mnemonicOrNumber(String, Map, long, String, String)}, located at the word. */
    public static int mnemonicOrNumber(Token t, Map<String, Integer> mnemonics, long max, String what,
            String unknownCode) {
        if (t.quoted()) {
            throw t.error(unknownCode, what + " cannot be quoted");
        }
        try {
            return mnemonicOrNumber(t.text(), mnemonics, max, what, unknownCode);
        } catch (TextException e) {
            throw e.at(t);
        }
    }

    public static int u8(Token t, String what) {
        return (int) unsigned(t, 0xFF, what);
    }

    public static int u16(Token t, String what) {
        return (int) unsigned(t, 0xFFFF, what);
    }

    public static long u32(Token t, String what) {
        return unsigned(t, 0xFFFF_FFFFL, what);
    }

    /**
     * Decodes a character-string (RFC 1035 §5.1): {@code \DDD} and {@code \X} escapes, at most
     * 255 octets.
     */
    public static byte[] characterString(Token t) {
        byte[] out = decodeEscapes(t);
        if (out.length > 255) {
            throw t.error("STRING_TOO_LONG", "character-string longer than 255 octets");
        }
        return out;
    }

    /** Decodes backslash escapes of a word into octets (no length limit). */
    public static byte[] decodeEscapes(Token t) {
        String s = t.text();
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw t.error("BAD_ESCAPE", "lone backslash at the end of '" + s + "'");
                }
                char d = s.charAt(i + 1);
                if (d >= '0' && d <= '9') {
                    if (i + 3 >= s.length()) {
                        throw t.error("BAD_ESCAPE", "\\DDD escape needs three digits in '" + s + "'");
                    }
                    char d2 = s.charAt(i + 2);
                    char d3 = s.charAt(i + 3);
                    if (d2 < '0' || d2 > '9' || d3 < '0' || d3 > '9') {
                        throw t.error("BAD_ESCAPE", "\\DDD escape needs three digits in '" + s + "'");
                    }
                    int v = (d - '0') * 100 + (d2 - '0') * 10 + (d3 - '0');
                    if (v > 255) {
                        throw t.error("BAD_ESCAPE", "\\DDD escape above 255 in '" + s + "'");
                    }
                    out[n++] = (byte) v;
                    i += 4;
                } else {
                    out[n++] = (byte) d;
                    i += 2;
                }
            } else {
                if (c > 0xFF) {
                    throw t.error("BAD_CHARACTER", "non-ASCII character in '" + s + "'");
                }
                out[n++] = (byte) c;
                i++;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Appends a character-string in quotes, escaping as BIND does. */
    public static void appendQuoted(StringBuilder sb, byte[] data, int off, int len) {
        sb.append('"');
        for (int i = off; i < off + len; i++) {
            int b = data[i] & 0xFF;
            if (b == '"' || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b < 0x20 || b >= 0x7F) {
                sb.append('\\').append((char) ('0' + b / 100)).append((char) ('0' + (b / 10) % 10))
                        .append((char) ('0' + b % 10));
            } else {
                sb.append((char) b);
            }
        }
        sb.append('"');
    }

    /**
     * The offset just past the character-string (length octet + data) at {@code p}, or a
     * {@code BAD_RDATA_WIRE} error if it does not fit before {@code end}.
     */
    public static int skipCharacterString(byte[] wire, int p, int end) {
        if (p >= end || p + 1 + (wire[p] & 0xFF) > end) {
            throw badWire("character-string runs past the end of the rdata");
        }
        return p + 1 + (wire[p] & 0xFF);
    }

    /** A {@link TextException} for malformed wire rdata. */
    public static TextException badWire(String what) {
        return new TextException("BAD_RDATA_WIRE", what);
    }
}

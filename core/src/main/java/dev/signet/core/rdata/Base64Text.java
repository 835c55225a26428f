package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;


/**
 * Base64 (RFC 4648 §4) fields in presentation format, as BIND 9.18 reads and prints them.
 *
 * <p>Reading: the words of the record are joined until a padded final quantum ends the data
 * (words after it are left for the caller, which reports them as extra input, as BIND does);
 * padding is required, and the unused low bits of the last character must be zero. Writing:
 * broken into words of 56 characters ({@link HexText#SPLIT_WIDTH}).
 */
public final class Base64Text {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUE[ALPHABET[i]] = i;
        }
    }

    private Base64Text() {
    }

    /** Reads base64 from the remaining words; at least one octet is required. */
    public static byte[] readRemaining(TokenSource tokens, String what) {
        Token first = tokens.next(what);
        Decoder d = new Decoder();
        Token t = first;
        while (true) {
            if (t.quoted()) {
                throw t.error("BAD_BASE64", what + " cannot be quoted");
            }
            if (!d.feed(t.text())) {
                throw t.error("BAD_BASE64", "bad base64 in " + what);
            }
            if (d.finished || !tokens.hasNext()) {
                break;
            }
            t = tokens.next(what);
        }
        byte[] out = d.finish();
        if (out == null || out.length == 0) {
            throw first.error("BAD_BASE64", "bad base64 in " + what);
        }
        return out;
    }

    /** Decodes one complete base64 string (may be empty), or returns null if it is malformed. */
    public static byte[] decode(String s) {
        Decoder d = new Decoder();
        if (!d.feed(s)) {
            return null;
        }
        return d.finish();
    }

    /** Decodes or throws {@code BAD_BASE64} (no position). */
    public static byte[] decodeOrThrow(String s, String what) {
        byte[] out = decode(s);
        if (out == null) {
            throw new TextException("BAD_BASE64", "bad base64 in " + what);
        }
        return out;
    }

    /** Appends base64 in one word (SVCB ech, as BIND prints it). */
    public static void append(StringBuilder sb, byte[] data, int off, int len) {
        appendChunks(sb, data, off, len, Integer.MAX_VALUE, "");
    }

    /** Appends base64 broken into words of 56 characters. */
    public static void appendSplit(StringBuilder sb, byte[] data, int off, int len) {
        appendChunks(sb, data, off, len, HexText.SPLIT_WIDTH, " ");
    }

    /**
     * Appends the padded base64 of {@code data[off, off+len)} with {@code separator} after every
     * {@code width} characters (a multiple of 4) except at the end; encoded straight into
     * {@code sb}, without an intermediate array or String.
     */
    public static void appendChunks(StringBuilder sb, byte[] data, int off, int len, int width, CharSequence separator) {
        int end = off + len;
        int written = 0;
        int p = off;
        while (p < end) {
            if (written == width) {
                sb.append(separator);
                written = 0;
            }
            int b0 = data[p] & 0xFF;
            int b1 = p + 1 < end ? data[p + 1] & 0xFF : 0;
            int b2 = p + 2 < end ? data[p + 2] & 0xFF : 0;
            int bits = b0 << 16 | b1 << 8 | b2;
            sb.append(ALPHABET[bits >> 18]).append(ALPHABET[bits >> 12 & 0x3F]);
            sb.append(p + 1 < end ? ALPHABET[bits >> 6 & 0x3F] : '=');
            sb.append(p + 2 < end ? ALPHABET[bits & 0x3F] : '=');
            p += 3;
            written += 4;
        }
    }

    /**
     * Incremental strict decoder over characters that may arrive in several words. Writes into
     * one growing array (a signed zone decodes millions of signatures: no stream, no per-octet
     * call).
     */
    private static final class Decoder {
        private byte[] out = new byte[96];
        private int size;
        private int bits;
        private int n;
        private int pads;
        private boolean finished;

        /** Feeds one word; false on a malformed character sequence. */
        boolean feed(String s) {
            int len = s.length();
            int need = size + len / 4 * 3 + 3;
            if (need > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
            }
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (finished) {
                    return false; // data after the padded end in the same word
                }
                int v;
                if (c == '=') {
                    if (n < 2) {
                        return false;
                    }
                    pads++;
                    v = 0;
                } else {
                    if (pads > 0 || c >= 128 || (v = VALUE[c]) < 0) {
                        return false;
                    }
                }
                bits = bits << 6 | v;
                if (++n == 4 && !emit()) {
                    return false;
                }
            }
            return true;
        }

        private boolean emit() {
            // RFC 4648 §3.5: canonical encoders set the pad bits to zero; BIND rejects others.
            if ((pads == 2 && (bits & 0xFFFF) != 0) || (pads == 1 && (bits & 0xFF) != 0)) {
                return false;
            }
            out[size++] = (byte) (bits >> 16);
            if (pads < 2) {
                out[size++] = (byte) (bits >> 8);
            }
            if (pads < 1) {
                out[size++] = (byte) bits;
            }
            bits = 0;
            n = 0;
            finished = pads > 0;
            return true;
        }

        /** The decoded octets, or null if a quantum is incomplete. */
        byte[] finish() {
            return n == 0 ? java.util.Arrays.copyOf(out, size) : null;
        }
    }
}

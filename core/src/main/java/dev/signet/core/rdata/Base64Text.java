package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.Base64;

/**
 * Base64 (RFC 4648 §4) fields in presentation format, as BIND 9.18 reads and prints them.
 *
 * <p>Reading: the words of the record are joined until a padded final quantum ends the data
 * (words after it are left for the caller, which reports them as extra input, as BIND does);
 * padding is required, and the unused low bits of the last character must be zero. Writing:
 * broken into words of 56 characters ({@link HexText#SPLIT_WIDTH}).
 */
public final class Base64Text {

    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
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
        sb.append(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(data, off, off + len)));
    }

    /** Appends base64 broken into words of 56 characters. */
    public static void appendSplit(StringBuilder sb, byte[] data, int off, int len) {
        String s = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(data, off, off + len));
        for (int i = 0; i < s.length(); i += HexText.SPLIT_WIDTH) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(s, i, Math.min(s.length(), i + HexText.SPLIT_WIDTH));
        }
    }

    /** Incremental strict decoder over characters that may arrive in several words. */
    private static final class Decoder {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private final int[] quantum = new int[4];
        private int n;
        private int pads;
        private boolean finished;

        /** Feeds one word; false on a malformed character sequence. */
        boolean feed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (finished) {
                    return false; // data after the padded end in the same word
                }
                if (c == '=') {
                    if (n < 2) {
                        return false;
                    }
                    pads++;
                    quantum[n++] = 0;
                } else {
                    if (pads > 0 || c >= 128 || VALUE[c] < 0) {
                        return false;
                    }
                    quantum[n++] = VALUE[c];
                }
                if (n == 4 && !emit()) {
                    return false;
                }
            }
            return true;
        }

        private boolean emit() {
            int bits = quantum[0] << 18 | quantum[1] << 12 | quantum[2] << 6 | quantum[3];
            // RFC 4648 §3.5: canonical encoders set the pad bits to zero; BIND rejects others.
            if ((pads == 2 && (quantum[1] & 0x0F) != 0) || (pads == 1 && (quantum[2] & 0x03) != 0)) {
                return false;
            }
            out.write(bits >> 16);
            if (pads < 2) {
                out.write(bits >> 8);
            }
            if (pads < 1) {
                out.write(bits);
            }
            n = 0;
            finished = pads > 0;
            return true;
        }

        /** The decoded octets, or null if a quantum is incomplete. */
        byte[] finish() {
            return n == 0 ? out.toByteArray() : null;
        }
    }
}

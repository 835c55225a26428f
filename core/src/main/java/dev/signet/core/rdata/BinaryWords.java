package dev.signet.core.rdata;

import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.Base64;
import java.util.HexFormat;

/**
 * Base64 and hex data that may be split across the remaining words of a record, as BIND reads
 * and prints it (DNSKEY keys, DS digests): words are joined before decoding, and output is cut
 * into 56-character chunks separated by one space.
 */
final class BinaryWords {

    /** BIND's chunk width for base64 and hex in single-line presentation format. */
    static final int CHUNK = 56;

    private BinaryWords() {
    }

    /**
     * Joins every remaining word and decodes it as strict base64 (RFC 4648 §4: padding only at the
     * end, unused bits zero), as BIND does.
     *
     * @throws dev.signet.core.text.TextException {@code MISSING_RDATA} if no word is left,
     *     {@code BAD_BASE64} at the first word
     */
    static byte[] base64(TokenSource tokens, String what) {
        Token first = tokens.next(what);
        StringBuilder sb = new StringBuilder(first.text());
        while (tokens.hasNext()) {
            sb.append(tokens.next(what).text());
        }
        String text = sb.toString();
        byte[] out;
        try {
            out = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw first.error("BAD_BASE64", "bad base64 in " + what);
        }
        // Round trip to reject what the JDK decoder tolerates: missing padding and non-zero
        // unused bits (BIND rejects "AA" and "AB==").
        if (!Base64.getEncoder().encodeToString(out).equals(text)) {
            throw first.error("BAD_BASE64", "bad base64 in " + what);
        }
        return out;
    }

    /**
     * Joins every remaining word and decodes it as hex (either case, whole octets).
     *
     * @throws dev.signet.core.text.TextException {@code MISSING_RDATA} or {@code BAD_HEX}
     */
    static byte[] hex(TokenSource tokens, String what) {
        Token first = tokens.next(what);
        StringBuilder sb = new StringBuilder(first.text());
        while (tokens.hasNext()) {
            sb.append(tokens.next(what).text());
        }
        if (sb.length() % 2 != 0) {
            throw first.error("BAD_HEX", "odd number of hex digits in " + what);
        }
        try {
            return HexFormat.of().parseHex(sb);
        } catch (IllegalArgumentException e) {
            throw first.error("BAD_HEX", "bad hex in " + what);
        }
    }

    static void appendBase64(StringBuilder out, byte[] data, int off, int len) {
        byte[] slice = off == 0 && len == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + len);
        appendChunked(out, Base64.getEncoder().encodeToString(slice));
    }

    static void appendHexUpper(StringBuilder out, byte[] data, int off, int len) {
        appendChunked(out, HexFormat.of().withUpperCase().formatHex(data, off, off + len));
    }

    private static void appendChunked(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i += CHUNK) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(s, i, Math.min(s.length(), i + CHUNK));
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SvcParams of SVCB and HTTPS (RFC 9460 §2.1, §7, Appendix A) as BIND 9.18 handles them.
 *
 * <p>Keys 0–6 have names in text; {@code dohpath} (7, RFC 9461) is accepted by name but printed
 * as {@code key7}, as BIND 9.18 prints it. A key named with the {@code keyNNNNN} form takes a
 * plain character-string value that must still be well formed for its key. Values of
 * {@code mandatory}, {@code port}, the address hints and {@code ech} are read as written (no
 * escape processing); {@code alpn} uses the two-level value-list escaping of Appendix A.1.
 */
final class SvcParams {

    static final int MANDATORY = 0;
    static final int ALPN = 1;
    static final int NO_DEFAULT_ALPN = 2;
    static final int PORT = 3;
    static final int IPV4HINT = 4;
    static final int ECH = 5;
    static final int IPV6HINT = 6;
    static final int DOHPATH = 7;

    /** Names by key number; index 7 is only read, never printed. */
    private static final String[] NAMES = {"mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech",
        "ipv6hint", "dohpath"};
    private static final int PRINTED_NAMES = 7;

    private SvcParams() {
    }

    /** One key and its wire value. */
    record Param(int key, byte[] value) {
    }

    /** The text name of a key: its mnemonic when BIND prints one, else {@code keyNNNNN}. */
    static String keyName(int key) {
        return key < PRINTED_NAMES ? NAMES[key] : "key" + key;
    }

    // ------------------------------------------------------------------ text → wire

    /**
     * Parses {@code key[=value]}. {@code value} is null when there is no {@code =}; quotes around
     * the value have been removed and escapes are still in place.
     */
    static Param parse(Token at, String keyText, String value) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(keyText)) {
                byte[] v = parseNamedValue(at, k, value == null ? "" : value);
                return new Param(k, v);
            }
        }
        int key = parseKey(at, keyText);
        byte[] v = value == null || value.isEmpty() ? new byte[0] : decode(at, value);
        if (!isValidValue(key, v, 0, v.length)) {
            throw at.error("BAD_SVCPARAM", "value of " + keyText + " is not valid for key " + key);
        }
        return new Param(key, v);
    }

    private static byte[] parseNamedValue(Token at, int key, String value) {
        switch (key) {
            case MANDATORY -> {
                return parseKeyList(at, value);
            }
            case ALPN -> {
                return parseAlpn(at, value);
            }
            case NO_DEFAULT_ALPN -> {
                if (!value.isEmpty()) {
                    throw at.error("BAD_SVCPARAM", "no-default-alpn takes no value");
                }
                return new byte[0];
            }
            case PORT -> {
                // strtoul after an isdigit() check, as BIND reads it: no sign, leading zeros fine.
                if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw at.error("BAD_SVCPARAM", "bad port '" + value + "'");
                }
                String digits = value.replaceFirst("^0+(?=.)", "");
                if (digits.length() > 5 || Integer.parseInt(digits) > 0xFFFF) {
                    throw at.error("NUMBER_RANGE", "port " + value + " is above 65535");
                }
                int port = Integer.parseInt(digits);
                return new byte[] {(byte) (port >> 8), (byte) port};
            }
            case IPV4HINT, IPV6HINT -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (String a : value.split(",", -1)) {
                    byte[] addr = key == IPV4HINT ? IpAddressText.parseIpv4(a) : IpAddressText.parseIpv6(a);
                    if (addr == null) {
                        throw at.error("BAD_ADDRESS", "bad address '" + a + "' in " + NAMES[key]);
                    }
                    out.writeBytes(addr);
                }
                return out.toByteArray();
            }
            case ECH -> {
                byte[] v = Base64Text.decode(value);
                if (v == null) {
                    throw at.error("BAD_BASE64", "bad base64 in ech");
                }
                return v;
            }
            default -> { // DOHPATH
                byte[] v = decode(at, value);
                if (!isValidValue(DOHPATH, v, 0, v.length)) {
                    throw at.error("BAD_SVCPARAM", "dohpath must be a relative URI template with {?dns}");
                }
                return v;
            }
        }
    }

    /** {@code name} (any case) or {@code keyNNNNN} (no leading zeros, at most 65535). */
    private static int parseKey(Token at, String s) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equalsIgnoreCase(s)) {
                return k;
            }
        }
        String digits = s.startsWith("key") ? s.substring(3) : "";
        if (digits.isEmpty() || digits.length() > 1 && digits.charAt(0) == '0'
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw at.error("BAD_SVCPARAM", "unknown SvcParamKey '" + s + "'");
        }
        if (digits.length() > 5 || Integer.parseInt(digits) > 0xFFFF) {
            throw at.error("NUMBER_RANGE", "SvcParamKey " + s + " is above 65535");
        }
        return Integer.parseInt(digits);
    }

    private static byte[] parseKeyList(Token at, String value) {
        if (value.isEmpty()) {
            throw at.error("BAD_SVCPARAM", "mandatory needs at least one key");
        }
        String[] names = value.split(",", -1);
        int[] keys = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = parseKey(at, names[i]);
        }
        Arrays.sort(keys);
        byte[] out = new byte[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                throw at.error("BAD_SVCPARAM", "key " + keyName(keys[i]) + " is listed twice in mandatory");
            }
            out[2 * i] = (byte) (keys[i] >> 8);
            out[2 * i + 1] = (byte) keys[i];
        }
        return out;
    }

    /** RFC 9460 Appendix A.1: character-string escapes first, then {@code \,} and {@code \\} of the list. */
    private static byte[] parseAlpn(Token at, String value) {
        byte[] decoded = decode(at, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream item = new ByteArrayOutputStream();
        for (int i = 0; i <= decoded.length; i++) {
            if (i == decoded.length || decoded[i] == ',') {
                if (item.size() == 0 || item.size() > 255) {
                    throw at.error("BAD_SVCPARAM", "alpn needs non-empty protocol ids of at most 255 octets");
                }
                out.write(item.size());
                out.writeBytes(item.toByteArray());
                item.reset();
            } else if (decoded[i] == '\\') {
                if (++i == decoded.length) {
                    throw at.error("BAD_SVCPARAM", "alpn ends in a lone backslash");
                }
                item.write(decoded[i]);
            } else {
                item.write(decoded[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] decode(Token at, String value) {
        try {
            return TextFields.decodeEscapes(new Token(value, false, at.line(), at.column()));
        } catch (TextException e) {
            throw e.at(at);
        }
    }

    /**
     * Checks a whole parameter list as BIND does after reading it: no key twice, every key named
     * by {@code mandatory} present (and not {@code mandatory} itself), {@code alpn} present when
     * {@code no-default-alpn} is. Keys must already be sorted.
     */
    static void checkSet(Token at, Param[] sorted) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].key() == sorted[i - 1].key()) {
                throw at.error("DUPLICATE_SVCPARAM", "SvcParamKey " + keyName(sorted[i].key()) + " appears twice");
            }
        }
        String problem = setProblem(sorted);
        if (problem != null) {
            throw at.error("BAD_SVCPARAM", problem);
        }
    }

    private static String setProblem(Param[] sorted) {
        boolean haveAlpn = false;
        for (Param p : sorted) {
            if (p.key() == ALPN) {
                haveAlpn = true;
            }
            if (p.key() == NO_DEFAULT_ALPN && !haveAlpn) {
                return "no-default-alpn needs alpn";
            }
        }
        if (sorted.length > 0 && sorted[0].key() == MANDATORY) {
            byte[] m = sorted[0].value();
            for (int i = 0; i < m.length; i += 2) {
                int k = WireBuffer.readU16(m, i);
                if (k == MANDATORY) {
                    return "mandatory cannot list itself";
                }
                boolean present = false;
                for (Param p : sorted) {
                    present |= p.key() == k;
                }
                if (!present) {
                    return "mandatory key " + keyName(k) + " is missing";
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ wire

    /** BIND's per-key value check ({@code svcb_validate}). */
    static boolean isValidValue(int key, byte[] w, int off, int len) {
        switch (key) {
            case MANDATORY:
                if (len == 0 || len % 2 != 0) {
                    return false;
                }
                for (int i = off + 2; i < off + len; i += 2) {
                    if (WireBuffer.readU16(w, i) <= WireBuffer.readU16(w, i - 2)) {
                        return false;
                    }
                }
                return true;
            case ALPN:
                if (len == 0) {
                    return false;
                }
                for (int p = off; p < off + len; p += 1 + (w[p] & 0xFF)) {
                    if (w[p] == 0 || p + 1 + (w[p] & 0xFF) > off + len) {
                        return false;
                    }
                }
                return true;
            case NO_DEFAULT_ALPN:
                return len == 0;
            case PORT:
                return len == 2;
            case IPV4HINT:
                return len > 0 && len % 4 == 0;
            case IPV6HINT:
                return len > 0 && len % 16 == 0;
            case DOHPATH:
                return isValidDohPath(w, off, len);
            default:
                return true;
        }
    }

    /** RFC 9461 §5: a relative URI template (leading "/"), UTF-8, containing the "dns" variable. */
    private static boolean isValidDohPath(byte[] w, int off, int len) {
        if (len < 7 || w[off] != '/') {
            return false;
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(w, off, len)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return s.contains("{?dns}");
    }

    /** Checks the SvcParams in {@code w[p, end)}; throws {@code BAD_RDATA_WIRE}. */
    static void validateWire(byte[] w, int p, int end) {
        int count = 0;
        int last = -1;
        Param[] params = new Param[(end - p) / 4 + 1];
        while (p < end) {
            if (end - p < 4) {
                throw TextFields.badWire("SvcParam header is truncated");
            }
            int key = WireBuffer.readU16(w, p);
            int len = WireBuffer.readU16(w, p + 2);
            if (key <= last) {
                throw TextFields.badWire("SvcParamKeys are not in strictly ascending order");
            }
            if (p + 4 + len > end) {
                throw TextFields.badWire("SvcParamValue runs past the end of the rdata");
            }
            if (!isValidValue(key, w, p + 4, len)) {
                throw TextFields.badWire("malformed value for SvcParamKey " + keyName(key));
            }
            params[count++] = new Param(key, Arrays.copyOfRange(w, p + 4, p + 4 + len));
            last = key;
            p += 4 + len;
        }
        String problem = setProblem(Arrays.copyOf(params, count));
        if (problem != null) {
            throw TextFields.badWire(problem);
        }
    }

    // ------------------------------------------------------------------ wire → text

    /** Appends {@code key[=value]} for the value {@code w[off, off+len)}. */
    static void append(StringBuilder out, int key, byte[] w, int off, int len) {
        out.append(keyName(key));
        if (len == 0) {
            return;
        }
        out.append('=');
        switch (key) {
            case MANDATORY -> {
                for (int i = off; i < off + len; i += 2) {
                    if (i > off) {
                        out.append(',');
                    }
                    out.append(keyName(WireBuffer.readU16(w, i)));
                }
            }
            case ALPN -> {
                out.append('"');
                for (int p = off; p < off + len; p += 1 + (w[p] & 0xFF)) {
                    if (p > off) {
                        out.append(',');
                    }
                    appendAlpnId(out, w, p + 1, w[p] & 0xFF);
                }
                out.append('"');
            }
            case PORT -> out.append(WireBuffer.readU16(w, off));
            case IPV4HINT -> {
                for (int i = off; i < off + len; i += 4) {
                    if (i > off) {
                        out.append(',');
                    }
                    out.append(w[i] & 0xFF).append('.').append(w[i + 1] & 0xFF).append('.').append(w[i + 2] & 0xFF)
                            .append('.').append(w[i + 3] & 0xFF);
                }
            }
            case IPV6HINT -> {
                for (int i = off; i < off + len; i += 16) {
                    if (i > off) {
                        out.append(',');
                    }
                    IpAddressText.appendIpv6(w, i, out);
                }
            }
            case ECH -> Base64Text.append(out, w, off, len);
            default -> TextFields.appendQuoted(out, w, off, len);
        }
    }

    /**
     * One ALPN id inside the quoted list, escaped as BIND prints it: {@code ,} and {@code \} get
     * the value-list backslash, itself escaped for the character-string ({@code \\,}, {@code \\\\});
     * space is written {@code \032}.
     */
    private static void appendAlpnId(StringBuilder out, byte[] w, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int b = w[i] & 0xFF;
            if (b == ',') {
                out.append("\\\\,");
            } else if (b == '\\') {
                out.append("\\\\\\\\");
            } else if (b == '"') {
                out.append("\\\"");
            } else if (b <= 0x20 || b >= 0x7F) {
                out.append('\\').append((char) ('0' + b / 100)).append((char) ('0' + (b / 10) % 10))
                        .append((char) ('0' + b % 10));
            } else {
                out.append((char) b);
            }
        }
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.io.IOException;
import java.io.Reader;

/**
 * One {@code $GENERATE range lhs [ttl] [class] type rhs} directive, expanded lazily: each call
 * to {@link #next()} builds the record for the next value of the range.
 *
 * <p>BIND 9.18's rules, checked with named-checkzone: the range is {@code start-stop[/step]}
 * with all three at most 2^31-1, {@code stop >= start}, {@code step > 0}, and anything after
 * it ignored ({@code 1-3x} is 1-3); any RR type is allowed; in both templates {@code $} is the
 * value, {@code $$} a literal {@code $}, {@code ${offset[,width[,base]]}} a formatted value with
 * base {@code d o x X} (printf-style, zero-padded to width) or {@code n N} (reversed nibbles
 * separated by dots, lower/upper case, padded to width characters), and a backslash copies
 * itself and the next character unchanged (so {@code \$} stays an escaped {@code $} in the
 * name). A value past 2^31-1 is "out of range"; a field of 128 characters or more "ran out of
 * space". Errors name the directive's line.
 */
final class Generate {

    /** BIND formats each field into a 128-byte buffer; longer output is an error. */
    private static final int MAX_FIELD = 127;

    private final String lhs;
    private final String rhs;
    private final RrType type;
    private final RrClass rrClass;
    private final long ttl;
    private final Name origin;
    private final int line;
    private final int column;
    private final long stop;
    private final long step;
    private long value;

    private final StringBuilder expanded = new StringBuilder(64);
    private final BuilderReader reader = new BuilderReader();
    private final Tokenizer rhsTokens = new Tokenizer(reader, 256);
    private final RecordTokens rdataTokens = new RecordTokens();

    /**
     * @throws TextException {@code GENERATE_RANGE} for a bad range (at the given position)
     */
    Generate(String range, String lhs, RrType type, RrClass rrClass, long ttl, String rhs, Name origin,
            int line, int column) {
        long[] r = parseRange(range);
        if (r == null) {
            throw new TextException("GENERATE_RANGE", "$GENERATE: invalid range '" + range + "'", line, column);
        }
        this.value = r[0];
        this.stop = r[1];
        this.step = r[2];
        this.lhs = lhs;
        this.rhs = rhs;
        this.type = type;
        this.rrClass = rrClass;
        this.ttl = ttl;
        this.origin = origin;
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    boolean hasNext() {
        return value <= stop;
    }

    /**
     * The record for the next value. Its owner may lie outside the zone: the caller filters.
     *
     * @throws TextException positioned at the directive; the caller should stop this generator
     */
    Record next() {
        int it = (int) value;
        value += step;
        expanded.setLength(0);
        expand(lhs, it, expanded);
        Name owner;
        try {
            owner = Name.parse(expanded.toString(), origin);
        } catch (TextException e) {
            throw e.at(line, column);
        }
        expanded.setLength(0);
        expand(rhs, it, expanded);
        reader.reset(expanded);
        rhsTokens.reset(reader);
        try {
            if (!rhsTokens.next()) {
                throw new TextException("MISSING_RDATA", "$GENERATE: unexpected end of input", line, column);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (rhsTokens.error() != null) {
            TextException e = rhsTokens.error();
            throw new TextException(e.code(), "$GENERATE: " + e.detail(), line, column);
        }
        Rdata rdata;
        try {
            rdataTokens.resetPinned(rhsTokens, 0, line, column);
            rdata = RdataCodecs.parse(type, rdataTokens, origin);
        } catch (TextException e) {
            throw new TextException(e.code(), "$GENERATE: " + e.detail(), line, column);
        }
        if (rdataTokens.hasNext()) {
            throw new TextException("EXTRA_RDATA", "$GENERATE: extra input text '"
                    + rhsTokens.text(rdataTokens.position()) + "'", line, column);
        }
        return new Record(owner, type, rrClass, ttl, rdata);
    }

    // ------------------------------------------------------------------ range

    /** {@code start-stop[/step]} as BIND's {@code sscanf("%u-%u/%u")} reads it; null if invalid. */
    static long[] parseRange(String s) {
        int[] p = {0};
        long start = unsigned(s, p);
        if (start < 0 || p[0] >= s.length() || s.charAt(p[0]) != '-') {
            return null;
        }
        p[0]++;
        long stop = unsigned(s, p);
        if (stop < 0) {
            return null;
        }
        long step = 1;
        if (p[0] < s.length() && s.charAt(p[0]) == '/') {
            p[0]++;
            long st = unsigned(s, p);
            if (st >= 0) {
                step = st;
            }
        }
        if (stop < start || start > Integer.MAX_VALUE || stop > Integer.MAX_VALUE
                || step == 0 || step > Integer.MAX_VALUE) {
            return null;
        }
        return new long[] {start, stop, step};
    }

    /** Decimal digits at p[0] (advancing it), or -1 if none or more than 32 bits. */
    private static long unsigned(String s, int[] p) {
        int i = p[0];
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > 0xFFFF_FFFFL) {
                return -1;
            }
            i++;
        }
        if (i == p[0]) {
            return -1;
        }
        p[0] = i;
        return v;
    }

    // ------------------------------------------------------------------ templates

    /**
     * Appends the template with {@code $} fields replaced by values derived from {@code it}.
     *
     * @throws TextException {@code GENERATE_SYNTAX}, {@code GENERATE_RANGE} or {@code GENERATE_SPACE}
     *     at this directive
     */
    void expand(String t, int it, StringBuilder out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\\') {
                out.append(c);
                i++;
                if (i < n) {
                    out.append(t.charAt(i++));
                }
                continue;
            }
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i < n && t.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            long delta = 0;
            long width = 0;
            char mode = 'd';
            if (i < n && t.charAt(i) == '{') {
                int[] p = {i + 1};
                Long d = signed(t, p);
                if (d == null) {
                    throw syntax();
                }
                delta = d;
                if (p[0] < n && t.charAt(p[0]) == ',') {
                    p[0]++;
                    long w = unsigned(t, p);
                    if (w < 0) {
                        throw syntax();
                    }
                    width = w;
                    if (p[0] < n && t.charAt(p[0]) == ',') {
                        char m = p[0] + 1 < n ? t.charAt(p[0] + 1) : 0;
                        if ("doxXnN".indexOf(m) < 0 || m == 0) {
                            throw syntax();
                        }
                        mode = m;
                        p[0] += 2;
                    }
                }
                if (p[0] >= n || t.charAt(p[0]) != '}') {
                    throw syntax();
                }
                i = p[0] + 1;
            }
            if (it > 0 && delta > Integer.MAX_VALUE - it) {
                throw new TextException("GENERATE_RANGE", "$GENERATE: out of range", line, column);
            }
            if (width > MAX_FIELD) {
                throw space();
            }
            int before = out.length();
            format((int) (it + delta), (int) width, mode, out);
            if (out.length() - before > MAX_FIELD) {
                throw space();
            }
        }
    }

    /** {@code %d} as sscanf reads it: optional sign, digits; null if none or not an int. */
    private static Long signed(String s, int[] p) {
        int i = p[0];
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int[] q = {i};
        long v = unsigned(s, q);
        if (v < 0 || v > (negative ? 1L << 31 : Integer.MAX_VALUE)) {
            return null;
        }
        p[0] = q[0];
        return negative ? -v : v;
    }

    private static void format(int v, int width, char mode, StringBuilder out) {
        switch (mode) {
            case 'n', 'N' -> nibbles(v & 0xFFFF_FFFFL, width, mode == 'N', out);
            case 'o' -> pad(Long.toOctalString(v & 0xFFFF_FFFFL), false, width, out);
            case 'x' -> pad(Long.toHexString(v & 0xFFFF_FFFFL), false, width, out);
            case 'X' -> pad(Long.toHexString(v & 0xFFFF_FFFFL).toUpperCase(java.util.Locale.ROOT), false, width, out);
            default -> pad(Long.toString(Math.abs((long) v)), v < 0, width, out);
        }
    }

    /** printf {@code %0<width>}: the sign first, then zeros up to the width. */
    private static void pad(String digits, boolean negative, int width, StringBuilder out) {
        if (negative) {
            out.append('-');
        }
        for (int k = digits.length() + (negative ? 1 : 0); k < width; k++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * Nibble mode (for ip6.arpa names): least significant nibble first, dot separated; a
     * non-zero width counts output characters (dots included) and pads with {@code .0} (which
     * may leave a trailing dot, making the name absolute, exactly as BIND does).
     */
    private static void nibbles(long value, int width, boolean upper, StringBuilder out) {
        String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        long v = value;
        int w = width;
        do {
            out.append(digits.charAt((int) (v & 0xF)));
            v >>>= 4;
            if (w > 0) {
                w--;
            }
            if (w > 0 || v != 0) {
                out.append('.');
                if (w > 0) {
                    w--;
                }
            }
        } while (v != 0 || w > 0);
    }

    private TextException syntax() {
        return new TextException("GENERATE_SYNTAX", "$GENERATE: syntax error in a ${...} field", line, column);
    }

    private TextException space() {
        return new TextException("GENERATE_SPACE", "$GENERATE: ran out of space (field of 128 characters or more)",
                line, column);
    }

    /** A reader over a StringBuilder that can be pointed at new contents without allocation. */
    private static final class BuilderReader extends Reader {
        private CharSequence src;
        private int at;

        void reset(CharSequence s) {
            src = s;
            at = 0;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (at >= src.length()) {
                return -1;
            }
            int n = Math.min(len, src.length() - at);
            for (int k = 0; k < n; k++) {
                cbuf[off + k] = src.charAt(at + k);
            }
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}

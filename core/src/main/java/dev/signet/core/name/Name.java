package dev.signet.core.name;

import dev.signet.core.text.TextException;

import java.util.Arrays;

/**
 * An absolute domain name held as its uncompressed wire form (length-prefixed labels ending in
 * the root label) in one {@code byte[]}.
 *
 * <p>{@link #equals} is case-insensitive for ASCII letters (RFC 4343); {@link #compareTo} is the
 * DNSSEC canonical order of RFC 4034 §6.1. Case is preserved for presentation.
 */
public final class Name implements Comparable<Name> {

    /** RFC 1035 §2.3.4: at most 255 octets on the wire, 63 per label. */
    public static final int MAX_WIRE_LENGTH = 255;
    public static final int MAX_LABEL_LENGTH = 63;

    public static final Name ROOT = new Name(new byte[] {0});

    private final byte[] wire;
    private final int hash;

    private Name(byte[] wire) {
        this.wire = wire;
        int h = 1;
        for (byte b : wire) {
            h = 31 * h + lower(b);
        }
        this.hash = h;
    }

    // ---------------------------------------------------------------- construction

    /**
     * Parses a presentation-format name (RFC 1035 §5.1): {@code \DDD} and {@code \X} escapes,
     * {@code @} for the origin, relative names completed with {@code origin}.
     *
     * @param origin the origin for relative names, or {@code null} if only absolute names are allowed
     * @throws TextException with code {@code BAD_NAME} (or {@code NAME_TOO_LONG}, {@code LABEL_TOO_LONG},
     *     {@code EMPTY_LABEL}, {@code RELATIVE_NAME}) and a message; no position (the caller knows it)
     */
    public static Name parse(String text, Name origin) {
        if (text.equals("@")) {
            if (origin == null) {
                throw new TextException("RELATIVE_NAME", "'@' used without an origin");
            }
            return origin;
        }
        if (text.isEmpty()) {
            throw new TextException("BAD_NAME", "empty name");
        }
        if (text.equals(".")) {
            return ROOT;
        }
        // Every character yields at most one octet and each dot becomes the next length octet,
        // so the labels need at most length + 1 octets: size the scratch to the input (parsing
        // millions of names must not allocate a 256-byte array each time).
        int len = text.length();
        byte[] buf = new byte[Math.min(len + 1, MAX_WIRE_LENGTH + 1)];
        int pos = 0;          // where the next label's length byte goes
        int labelLen = 0;
        boolean absolute = false;
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            int octet;
            if (c == '.') {
                if (labelLen == 0) {
                    throw new TextException("EMPTY_LABEL", "empty label in '" + text + "'");
                }
                buf[pos] = (byte) labelLen;
                pos += labelLen + 1;
                labelLen = 0;
                i++;
                if (i == len) {
                    absolute = true;
                }
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= len) {
                    throw new TextException("BAD_ESCAPE", "name ends in a lone backslash: '" + text + "'");
                }
                char d = text.charAt(i + 1);
                if (isDigit(d)) {
                    if (i + 3 >= len || !isDigit(text.charAt(i + 2)) || !isDigit(text.charAt(i + 3))) {
                        throw new TextException("BAD_ESCAPE", "\\DDD escape needs three digits in '" + text + "'");
                    }
                    octet = (d - '0') * 100 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
                    if (octet > 255) {
                        throw new TextException("BAD_ESCAPE", "\\DDD escape above 255 in '" + text + "'");
                    }
                    i += 4;
                } else {
                    octet = d;
                    i += 2;
                }
            } else {
                octet = c;
                i++;
            }
            if (octet > 0xFF) {
                throw new TextException("BAD_NAME", "non-ASCII character in name '" + text + "'");
            }
            if (labelLen == MAX_LABEL_LENGTH) {
                throw new TextException("LABEL_TOO_LONG", "label longer than 63 octets in '" + text + "'");
            }
            if (pos + 1 + labelLen >= MAX_WIRE_LENGTH) {
                throw new TextException("NAME_TOO_LONG", "name longer than 255 octets: '" + text + "'");
            }
            buf[pos + 1 + labelLen] = (byte) octet;
            labelLen++;
        }
        if (labelLen > 0) {
            buf[pos] = (byte) labelLen;
            pos += labelLen + 1;
        }
        byte[] suffix;
        if (absolute) {
            suffix = ROOT.wire;
        } else {
            if (origin == null) {
                throw new TextException("RELATIVE_NAME", "relative name '" + text + "' without an origin");
            }
            suffix = origin.wire;
        }
        int total = pos + suffix.length;
        if (total > MAX_WIRE_LENGTH) {
            throw new TextException("NAME_TOO_LONG", "name longer than 255 octets: '" + text + "'");
        }
        byte[] out = Arrays.copyOf(buf, total);
        System.arraycopy(suffix, 0, out, pos, suffix.length);
        return new Name(out);
    }

    /** Parses an absolute name, as for tests and constants. */
    public static Name of(String absoluteText) {
        return parse(absoluteText, null);
    }

    /**
     * Reads an uncompressed name from wire data starting at {@code offset}.
     *
     * @throws TextException {@code BAD_WIRE_NAME} if the data is not a well-formed uncompressed name
     */
    public static Name fromWire(byte[] data, int offset) {
        int p = offset;
        while (true) {
            if (p >= data.length) {
                throw new TextException("BAD_WIRE_NAME", "name runs past the end of the data");
            }
            int l = data[p] & 0xFF;
            if (l > MAX_LABEL_LENGTH) {
                throw new TextException("BAD_WIRE_NAME", "compressed or extended label type in wire name");
            }
            p += l + 1;
            if (p - offset > MAX_WIRE_LENGTH) {
                throw new TextException("BAD_WIRE_NAME", "wire name longer than 255 octets");
            }
            if (l == 0) {
                break;
            }
        }
        if (p - offset == 1) {
            return ROOT;
        }
        return new Name(Arrays.copyOfRange(data, offset, p));
    }

    /** Builds a name from labels given leftmost first (without the root label). */
    public static Name fromLabels(byte[]... labels) {
        int total = 1;
        for (byte[] l : labels) {
            if (l.length == 0 || l.length > MAX_LABEL_LENGTH) {
                throw new TextException("BAD_NAME", "label length " + l.length);
            }
            total += l.length + 1;
        }
        if (total > MAX_WIRE_LENGTH) {
            throw new TextException("NAME_TOO_LONG", "name longer than 255 octets");
        }
        byte[] out = new byte[total];
        int p = 0;
        for (byte[] l : labels) {
            out[p++] = (byte) l.length;
            System.arraycopy(l, 0, out, p, l.length);
            p += l.length;
        }
        return new Name(out);
    }

    // ---------------------------------------------------------------- structure

    /** Length of the wire form, including the root label. */
    public int wireLength() {
        return wire.length;
    }

    /** A copy of the wire form. */
    public byte[] toWire() {
        return wire.clone();
    }

    /** Copies the wire form into {@code dst}, lower-cased if asked (RFC 4034 §6.2); returns the new offset. */
    public int writeWire(byte[] dst, int offset, boolean lowercase) {
        if (!lowercase) {
            System.arraycopy(wire, 0, dst, offset, wire.length);
        } else {
            for (int i = 0; i < wire.length; i++) {
                dst[offset + i] = wire[i];
            }
            int p = 0;
            while (wire[p] != 0) {
                int l = wire[p];
                for (int j = p + 1; j <= p + l; j++) {
                    dst[offset + j] = (byte) lower(wire[j]);
                }
                p += l + 1;
            }
        }
        return offset + wire.length;
    }

    /** Number of labels, not counting the root (so {@code ROOT} has 0); RFC 4034 §3.1.3. */
    public int labelCount() {
        int n = 0;
        int p = 0;
        while (wire[p] != 0) {
            p += wire[p] + 1;
            n++;
        }
        return n;
    }

    /** The {@code i}-th label from the left (0 = leftmost), as raw octets. */
    public byte[] label(int i) {
        int p = 0;
        for (int k = 0; k < i; k++) {
            if (wire[p] == 0) {
                throw new IndexOutOfBoundsException(i);
            }
            p += wire[p] + 1;
        }
        if (wire[p] == 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return Arrays.copyOfRange(wire, p + 1, p + 1 + wire[p]);
    }

    public boolean isRoot() {
        return wire.length == 1;
    }

    /** True if the leftmost label is the single octet {@code *} (RFC 4592). */
    public boolean isWildcard() {
        return wire.length > 1 && wire[0] == 1 && wire[1] == '*';
    }

    /** The name with its leftmost label removed. */
    public Name parent() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no parent");
        }
        int skip = wire[0] + 1;
        if (wire.length - skip == 1) {
            return ROOT;
        }
        return new Name(Arrays.copyOfRange(wire, skip, wire.length));
    }

    /** The rightmost {@code n} labels of this name (n ≤ labelCount()). */
    public Name suffix(int n) {
        int drop = labelCount() - n;
        if (drop < 0) {
            throw new IllegalArgumentException("name has fewer than " + n + " labels");
        }
        int p = 0;
        for (int k = 0; k < drop; k++) {
            p += wire[p] + 1;
        }
        if (p == 0) {
            return this;
        }
        if (wire.length - p == 1) {
            return ROOT;
        }
        return new Name(Arrays.copyOfRange(wire, p, wire.length));
    }

    /** True if this name equals {@code other} or lies below it. */
    public boolean isSubdomainOf(Name other) {
        int diff = wire.length - other.wire.length;
        if (diff < 0) {
            return false;
        }
        // Walk to the label boundary at offset diff; the suffix must start on a boundary.
        int p = 0;
        while (p < diff) {
            p += wire[p] + 1;
        }
        if (p != diff) {
            return false;
        }
        for (int i = 0; i < other.wire.length; i++) {
            if (lower(wire[diff + i]) != lower(other.wire[i])) {
                return false;
            }
        }
        return true;
    }

    /** This name with one label put in front. */
    public Name prepend(byte[] label) {
        if (label.length == 0 || label.length > MAX_LABEL_LENGTH) {
            throw new TextException("BAD_NAME", "label length " + label.length);
        }
        if (wire.length + label.length + 1 > MAX_WIRE_LENGTH) {
            throw new TextException("NAME_TOO_LONG", "name longer than 255 octets");
        }
        byte[] out = new byte[wire.length + label.length + 1];
        out[0] = (byte) label.length;
        System.arraycopy(label, 0, out, 1, label.length);
        System.arraycopy(wire, 0, out, label.length + 1, wire.length);
        return new Name(out);
    }

    /** {@code *.<this>}. */
    public Name wildcardChild() {
        return prepend(new byte[] {'*'});
    }

    /** The name with ASCII letters lower-cased (the canonical form of RFC 4034 §6.2). */
    public Name toLowerCase() {
        byte[] out = new byte[wire.length];
        writeWire(out, 0, true);
        if (Arrays.equals(out, wire)) {
            return this;
        }
        return new Name(out);
    }

    // ---------------------------------------------------------------- text

    /** The absolute presentation form, with a trailing dot and BIND's escapes. */
    @Override
    public String toString() {
        if (isRoot()) {
            return ".";
        }
        StringBuilder sb = new StringBuilder(wire.length + 8);
        appendLabels(sb, wire.length - 1);
        return sb.toString();
    }

    /**
     * The presentation form relative to {@code origin} ({@code @} for the origin itself), or the
     * absolute form when this name is not below it.
     */
    public String toRelativeString(Name origin) {
        if (origin == null || !isSubdomainOf(origin)) {
            return toString();
        }
        if (equals(origin)) {
            return "@";
        }
        StringBuilder sb = new StringBuilder(wire.length);
        appendLabels(sb, wire.length - origin.wire.length);
        sb.setLength(sb.length() - 1); // drop the dot that would join it to the origin
        return sb.toString();
    }

    private void appendLabels(StringBuilder sb, int end) {
        int p = 0;
        while (p < end) {
            int l = wire[p];
            for (int j = p + 1; j <= p + l; j++) {
                appendEscaped(sb, wire[j] & 0xFF);
            }
            sb.append('.');
            p += l + 1;
        }
    }

    /** Presentation escaping of one name octet, as BIND prints it. */
    static void appendEscaped(StringBuilder sb, int b) {
        switch (b) {
            case '.', ';', '\\', '(', ')', '"', '@', '$' -> sb.append('\\').append((char) b);
            default -> {
                if (b <= 0x20 || b >= 0x7F) {
                    sb.append('\\');
                    sb.append((char) ('0' + b / 100));
                    sb.append((char) ('0' + (b / 10) % 10));
                    sb.append((char) ('0' + b % 10));
                } else {
                    sb.append((char) b);
                }
            }
        }
    }

    // ---------------------------------------------------------------- comparison

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Name other) || other.hash != hash || other.wire.length != wire.length) {
            return false;
        }
        byte[] a = wire;
        byte[] b = other.wire;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && lower(a[i]) != lower(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Byte-for-byte equality, case included. */
    public boolean equalsExact(Name other) {
        return Arrays.equals(wire, other.wire);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * RFC 4034 §6.1 canonical order: compare label by label from the rightmost, each label as a
     * lower-cased octet string where a shorter label that is a prefix of a longer one sorts first;
     * a name with fewer labels sorts before its subdomains.
     */
    @Override
    public int compareTo(Name other) {
        if (this == other) {
            return 0;
        }
        byte[] a = wire;
        byte[] b = other.wire;
        // Label offsets go into per-thread scratch space: sorting a million names compares them
        // some twenty million times, and two arrays per comparison were most of the garbage.
        int[] starts = LABEL_STARTS.get();
        int na = labelStarts(a, starts, 0);
        int nb = labelStarts(b, starts, MAX_LABELS);
        int ia = na - 1;
        int ib = nb - 1;
        while (ia >= 0 && ib >= 0) {
            int pa = starts[ia];
            int pb = starts[MAX_LABELS + ib];
            int la = a[pa];
            int lb = b[pb];
            int n = Math.min(la, lb);
            for (int k = 1; k <= n; k++) {
                int ca = lower(a[pa + k]);
                int cb = lower(b[pb + k]);
                if (ca != cb) {
                    return ca - cb;
                }
            }
            if (la != lb) {
                return la - lb;
            }
            ia--;
            ib--;
        }
        return Integer.compare(na, nb);
    }

    /** More labels than a 255-octet name can hold (RFC 1035 §3.1: each takes at least two octets). */
    private static final int MAX_LABELS = 128;
    private static final ThreadLocal<int[]> LABEL_STARTS = ThreadLocal.withInitial(() -> new int[2 * MAX_LABELS]);

    /** Writes the offset of each label's length byte to {@code starts[from...]}; returns the label count. */
    private static int labelStarts(byte[] w, int[] starts, int from) {
        int n = 0;
        int p = 0;
        while (w[p] != 0) {
            starts[from + n++] = p;
            p += w[p] + 1;
        }
        return n;
    }

    private static int lower(byte b) {
        int c = b & 0xFF;
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

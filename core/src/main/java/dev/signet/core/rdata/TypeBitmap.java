package dev.signet.core.rdata;

import dev.signet.core.rr.RrType;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The windowed type bitmap of NSEC, NSEC3 and CSYNC (RFC 4034 §4.1.2, RFC 5155 §3.2.1,
 * RFC 7477 §2.1.2): an immutable set of RR types.
 *
 * <p>On the wire each non-empty 256-type window is written as window number, bitmap length
 * (1–32) and the bitmap with trailing zero octets removed, windows in ascending order.
 * {@link #fromWire} enforces exactly that, as BIND does.
 */
public final class TypeBitmap {

    public static final TypeBitmap EMPTY = new TypeBitmap(new int[0]);

    /** Distinct type codes, ascending. */
    private final int[] codes;

    private TypeBitmap(int[] sortedDistinctCodes) {
        this.codes = sortedDistinctCodes;
    }

    public static TypeBitmap of(RrType... types) {
        return of(Arrays.asList(types));
    }

    public static TypeBitmap of(Collection<RrType> types) {
        int[] c = new int[types.size()];
        int n = 0;
        for (RrType t : types) {
            c[n++] = t.code();
        }
        return ofCodes(c);
    }

    private static TypeBitmap ofCodes(int[] c) {
        int[] sorted = c.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == 0 ? EMPTY : new TypeBitmap(Arrays.copyOf(sorted, n));
    }

    /**
     * Reads and checks a bitmap occupying {@code wire[off, end)}.
     *
     * @param allowEmpty false for NSEC, whose bitmap BIND requires to name at least one type
     * @throws dev.signet.core.text.TextException {@code BAD_RDATA_WIRE}
     */
    public static TypeBitmap fromWire(byte[] wire, int off, int end, boolean allowEmpty) {
        check(wire, off, end, allowEmpty);
        if (off == end) {
            return EMPTY;
        }
        int[] c = new int[64];
        int n = 0;
        for (int p = off; p < end; ) {
            int window = wire[p] & 0xFF;
            int len = wire[p + 1] & 0xFF;
            for (int i = 0; i < len; i++) {
                int octet = wire[p + 2 + i] & 0xFF;
                for (int bit = 0; bit < 8; bit++) {
                    if ((octet & (0x80 >> bit)) != 0) {
                        if (n == c.length) {
                            c = Arrays.copyOf(c, n * 2);
                        }
                        c[n++] = window * 256 + i * 8 + bit;
                    }
                }
            }
            p += 2 + len;
        }
        return new TypeBitmap(Arrays.copyOf(c, n));
    }

    /**
     * Checks the structure of a bitmap occupying {@code wire[off, end)} without decoding it (the
     * check every NSEC and NSEC3 record gets when it is created: no allocation).
     *
     * @throws dev.signet.core.text.TextException {@code BAD_RDATA_WIRE}
     */
    public static void check(byte[] wire, int off, int end, boolean allowEmpty) {
        int p = off;
        int lastWindow = -1;
        while (p < end) {
            if (end - p < 2) {
                throw TextFields.badWire("type bitmap window header is truncated");
            }
            int window = wire[p] & 0xFF;
            int len = wire[p + 1] & 0xFF;
            if (window <= lastWindow) {
                throw TextFields.badWire("type bitmap windows are not in ascending order");
            }
            if (len < 1 || len > 32) {
                throw TextFields.badWire("type bitmap window length " + len + " is not 1-32");
            }
            if (p + 2 + len > end) {
                throw TextFields.badWire("type bitmap window runs past the end of the rdata");
            }
            if (wire[p + 1 + len] == 0) {
                throw TextFields.badWire("type bitmap window ends in a zero octet");
            }
            lastWindow = window;
            p += 2 + len;
        }
        // Every window ends in a non-zero octet, so the bitmap names no type only when it has no window.
        if (p == off && !allowEmpty) {
            throw TextFields.badWire("type bitmap is empty");
        }
    }

    /**
     * Reads type mnemonics (or {@code TYPEnnn}) from all remaining words. Duplicates are allowed
     * and collapse, as in BIND.
     */
    public static TypeBitmap parse(TokenSource tokens, boolean allowEmpty) {
        Token end = tokens.endPosition();
        int[] c = new int[8];
        int n = 0;
        while (tokens.hasNext()) {
            Token t = tokens.next("type");
            RrType type = t.quoted() ? null : RrType.lookup(t.text());
            if (type == null) {
                throw t.error("UNKNOWN_TYPE", "unknown RR type '" + t.text() + "' in type bitmap");
            }
            if (n == c.length) {
                c = Arrays.copyOf(c, n * 2);
            }
            c[n++] = type.code();
        }
        if (n == 0 && !allowEmpty) {
            throw end.error("EMPTY_TYPE_BITMAP", "the type bitmap must name at least one type");
        }
        return ofCodes(Arrays.copyOf(c, n));
    }

    public boolean contains(RrType type) {
        return Arrays.binarySearch(codes, type.code()) >= 0;
    }

    public boolean isEmpty() {
        return codes.length == 0;
    }

    public int size() {
        return codes.length;
    }

    /** The types, ascending by code. */
    public List<RrType> types() {
        List<RrType> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(RrType.of(c));
        }
        return Collections.unmodifiableList(out);
    }

    /** This set plus {@code more}. */
    public TypeBitmap with(RrType... more) {
        int[] c = Arrays.copyOf(codes, codes.length + more.length);
        for (int i = 0; i < more.length; i++) {
            c[codes.length + i] = more[i].code();
        }
        return ofCodes(c);
    }

    /** Octets this bitmap takes on the wire. */
    public int wireLength() {
        int total = 0;
        int i = 0;
        while (i < codes.length) {
            int window = codes[i] >> 8;
            int last = codes[i];
            while (i < codes.length && codes[i] >> 8 == window) {
                last = codes[i++];
            }
            total += 2 + ((last & 0xFF) >> 3) + 1;
        }
        return total;
    }

    public byte[] toWire() {
        WireBuffer w = new WireBuffer(wireLength());
        writeTo(w);
        return w.toByteArray();
    }

    public void writeTo(WireBuffer w) {
        int i = 0;
        while (i < codes.length) {
            int window = codes[i] >> 8;
            byte[] bits = new byte[32];
            int maxOctet = 0;
            while (i < codes.length && codes[i] >> 8 == window) {
                int low = codes[i++] & 0xFF;
                bits[low >> 3] |= (byte) (0x80 >> (low & 7));
                maxOctet = low >> 3;
            }
            w.u8(window).u8(maxOctet + 1).bytes(bits, 0, maxOctet + 1);
        }
    }

    /** Appends the mnemonics separated by single spaces (nothing when empty). */
    public void appendText(StringBuilder sb) {
        for (int i = 0; i < codes.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(RrType.of(codes[i]).mnemonic());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeBitmap b && Arrays.equals(b.codes, codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;

import java.util.Arrays;

/** A growable byte buffer for assembling wire-format rdata. Not thread-safe. */
public final class WireBuffer {

    private byte[] buf;
    private int len;

    public WireBuffer() {
        this(64);
    }

    public WireBuffer(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    public WireBuffer u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public WireBuffer u16(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public WireBuffer u32(long v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public WireBuffer bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public WireBuffer bytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    /** Appends a name's uncompressed wire form, case preserved. */
    public WireBuffer name(Name n) {
        ensure(n.wireLength());
        len = n.writeWire(buf, len, false);
        return this;
    }

    /** Overwrites one octet already written. */
    public void setU8(int at, int v) {
        buf[at] = (byte) v;
    }

    /** Overwrites two octets already written. */
    public void setU16(int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    public int length() {
        return len;
    }

    /** Reads an unsigned 16-bit number at {@code p}. */
    public static int readU16(byte[] w, int p) {
        return ((w[p] & 0xFF) << 8) | (w[p + 1] & 0xFF);
    }

    /** Reads an unsigned 32-bit number at {@code p}. */
    public static long readU32(byte[] w, int p) {
        return ((long) (w[p] & 0xFF) << 24) | ((w[p + 1] & 0xFF) << 16) | ((w[p + 2] & 0xFF) << 8) | (w[p + 3] & 0xFF);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}

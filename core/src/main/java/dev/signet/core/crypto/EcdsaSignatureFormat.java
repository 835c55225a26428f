package dev.signet.core.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The one place that converts ECDSA signatures between the JCA's DER encoding
 * ({@code SEQUENCE { INTEGER r, INTEGER s }}, X9.62) and the DNSSEC wire form of RFC 6605 §4:
 * {@code r | s}, each a big-endian unsigned integer left-padded with zeros to the field length.
 */
public final class EcdsaSignatureFormat {

    private EcdsaSignatureFormat() {
    }

    /**
     * DER to {@code r | s}.
     *
     * @param fieldLength octets of r and of s (32 for P-256, 48 for P-384)
     * @throws IllegalArgumentException if {@code der} is not a well-formed signature that fits
     */
    public static byte[] derToRaw(byte[] der, int fieldLength) {
        int[] pos = {0};
        expect(der, pos, 0x30);
        int seqLen = readLength(der, pos);
        if (pos[0] + seqLen != der.length) {
            throw new IllegalArgumentException("DER signature: sequence length does not match");
        }
        byte[] out = new byte[2 * fieldLength];
        readInteger(der, pos, out, 0, fieldLength);
        readInteger(der, pos, out, fieldLength, fieldLength);
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("DER signature: trailing data");
        }
        return out;
    }

    /** {@code r | s} (two equal halves) to DER. */
    public static byte[] rawToDer(byte[] raw) {
        if (raw.length == 0 || raw.length % 2 != 0) {
            throw new IllegalArgumentException("raw ECDSA signature must have two equal halves");
        }
        int half = raw.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream(raw.length + 8);
        writeTlv(body, 0x02, r);
        writeTlv(body, 0x02, s);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 12);
        writeTlv(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    /** {@code BigInteger} r and s to {@code r | s}. */
    public static byte[] toRaw(BigInteger r, BigInteger s, int fieldLength) {
        byte[] out = new byte[2 * fieldLength];
        putUnsigned(r, out, 0, fieldLength);
        putUnsigned(s, out, fieldLength, fieldLength);
        return out;
    }

    /** Writes a non-negative integer big-endian, left-padded, into {@code len} octets. */
    static void putUnsigned(BigInteger v, byte[] out, int off, int len) {
        byte[] b = v.toByteArray();
        int start = 0;
        while (start < b.length - 1 && b[start] == 0) {
            start++;
        }
        int n = b.length - start;
        if (v.signum() < 0 || n > len) {
            throw new IllegalArgumentException("integer does not fit in " + len + " octets");
        }
        System.arraycopy(b, start, out, off + len - n, n);
    }

    private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else if (value.length < 0x100) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >>> 8);
            out.write(value.length);
        }
        out.writeBytes(value);
    }

    private static void expect(byte[] der, int[] pos, int tag) {
        if (pos[0] >= der.length || (der[pos[0]] & 0xFF) != tag) {
            throw new IllegalArgumentException("DER signature: expected tag " + tag);
        }
        pos[0]++;
    }

    private static int readLength(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            throw new IllegalArgumentException("DER signature: truncated");
        }
        int first = der[pos[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7F;
        if (n == 0 || n > 2 || pos[0] + n > der.length) {
            throw new IllegalArgumentException("DER signature: bad length");
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (der[pos[0]++] & 0xFF);
        }
        return len;
    }

    private static void readInteger(byte[] der, int[] pos, byte[] out, int off, int fieldLength) {
        expect(der, pos, 0x02);
        int len = readLength(der, pos);
        if (len == 0 || pos[0] + len > der.length) {
            throw new IllegalArgumentException("DER signature: bad integer");
        }
        int start = pos[0];
        int end = start + len;
        if ((der[start] & 0x80) != 0) {
            throw new IllegalArgumentException("DER signature: negative integer");
        }
        while (start < end - 1 && der[start] == 0) {
            start++;
        }
        int n = end - start;
        if (n > fieldLength) {
            throw new IllegalArgumentException("DER signature: integer longer than the field");
        }
        System.arraycopy(der, start, out, off + fieldLength - n, n);
        pos[0] = end;
    }
}

package dev.signet.core.rdata;

import java.util.Arrays;

/**
 * Typed view of DS / CDS rdata (RFC 4034 §5.1, RFC 7344 §3.1): key tag, algorithm, digest type,
 * digest. Immutable.
 */
public final class Ds {

    /** RFC 8078 §4 with erratum 5049: {@code CDS 0 0 0 00} asks the parent to remove the DS. */
    public static final Ds DELETE = new Ds(new byte[] {0, 0, 0, 0, 0});

    private final byte[] wire;

    private Ds(byte[] wire) {
        this.wire = wire;
    }

    /**
     * A view of existing rdata.
     *
     * @throws IllegalArgumentException if shorter than 5 octets
     */
    public static Ds of(Rdata rdata) {
        if (rdata.length() < 5) {
            throw new IllegalArgumentException("DS rdata needs at least 5 octets");
        }
        return new Ds(rdata.wireUnsafe());
    }

    public static Ds create(int keyTag, int algorithm, int digestType, byte[] digest) {
        if (digest.length == 0) {
            throw new IllegalArgumentException("empty DS digest");
        }
        byte[] w = new byte[4 + digest.length];
        w[0] = (byte) (keyTag >>> 8);
        w[1] = (byte) keyTag;
        w[2] = (byte) algorithm;
        w[3] = (byte) digestType;
        System.arraycopy(digest, 0, w, 4, digest.length);
        return new Ds(w);
    }

    public int keyTag() {
        return WireBuffer.readU16(wire, 0);
    }

    public int algorithm() {
        return wire[2] & 0xFF;
    }

    public int digestType() {
        return wire[3] & 0xFF;
    }

    /** A copy of the digest. */
    public byte[] digest() {
        return Arrays.copyOfRange(wire, 4, wire.length);
    }

    /** The digest in upper-case hex, unbroken (as {@code dnssec-dsfromkey} prints it). */
    public String digestHex() {
        StringBuilder sb = new StringBuilder(2 * (wire.length - 4));
        HexText.append(sb, wire, 4, wire.length - 4);
        return sb.toString();
    }

    public boolean isDeleteSignal() {
        return Arrays.equals(wire, DELETE.wire);
    }

    public Rdata rdata() {
        return Rdata.ofOwned(wire);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ds d && Arrays.equals(d.wire, wire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wire);
    }

    /** {@code keytag alg type HEX} on one line, as {@code dnssec-dsfromkey} prints the rdata. */
    @Override
    public String toString() {
        return keyTag() + " " + algorithm() + " " + digestType() + " " + digestHex();
    }
}

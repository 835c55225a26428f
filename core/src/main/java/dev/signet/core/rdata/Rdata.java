package dev.signet.core.rdata;

import java.util.Arrays;

/**
 * The rdata of one record as uncompressed wire bytes. Immutable: the array is never exposed.
 *
 * <p>Equality is byte equality of the wire form as stored (case of embedded names included).
 * The canonical comparison of RFC 4034 §6.3 needs the type and is in {@link RdataCodecs}.
 */
public final class Rdata {

    private final byte[] wire;

    private Rdata(byte[] wire) {
        this.wire = wire;
    }

    /** Wraps {@code wire} without copying; the caller must not modify the array afterwards. */
    public static Rdata ofOwned(byte[] wire) {
        return new Rdata(wire);
    }

    /** Copies {@code wire}. */
    public static Rdata of(byte[] wire) {
        return new Rdata(wire.clone());
    }

    public int length() {
        return wire.length;
    }

    /** A copy of the wire bytes. */
    public byte[] toWire() {
        return wire.clone();
    }

    /** The wire bytes themselves, for read-only use by code that must not copy (signing, hashing). */
    public byte[] wireUnsafe() {
        return wire;
    }

    public int byteAt(int i) {
        return wire[i] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rdata r && Arrays.equals(r.wire, wire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wire);
    }

    /** The RFC 3597 generic form, exactly as BIND prints rdata of a type it does not know. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(wire.length * 2 + 16);
        GenericRdata.append(sb, wire);
        return sb.toString();
    }
}

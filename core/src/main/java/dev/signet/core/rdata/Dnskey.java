package dev.signet.core.rdata;

import java.util.Arrays;

/**
 * Typed view of DNSKEY / CDNSKEY rdata (RFC 4034 §2.1, RFC 7344 §3.2): flags, protocol,
 * algorithm, public key. Immutable; the key tag is computed once.
 */
public final class Dnskey {

    /** Flags bit 7, Zone Key (RFC 4034 §2.1.1). */
    public static final int FLAG_ZONE = 0x0100;
    /** Flags bit 8, REVOKE (RFC 5011 §2.1). */
    public static final int FLAG_REVOKE = 0x0080;
    /** Flags bit 15, Secure Entry Point (RFC 4034 §2.1.1; the "KSK" bit). */
    public static final int FLAG_SEP = 0x0001;
    /** The only valid protocol value (RFC 4034 §2.1.2). */
    public static final int PROTOCOL = 3;

    /** RFC 8078 §4 with erratum 5049: {@code CDNSKEY 0 3 0 AA==} asks the parent to remove the DS. */
    public static final Dnskey DELETE = new Dnskey(new byte[] {0, 0, PROTOCOL, 0, 0});

    private final byte[] wire;
    private final int keyTag;

    private Dnskey(byte[] wire) {
        this.wire = wire;
        this.keyTag = KeyTag.of(wire);
    }

    /**
     * A view of existing rdata.
     *
     * @throws IllegalArgumentException if shorter than the 4 fixed octets
     */
    public static Dnskey of(Rdata rdata) {
        if (rdata.length() < 4) {
            throw new IllegalArgumentException("DNSKEY rdata needs at least 4 octets");
        }
        return new Dnskey(rdata.wireUnsafe());
    }

    public static Dnskey create(int flags, int protocol, int algorithm, byte[] publicKey) {
        byte[] w = new byte[4 + publicKey.length];
        w[0] = (byte) (flags >>> 8);
        w[1] = (byte) flags;
        w[2] = (byte) protocol;
        w[3] = (byte) algorithm;
        System.arraycopy(publicKey, 0, w, 4, publicKey.length);
        return new Dnskey(w);
    }

    public int flags() {
        return WireBuffer.readU16(wire, 0);
    }

    public int protocol() {
        return wire[2] & 0xFF;
    }

    public int algorithm() {
        return wire[3] & 0xFF;
    }

    /** A copy of the public-key field. */
    public byte[] publicKey() {
        return Arrays.copyOfRange(wire, 4, wire.length);
    }

    public int publicKeyLength() {
        return wire.length - 4;
    }

    public boolean isZoneKey() {
        return (flags() & FLAG_ZONE) != 0;
    }

    public boolean isSep() {
        return (flags() & FLAG_SEP) != 0;
    }

    public boolean isRevoked() {
        return (flags() & FLAG_REVOKE) != 0;
    }

    /** RFC 4034 Appendix B key tag of this rdata (revoked keys have their own tag, RFC 5011 §2.1). */
    public int keyTag() {
        return keyTag;
    }

    /** True for the RFC 8078 delete signal {@code 0 3 0 AA==}. */
    public boolean isDeleteSignal() {
        return Arrays.equals(wire, DELETE.wire);
    }

    /** The same key with other flags (e.g. the REVOKE bit set). */
    public Dnskey withFlags(int flags) {
        byte[] w = wire.clone();
        w[0] = (byte) (flags >>> 8);
        w[1] = (byte) flags;
        return new Dnskey(w);
    }

    public Rdata rdata() {
        return Rdata.ofOwned(wire);
    }

    /** The wire bytes themselves, read-only (for hashing without a copy). */
    public byte[] wireUnsafe() {
        return wire;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dnskey d && Arrays.equals(d.wire, wire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wire);
    }

    /** Presentation form of the rdata, as BIND prints it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        new DnskeyCodec().format(wire, sb);
        return sb.toString();
    }
}

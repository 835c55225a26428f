package dev.signet.core.rdata;

import dev.signet.core.rr.RrType;

import java.util.Arrays;
import java.util.Objects;

/** Typed view of NSEC3PARAM rdata (RFC 5155 §4.2). Immutable; the salt is copied in and out. */
public final class Nsec3Param {

    private final int hashAlgorithm;
    private final int flags;
    private final int iterations;
    private final byte[] salt;

    private Nsec3Param(int hashAlgorithm, int flags, int iterations, byte[] salt) {
        this.hashAlgorithm = Nsec3.checkU8(hashAlgorithm, "hash algorithm");
        this.flags = Nsec3.checkU8(flags, "flags");
        if (iterations < 0 || iterations > 0xFFFF) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
        if (salt.length > 255) {
            throw new IllegalArgumentException("salt longer than 255 octets");
        }
        this.salt = salt;
    }

    public static Nsec3Param of(int hashAlgorithm, int flags, int iterations, byte[] salt) {
        return new Nsec3Param(hashAlgorithm, flags, iterations, salt.clone());
    }

    /** Reads NSEC3PARAM rdata; throws {@code BAD_RDATA_WIRE} if it is not well formed. */
    public static Nsec3Param from(Rdata rdata) {
        byte[] w = rdata.wireUnsafe();
        RdataCodecs.codec(RrType.NSEC3PARAM).validate(w);
        return new Nsec3Param(w[0] & 0xFF, w[1] & 0xFF, WireBuffer.readU16(w, 2), Arrays.copyOfRange(w, 5, w.length));
    }

    public int hashAlgorithm() {
        return hashAlgorithm;
    }

    public int flags() {
        return flags;
    }

    public int iterations() {
        return iterations;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public Rdata toRdata() {
        return Rdata.ofOwned(new WireBuffer(5 + salt.length).u8(hashAlgorithm).u8(flags).u16(iterations)
                .u8(salt.length).bytes(salt).toByteArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nsec3Param p && p.hashAlgorithm == hashAlgorithm && p.flags == flags
                && p.iterations == iterations && Arrays.equals(p.salt, salt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashAlgorithm, flags, iterations, Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return RdataCodecs.format(RrType.NSEC3PARAM, toRdata());
    }
}

package dev.signet.core.rdata;

import dev.signet.core.rr.RrType;

import java.util.Arrays;
import java.util.Objects;

/**
 * Typed view of NSEC3 rdata (RFC 5155 §3.2). Immutable; arrays are copied in and out. The type
 * bitmap may be empty (empty non-terminals, RFC 5155 §7.1).
 */
public final class Nsec3 {

    /** RFC 5155 §3.1.2.1: the Opt-Out flag. */
    public static final int FLAG_OPT_OUT = 0x01;

    private final int hashAlgorithm;
    private final int flags;
    private final int iterations;
    private final byte[] salt;
    private final byte[] nextHashedOwner;
    private final TypeBitmap types;

    private Nsec3(int hashAlgorithm, int flags, int iterations, byte[] salt, byte[] nextHashedOwner,
            TypeBitmap types) {
        this.hashAlgorithm = checkU8(hashAlgorithm, "hash algorithm");
        this.flags = checkU8(flags, "flags");
        if (iterations < 0 || iterations > 0xFFFF) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
        if (salt.length > 255) {
            throw new IllegalArgumentException("salt longer than 255 octets");
        }
        this.salt = salt;
        if (nextHashedOwner.length == 0 || nextHashedOwner.length > Nsec3Codec.MAX_HASH_LENGTH
                || (hashAlgorithm == Nsec3Codec.SHA1 && nextHashedOwner.length != 20)) {
            throw new IllegalArgumentException("bad next hashed owner length " + nextHashedOwner.length);
        }
        this.nextHashedOwner = nextHashedOwner;
        this.types = Objects.requireNonNull(types, "types");
    }

    static int checkU8(int v, String what) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
        return v;
    }

    public static Nsec3 of(int hashAlgorithm, int flags, int iterations, byte[] salt, byte[] nextHashedOwner,
            TypeBitmap types) {
        return new Nsec3(hashAlgorithm, flags, iterations, salt.clone(), nextHashedOwner.clone(), types);
    }

    /** Reads NSEC3 rdata; throws {@code BAD_RDATA_WIRE} if it is not well formed. */
    public static Nsec3 from(Rdata rdata) {
        byte[] w = rdata.wireUnsafe();
        RdataCodecs.codec(RrType.NSEC3).validate(w);
        int saltEnd = 5 + (w[4] & 0xFF);
        int hashEnd = saltEnd + 1 + (w[saltEnd] & 0xFF);
        return new Nsec3(w[0] & 0xFF, w[1] & 0xFF, WireBuffer.readU16(w, 2), Arrays.copyOfRange(w, 5, saltEnd),
                Arrays.copyOfRange(w, saltEnd + 1, hashEnd), TypeBitmap.fromWire(w, hashEnd, w.length, true));
    }

    public int hashAlgorithm() {
        return hashAlgorithm;
    }

    public int flags() {
        return flags;
    }

    public boolean isOptOut() {
        return (flags & FLAG_OPT_OUT) != 0;
    }

    public int iterations() {
        return iterations;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] nextHashedOwner() {
        return nextHashedOwner.clone();
    }

    /** The next hashed owner as the base32hex label BIND prints (upper case, no padding). */
    public String nextHashedOwnerBase32() {
        return Base32Hex.encode(nextHashedOwner);
    }

    public TypeBitmap types() {
        return types;
    }

    /** The parameters as NSEC3PARAM would carry them (flags as in this record). */
    public Nsec3Param parameters() {
        return Nsec3Param.of(hashAlgorithm, flags, iterations, salt);
    }

    public Rdata toRdata() {
        WireBuffer w = new WireBuffer(6 + salt.length + nextHashedOwner.length + types.wireLength());
        w.u8(hashAlgorithm).u8(flags).u16(iterations).u8(salt.length).bytes(salt);
        w.u8(nextHashedOwner.length).bytes(nextHashedOwner);
        types.writeTo(w);
        return Rdata.ofOwned(w.toByteArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nsec3 n && n.hashAlgorithm == hashAlgorithm && n.flags == flags
                && n.iterations == iterations && Arrays.equals(n.salt, salt)
                && Arrays.equals(n.nextHashedOwner, nextHashedOwner) && n.types.equals(types);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashAlgorithm, flags, iterations, Arrays.hashCode(salt), Arrays.hashCode(nextHashedOwner),
                types);
    }

    @Override
    public String toString() {
        return RdataCodecs.format(RrType.NSEC3, toRdata());
    }
}

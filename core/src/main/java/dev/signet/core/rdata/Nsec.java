package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

import java.util.Objects;

/**
 * Typed view of NSEC rdata (RFC 4034 §4.1). The next name keeps its case (RFC 6840 §5.1); the
 * bitmap may not be empty (an NSEC RRset always has NSEC itself; BIND rejects an empty one).
 */
public record Nsec(Name nextName, TypeBitmap types) {

    public Nsec {
        Objects.requireNonNull(nextName, "nextName");
        Objects.requireNonNull(types, "types");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("an NSEC type bitmap cannot be empty");
        }
    }

    /** Reads NSEC rdata; throws {@code BAD_RDATA_WIRE} if it is not well formed. */
    public static Nsec from(Rdata rdata) {
        byte[] w = rdata.wireUnsafe();
        RdataCodecs.codec(RrType.NSEC).validate(w);
        Name next = Name.fromWire(w, 0);
        return new Nsec(next, TypeBitmap.fromWire(w, next.wireLength(), w.length, false));
    }

    public Rdata toRdata() {
        WireBuffer w = new WireBuffer(nextName.wireLength() + types.wireLength()).name(nextName);
        types.writeTo(w);
        return Rdata.ofOwned(w.toByteArray());
    }

    @Override
    public String toString() {
        return RdataCodecs.format(RrType.NSEC, toRdata());
    }
}

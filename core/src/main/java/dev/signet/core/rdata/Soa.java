package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

import java.util.Objects;

/**
 * Typed view of SOA rdata (RFC 1035 §3.3.13). The five counters are unsigned 32-bit values.
 *
 * @param minimum the negative-caching TTL (RFC 2308 §4)
 */
public record Soa(Name mname, Name rname, long serial, long refresh, long retry, long expire, long minimum) {

    public Soa {
        Objects.requireNonNull(mname, "mname");
        Objects.requireNonNull(rname, "rname");
        for (long v : new long[] {serial, refresh, retry, expire, minimum}) {
            if (v < 0 || v > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("SOA field out of 32-bit range: " + v);
            }
        }
    }

    /** Reads SOA rdata; throws {@code BAD_RDATA_WIRE} if it is not well formed. */
    public static Soa from(Rdata rdata) {
        byte[] w = rdata.wireUnsafe();
        RdataCodecs.codec(RrType.SOA).validate(w);
        Name mname = Name.fromWire(w, 0);
        Name rname = Name.fromWire(w, mname.wireLength());
        int p = mname.wireLength() + rname.wireLength();
        return new Soa(mname, rname, WireBuffer.readU32(w, p), WireBuffer.readU32(w, p + 4),
                WireBuffer.readU32(w, p + 8), WireBuffer.readU32(w, p + 12), WireBuffer.readU32(w, p + 16));
    }

    public Rdata toRdata() {
        WireBuffer w = new WireBuffer(mname.wireLength() + rname.wireLength() + 20).name(mname).name(rname);
        w.u32(serial).u32(refresh).u32(retry).u32(expire).u32(minimum);
        return Rdata.ofOwned(w.toByteArray());
    }

    public Soa withSerial(long newSerial) {
        return new Soa(mname, rname, newSerial, refresh, retry, expire, minimum);
    }

    @Override
    public String toString() {
        return RdataCodecs.format(RrType.SOA, toRdata());
    }
}

package dev.signet.core.rr;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;

import java.util.Objects;

/**
 * One resource record. Immutable.
 *
 * <p>{@link #equals} compares owner (case-insensitively), type, class and rdata; the TTL is not
 * part of a record's identity (RFC 2181 §5.2: records differing only in TTL are the same RR).
 */
public final class Record {

    private final Name owner;
    private final RrType type;
    private final RrClass rrClass;
    private final long ttl;
    private final Rdata rdata;

    /**
     * A record; its rdata must be well formed for its type, which is what lets printing, canonical
     * ordering and the typed views read its fields without bounds checks of their own.
     *
     * @throws IllegalArgumentException for a TTL outside 0–2^32−1 or malformed rdata
     */
    public Record(Name owner, RrType type, RrClass rrClass, long ttl, Rdata rdata) {
        this(owner, type, rrClass, ttl, rdata, true);
    }

    /** {@code check}: false only for rdata this class has already validated for this type. */
    private Record(Name owner, RrType type, RrClass rrClass, long ttl, Rdata rdata, boolean check) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.type = Objects.requireNonNull(type, "type");
        this.rrClass = Objects.requireNonNull(rrClass, "rrClass");
        if (ttl < 0 || ttl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("TTL out of range: " + ttl);
        }
        this.ttl = ttl;
        this.rdata = Objects.requireNonNull(rdata, "rdata");
        if (check) {
            RdataCodecs.requireWellFormed(type, rdata);
        }
    }

    /** For rdata already validated for {@code type} (an RRset's records): skips the check. */
    static Record ofValidated(Name owner, RrType type, RrClass rrClass, long ttl, Rdata rdata) {
        return new Record(owner, type, rrClass, ttl, rdata, false);
    }

    public Name owner() {
        return owner;
    }

    public RrType type() {
        return type;
    }

    public RrClass rrClass() {
        return rrClass;
    }

    public long ttl() {
        return ttl;
    }

    public Rdata rdata() {
        return rdata;
    }

    public Record withTtl(long newTtl) {
        return newTtl == ttl ? this : new Record(owner, type, rrClass, newTtl, rdata, false);
    }

    public Record withOwner(Name newOwner) {
        return new Record(newOwner, type, rrClass, ttl, rdata, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Record r
                && r.type.equals(type)
                && r.rrClass.equals(rrClass)
                && r.owner.equals(owner)
                && r.rdata.equals(rdata);
    }

    @Override
    public int hashCode() {
        return (owner.hashCode() * 31 + type.hashCode()) * 31 + rdata.hashCode();
    }

    /** One line of presentation format with an absolute owner: {@code owner TTL CLASS TYPE rdata}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        sb.append(owner).append('\t').append(ttl).append('\t').append(rrClass).append('\t').append(type).append('\t');
        RdataCodecs.format(type, rdata, sb);
        return sb.toString();
    }
}

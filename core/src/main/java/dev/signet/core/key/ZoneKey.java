package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.KeyRef;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A zone's key: owner, DNSKEY, timing metadata and where its private half is. The private half
 * is referred to by file or token label ({@link KeyRef}), never by key tag, since tags collide.
 * Immutable.
 *
 * @param owner the zone apex the key belongs to
 * @param rrClass class of the DNSKEY record (IN)
 * @param ttl the DNSKEY TTL stored in the {@code .key} file ({@code dnssec-keygen -L}), or -1
 * @param dnskey the public half, flags included
 * @param metadata timing and numeric metadata (empty for v1.2 and ldns keys)
 * @param privateKey where the private half is; {@code null} for a public key alone
 * @param state the {@code .state} file, if the key has one
 */
public record ZoneKey(Name owner, RrClass rrClass, long ttl, Dnskey dnskey, KeyMetadata metadata,
        KeyRef privateKey, Optional<KeyStateFile> state) {

    public ZoneKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rrClass, "rrClass");
        Objects.requireNonNull(dnskey, "dnskey");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(state, "state");
    }

    public KeyRole role() {
        return KeyRole.of(dnskey);
    }

    public int keyTag() {
        return dnskey.keyTag();
    }

    /** The algorithm; Signet only creates ZoneKeys of algorithms it implements. */
    public Algorithm algorithm() {
        return Algorithm.require(dnskey.algorithm());
    }

    public OptionalLong ttlIfSet() {
        return ttl < 0 ? OptionalLong.empty() : OptionalLong.of(ttl);
    }

    /** BIND's base name {@code K<owner>+AAA+TTTTT}. */
    public KeyFileName fileName() {
        return KeyFileName.of(owner, dnskey.algorithm(), dnskey.keyTag());
    }

    /** The DNSKEY record, with {@code defaultTtl} when the key file gave none. */
    public Record dnskeyRecord(long defaultTtl) {
        return new Record(owner, RrType.DNSKEY, rrClass, ttl < 0 ? defaultTtl : ttl, dnskey.rdata());
    }

    public ZoneKey withMetadata(KeyMetadata md) {
        return new ZoneKey(owner, rrClass, ttl, dnskey, md, privateKey, state);
    }

    /** The same key with new flags (e.g. revoked); the key tag, and so the file name, change. */
    public ZoneKey withDnskey(Dnskey key) {
        return new ZoneKey(owner, rrClass, ttl, key, metadata, privateKey, state);
    }
}

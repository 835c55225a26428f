package dev.signet.core.sign;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.Signer;

import java.util.Objects;

/**
 * A zone key as the signer uses it: the {@link ZoneKey}, its {@link Signer} (absent for a key
 * whose private half is not available), the role it plays, and what it does now.
 *
 * <p>The three factories are the three ways dnssec-signzone 9.18 puts a key in its key list:
 * <ul>
 *   <li>{@link #forced}: a key named on the command line, or (without {@code -S}) an apex DNSKEY
 *       whose private file was found: it signs and is published whatever its timing metadata.
 *   <li>{@link #timed}: with {@code -S}, a key from the key directory or the apex: its
 *       {@link KeyTiming} decides; the signer then adds it to, revokes it in or removes it from
 *       the apex DNSKEY RRset, and publishes its CDS/CDNSKEY.
 *   <li>{@link #publicOnly}: an apex DNSKEY without a private half: it never signs, but its
 *       signatures are kept while they verify (BIND's "zone key" case).
 * </ul>
 * Immutable.
 */
public final class SigningKey {

    private final ZoneKey key;
    private final Dnskey dnskey;
    private final Signer signer;
    private final boolean ksk;
    private final boolean signs;
    private final boolean published;
    private final boolean removed;
    private final boolean active;
    private final boolean syncPublish;
    private final boolean syncDelete;
    private final boolean managed;

    private SigningKey(ZoneKey key, Dnskey dnskey, Signer signer, boolean ksk, boolean signs, boolean published,
            boolean removed, boolean active, boolean syncPublish, boolean syncDelete, boolean managed) {
        this.key = Objects.requireNonNull(key, "key");
        this.dnskey = dnskey;
        this.signer = signer;
        this.ksk = ksk;
        this.signs = signs && signer != null;
        this.published = published;
        this.removed = removed;
        this.active = active;
        this.syncPublish = syncPublish;
        this.syncDelete = syncDelete;
        this.managed = managed;
        if (signer != null && signer.dnskey().algorithm() != dnskey.algorithm()) {
            throw new IllegalArgumentException("signer algorithm " + signer.dnskey().algorithm()
                    + " does not match DNSKEY algorithm " + dnskey.algorithm());
        }
    }

    /**
     * A key that signs and is published regardless of its metadata (explicit keys; apex keys
     * without {@code -S}). Its metadata still answers {@code -Q}.
     *
     * @param asKsk {@code -k}: treat as a KSK even without the SEP flag
     */
    public static SigningKey forced(ZoneKey key, Signer signer, boolean asKsk, long now) {
        KeyTiming.State s = KeyTiming.at(key.metadata(), now);
        return new SigningKey(key, key.dnskey(), Objects.requireNonNull(signer, "signer"),
                asKsk || key.dnskey().isSep(), true, true, false, s.active(), false, false, false);
    }

    /**
     * A key whose timing metadata decides what it does ({@code -S}); the signer manages its
     * DNSKEY, CDS and CDNSKEY at the apex. A key that is revoked now is published with the
     * REVOKE flag, and so with its revoked key tag.
     *
     * @param signer the private half, or {@code null} if it is not available (the key then never signs)
     */
    public static SigningKey timed(ZoneKey key, Signer signer, boolean asKsk, long now) {
        KeyTiming.State s = KeyTiming.at(key.metadata(), now);
        Dnskey published = key.dnskey();
        if (s.revoked() && !published.isRevoked()) {
            published = published.withFlags(published.flags() | Dnskey.FLAG_REVOKE);
        }
        return new SigningKey(key, published, signer, asKsk || published.isSep(), s.signing(), s.published(),
                s.removed(), s.active(), s.syncPublish(), s.syncDelete(), true);
    }

    /** An apex DNSKEY without a private half: never signs; its valid signatures are kept. */
    public static SigningKey publicOnly(ZoneKey key, long now) {
        KeyTiming.State s = KeyTiming.at(key.metadata(), now);
        return new SigningKey(key, key.dnskey(), null, key.dnskey().isSep(), false, true, false, s.active(),
                false, false, false);
    }

    public ZoneKey key() {
        return key;
    }

    /** The DNSKEY as published in the zone (REVOKE flag included): its key tag goes into RRSIGs. */
    public Dnskey dnskey() {
        return dnskey;
    }

    /** The signer, or {@code null} for a key without a private half. */
    public Signer signer() {
        return signer;
    }

    public int algorithmNumber() {
        return dnskey.algorithm();
    }

    /** The algorithm, or {@code null} if Signet does not implement it. */
    public Algorithm algorithm() {
        return Algorithm.fromNumber(dnskey.algorithm());
    }

    public int keyTag() {
        return dnskey.keyTag();
    }

    /** KSK: the SEP flag is set, or the key was named with {@code -k}. */
    public boolean isKsk() {
        return ksk;
    }

    public boolean isRevoked() {
        return dnskey.isRevoked();
    }

    /** Makes new signatures now (and has a private half). */
    public boolean signs() {
        return signs;
    }

    /** Is (or is to be) in the apex DNSKEY RRset now; {@code -R} drops signatures of keys that are not. */
    public boolean isPublished() {
        return published;
    }

    /** Its Delete time has passed: the signer takes it out of the DNSKEY RRset ({@code -S}). */
    public boolean isRemoved() {
        return removed;
    }

    /** Active by its metadata; {@code -Q} drops signatures of keys that are not. */
    public boolean isActive() {
        return active;
    }

    /** Its CDS (SHA-256) and CDNSKEY belong at the apex now ({@code -S}). */
    public boolean publishesSync() {
        return syncPublish;
    }

    /** Its CDS and CDNSKEY are to be removed from the apex now ({@code -S}). */
    public boolean deletesSync() {
        return syncDelete;
    }

    /** True for {@link #timed} keys: the signer keeps the apex DNSKEY RRset in line with their state. */
    public boolean isManaged() {
        return managed;
    }

    /** {@code example.test/ED25519/12345}, as BIND names keys in messages. */
    public String describe() {
        return zoneText() + "/" + algorithmText() + "/" + keyTag();
    }

    /** The owner without its trailing dot, as BIND prints zone names in messages. */
    String zoneText() {
        String zone = key.owner().toString();
        return zone.length() > 1 ? zone.substring(0, zone.length() - 1) : zone;
    }

    /** The algorithm's mnemonic, or its number if Signet does not know it. */
    String algorithmText() {
        Algorithm alg = algorithm();
        return alg == null ? Integer.toString(algorithmNumber()) : alg.mnemonic();
    }

    @Override
    public String toString() {
        return describe() + (ksk ? " KSK" : " ZSK") + (signs ? " signing" : "") + (published ? " published" : "")
                + (isRevoked() ? " revoked" : "") + (removed ? " removed" : "");
    }
}

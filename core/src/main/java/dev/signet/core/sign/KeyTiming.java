package dev.signet.core.sign;

import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.KeyTime;

import java.time.Instant;
import java.util.Optional;

/**
 * What a key's timing metadata says it does at a given moment, as {@code dnssec-signzone -S}
 * 9.18 applies it. Each rule was observed with BIND 9.18.49 on keys made with
 * {@code dnssec-keygen -P/-A/-R/-I/-D/-P sync/-D sync}:
 * <ul>
 *   <li>published: Publish has passed; or the key is signing and has no Publish date
 *       ({@code -P none -A now-1d} is published, {@code -P none -A now+5d} is not).
 *   <li>signing: Activate has passed and Inactive has not ({@code -A none} never signs;
 *       a key with Activate past and Publish future signs without being published).
 *   <li>revoked: published and Revoke has passed; the DNSKEY then carries the REVOKE flag and
 *       the key signs (the DNSKEY RRset only), even when Inactive has passed.
 *   <li>removed: Delete has passed: neither published nor signing, and taken out of the DNSKEY
 *       RRset ("Removing expired key").
 *   <li>CDS/CDNSKEY: published once SyncPublish has passed until SyncDelete passes, whatever the
 *       key's other state (a ZSK, an inactive or an unpublished key get them too).
 *   <li>A key without any metadata (v1.2 or ldns files) is a legacy key: published and signing,
 *       no CDS/CDNSKEY.
 * </ul>
 */
public final class KeyTiming {

    private KeyTiming() {
    }

    /**
     * A key's state at one moment.
     *
     * @param active what {@code -Q} asks (BIND's {@code dns_dnssec_keyactive}): signing now
     */
    public record State(boolean legacy, boolean published, boolean signing, boolean revoked, boolean removed,
            boolean active, boolean syncPublish, boolean syncDelete) {
    }

    /** The state at {@code now} (seconds since the epoch). */
    public static State at(KeyMetadata md, long now) {
        if (md.times().isEmpty()) {
            return new State(true, true, true, false, false, true, false, false);
        }
        boolean publishSet = md.time(KeyTime.PUBLISH).isPresent();
        boolean published = passed(md, KeyTime.PUBLISH, now);
        boolean signing = passed(md, KeyTime.ACTIVATE, now) && !passed(md, KeyTime.INACTIVE, now);
        if (signing && !publishSet) {
            published = true;
        }
        boolean revoked = published && passed(md, KeyTime.REVOKE, now);
        if (revoked) {
            signing = true; // RFC 5011 §2.1: a revoked key must sign the DNSKEY RRset that revokes it
        }
        boolean removed = passed(md, KeyTime.DELETE, now);
        if (removed) {
            published = false;
            signing = false;
            revoked = false;
        }
        boolean syncDelete = passed(md, KeyTime.SYNC_DELETE, now);
        boolean syncPublish = passed(md, KeyTime.SYNC_PUBLISH, now) && !syncDelete;
        return new State(false, published, signing, revoked, removed, signing, syncPublish, syncDelete);
    }

    private static boolean passed(KeyMetadata md, KeyTime t, long now) {
        Optional<Instant> when = md.time(t);
        return when.isPresent() && when.get().getEpochSecond() <= now;
    }
}

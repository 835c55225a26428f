package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.KeyTime;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * {@link KeyTiming} against the states dnssec-signzone -S 9.18 gave keys made with
 * dnssec-keygen's timing options (see {@link SmartSigningInteropTest} for the live comparison).
 */
class KeyTimingTest {

    static final long NOW = 1_800_000_000L;
    static final long DAY = 86_400;

    /** Metadata from pairs of (time, offset in days from NOW). */
    static KeyMetadata md(Object... pairs) {
        KeyMetadata m = KeyMetadata.EMPTY.with(KeyTime.CREATED, Instant.ofEpochSecond(NOW - 100 * DAY));
        for (int i = 0; i < pairs.length; i += 2) {
            m = m.with((KeyTime) pairs[i], Instant.ofEpochSecond(NOW + ((Integer) pairs[i + 1]) * DAY));
        }
        return m;
    }

    /** "published signing revoked removed syncPublish syncDelete" as 0/1 digits. */
    static String state(KeyMetadata m) {
        KeyTiming.State s = KeyTiming.at(m, NOW);
        return bit(s.published()) + bit(s.signing()) + bit(s.revoked()) + bit(s.removed()) + bit(s.syncPublish())
                + bit(s.syncDelete());
    }

    static String bit(boolean b) {
        return b ? "1" : "0";
    }

    @Test
    void statesMatchDnssecSignzoneS() {
        assertEquals("110000", state(md(KeyTime.PUBLISH, -1, KeyTime.ACTIVATE, -1)));
        assertEquals("100000", state(md(KeyTime.PUBLISH, -1, KeyTime.ACTIVATE, 10)));       // pre-published
        assertEquals("100000", state(md(KeyTime.PUBLISH, -10, KeyTime.ACTIVATE, -10, KeyTime.INACTIVE, -1)));
        assertEquals("000100", state(md(KeyTime.PUBLISH, -10, KeyTime.ACTIVATE, -10, KeyTime.DELETE, -1)));
        assertEquals("111000", state(md(KeyTime.PUBLISH, -10, KeyTime.ACTIVATE, -10, KeyTime.REVOKE, -1)));
        // Revoked although inactive: it must still sign the RRset that revokes it (RFC 5011).
        assertEquals("111000", state(md(KeyTime.PUBLISH, -10, KeyTime.ACTIVATE, -10, KeyTime.REVOKE, -2,
                KeyTime.INACTIVE, -1)));
        // Revoke passed but not published: no revocation, the key simply signs.
        assertEquals("010000", state(md(KeyTime.PUBLISH, 1, KeyTime.ACTIVATE, -10, KeyTime.REVOKE, -1)));
        assertEquals("000000", state(md(KeyTime.PUBLISH, 5, KeyTime.ACTIVATE, 10)));        // future
        assertEquals("110000", state(md(KeyTime.ACTIVATE, -1)));                             // no Publish date
        assertEquals("000000", state(md(KeyTime.ACTIVATE, 5)));
        assertEquals("000000", state(md()));                                                 // -G: no dates
        assertEquals("100000", state(md(KeyTime.PUBLISH, -1)));                              // -A none
        assertEquals("010000", state(md(KeyTime.PUBLISH, 1, KeyTime.ACTIVATE, -1)));         // signs unpublished
        assertEquals("000000", state(md(KeyTime.ACTIVATE, -10, KeyTime.INACTIVE, -1)));
    }

    @Test
    void cdsWindowIgnoresTheOtherStates() {
        assertEquals("110010", state(md(KeyTime.PUBLISH, -1, KeyTime.ACTIVATE, -1, KeyTime.SYNC_PUBLISH, -1)));
        assertEquals("110000", state(md(KeyTime.PUBLISH, -1, KeyTime.ACTIVATE, -1, KeyTime.SYNC_PUBLISH, 1)));
        assertEquals("110001", state(md(KeyTime.PUBLISH, -1, KeyTime.ACTIVATE, -1, KeyTime.SYNC_PUBLISH, -5,
                KeyTime.SYNC_DELETE, -1)));
        assertEquals("000010", state(md(KeyTime.PUBLISH, 1, KeyTime.ACTIVATE, 2, KeyTime.SYNC_PUBLISH, -1)));
        assertEquals("100010", state(md(KeyTime.PUBLISH, -10, KeyTime.ACTIVATE, -10, KeyTime.INACTIVE, -1,
                KeyTime.SYNC_PUBLISH, -2)));
    }

    @Test
    void aKeyWithoutMetadataIsALegacyKeyThatSigns() {
        KeyTiming.State s = KeyTiming.at(KeyMetadata.EMPTY, NOW);
        assertEquals(true, s.legacy() && s.published() && s.signing() && s.active());
        assertEquals(false, s.syncPublish() || s.revoked() || s.removed());
    }

    @Test
    void boundariesAreInclusive() {
        // A time equal to now has passed (BIND compares with <=).
        KeyMetadata m = KeyMetadata.EMPTY.with(KeyTime.PUBLISH, Instant.ofEpochSecond(NOW))
                .with(KeyTime.ACTIVATE, Instant.ofEpochSecond(NOW));
        assertEquals("110000", state(m));
        assertEquals("000000", state(KeyMetadata.EMPTY.with(KeyTime.PUBLISH, Instant.ofEpochSecond(NOW + 1))
                .with(KeyTime.ACTIVATE, Instant.ofEpochSecond(NOW + 1))));
    }
}

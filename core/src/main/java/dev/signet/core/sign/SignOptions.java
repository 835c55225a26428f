package dev.signet.core.sign;

import dev.signet.core.denial.DenialRequest;

import java.util.Objects;
import java.util.Random;

/**
 * How to sign, in dnssec-signzone's terms. Times are seconds since the epoch (UTC). Immutable;
 * build with {@link #builder(long, long)}.
 *
 * @param inception RRSIG inception ({@code -s})
 * @param expiration RRSIG expiration ({@code -e})
 * @param dnskeyExpiration expiration of the DNSKEY RRset's signatures ({@code -X}; BIND 9.18 applies
 *     it to DNSKEY only, not to CDS/CDNSKEY)
 * @param cycle {@code -i}: a signature by a signing key is replaced when it expires before now + cycle
 * @param jitter {@code -j}: each new expiration is lowered by a value in [0, jitter)
 * @param jitterSeed seed drawn from the caller's random source; with the same seed the output is
 *     the same whatever the thread count
 * @param kskOnlyDnskey {@code -x}: DNSKEY, CDS and CDNSKEY signed by KSKs only
 * @param ignoreKskFlag {@code -z}: every key signs every RRset
 * @param denial {@code -3}, {@code -H}, {@code -A} as given
 * @param updateChain {@code -u}: replace an existing chain with other parameters
 * @param dropInactive {@code -Q}: drop signatures of keys that are not active
 * @param dropUnpublished {@code -R}: drop signatures of keys that are not published
 * @param verifyEach {@code -a}: verify every new signature
 * @param threads {@code -n} worker threads
 * @param maxTtl {@code -M}: cap every TTL; negative for none
 * @param keyTtl {@code -T}: TTL of DNSKEYs added with {@code -S}; negative for none (SOA TTL)
 * @param smartSigning {@code -S}: manage the apex DNSKEY, CDS and CDNSKEY RRsets from key timing
 * @param soaSerial the SOA serial to sign ({@code -N}, computed by the caller); negative keeps it
 * @param strictKeyChecks false with {@code -P}: "no keys" and "no ZSK" become warnings instead of errors
 */
public record SignOptions(long inception, long expiration, long dnskeyExpiration, long cycle, long jitter,
        long jitterSeed, boolean kskOnlyDnskey, boolean ignoreKskFlag, DenialRequest denial, boolean updateChain,
        boolean dropInactive, boolean dropUnpublished, boolean verifyEach, int threads, long maxTtl, long keyTtl,
        boolean smartSigning, long soaSerial, boolean strictKeyChecks) {

    public SignOptions {
        Objects.requireNonNull(denial, "denial");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (cycle < 0 || jitter < 0) {
            throw new IllegalArgumentException("cycle and jitter cannot be negative");
        }
    }

    /**
     * Options with BIND's defaults: DNSKEY expiration = expiration, cycle = a quarter of the
     * validity period, no jitter, NSEC (unless the zone has an NSEC3 chain), one thread.
     */
    public static Builder builder(long inception, long expiration) {
        return new Builder(inception, expiration);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder(inception, expiration);
        b.dnskeyExpiration = dnskeyExpiration;
        b.cycle = cycle;
        b.jitter = jitter;
        b.jitterSeed = jitterSeed;
        b.kskOnlyDnskey = kskOnlyDnskey;
        b.ignoreKskFlag = ignoreKskFlag;
        b.denial = denial;
        b.updateChain = updateChain;
        b.dropInactive = dropInactive;
        b.dropUnpublished = dropUnpublished;
        b.verifyEach = verifyEach;
        b.threads = threads;
        b.maxTtl = maxTtl;
        b.keyTtl = keyTtl;
        b.smartSigning = smartSigning;
        b.soaSerial = soaSerial;
        b.strictKeyChecks = strictKeyChecks;
        return b;
    }

    /** Mutable builder; every setter returns it. */
    public static final class Builder {
        private final long inception;
        private final long expiration;
        private Long dnskeyExpiration;
        private Long cycle;
        private long jitter;
        private long jitterSeed;
        private boolean kskOnlyDnskey;
        private boolean ignoreKskFlag;
        private DenialRequest denial = DenialRequest.none();
        private boolean updateChain;
        private boolean dropInactive;
        private boolean dropUnpublished;
        private boolean verifyEach;
        private int threads = 1;
        private long maxTtl = -1;
        private long keyTtl = -1;
        private boolean smartSigning;
        private long soaSerial = -1;
        private boolean strictKeyChecks = true;

        private Builder(long inception, long expiration) {
            this.inception = inception;
            this.expiration = expiration;
        }

        public Builder dnskeyExpiration(long t) {
            dnskeyExpiration = t;
            return this;
        }

        public Builder cycle(long seconds) {
            cycle = seconds;
            return this;
        }

        /** {@code -j}: the offsets come from {@code random} (one value is drawn now, as a seed). */
        public Builder jitter(long seconds, Random random) {
            jitter = seconds;
            jitterSeed = random.nextLong();
            return this;
        }

        public Builder kskOnlyDnskey(boolean on) {
            kskOnlyDnskey = on;
            return this;
        }

        public Builder ignoreKskFlag(boolean on) {
            ignoreKskFlag = on;
            return this;
        }

        public Builder denial(DenialRequest request) {
            denial = Objects.requireNonNull(request);
            return this;
        }

        public Builder updateChain(boolean on) {
            updateChain = on;
            return this;
        }

        public Builder dropInactive(boolean on) {
            dropInactive = on;
            return this;
        }

        public Builder dropUnpublished(boolean on) {
            dropUnpublished = on;
            return this;
        }

        public Builder verifyEach(boolean on) {
            verifyEach = on;
            return this;
        }

        public Builder threads(int n) {
            threads = n;
            return this;
        }

        public Builder maxTtl(long ttl) {
            maxTtl = ttl;
            return this;
        }

        public Builder keyTtl(long ttl) {
            keyTtl = ttl;
            return this;
        }

        public Builder smartSigning(boolean on) {
            smartSigning = on;
            return this;
        }

        public Builder soaSerial(long serial) {
            soaSerial = serial;
            return this;
        }

        public Builder strictKeyChecks(boolean on) {
            strictKeyChecks = on;
            return this;
        }

        public SignOptions build() {
            long dnskeyEnd = dnskeyExpiration != null ? dnskeyExpiration : expiration;
            long cyc = cycle != null ? cycle : (expiration - inception) / 4;
            return new SignOptions(inception, expiration, dnskeyEnd, Math.max(0, cyc), jitter, jitterSeed,
                    kskOnlyDnskey, ignoreKskFlag, denial, updateChain, dropInactive, dropUnpublished, verifyEach,
                    threads, maxTtl, keyTtl, smartSigning, soaSerial, strictKeyChecks);
        }
    }
}

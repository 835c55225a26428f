package dev.signet.core.verify;

import dev.signet.core.spi.SignatureVerifier;
import dev.signet.core.spi.SoftwareSignatureVerifier;

import java.util.Objects;

/**
 * How to verify a zone.
 *
 * @param now the validation time, seconds since the epoch (core never reads the clock)
 * @param kskOnlyDnskey dnssec-verify {@code -x}: the DNSKEY RRset is expected to be signed by KSKs
 *     only, so a ZSK that does not sign it is not a missing ZSK, and the summary says "present"
 * @param ignoreKskFlag dnssec-verify {@code -z}: ignore the SEP (KSK) flag — any key that signs
 *     the DNSKEY RRset (or a ZSK that signs the SOA) makes its algorithm one the zone must be
 *     signed with
 * @param threads worker threads for signature checks and NSEC3 hashing (at least 1)
 * @param verifier checks the cryptography of each signature
 * @param progress told how far the walk over the zone's names has got
 */
public record VerifyOptions(long now, boolean kskOnlyDnskey, boolean ignoreKskFlag, int threads,
                            SignatureVerifier verifier, VerifyProgress progress) {

    public VerifyOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(progress, "progress");
    }

    /** dnssec-verify's defaults at time {@code now}: one thread per CPU, software crypto, no progress. */
    public static VerifyOptions defaults(long now) {
        return new VerifyOptions(now, false, false, Runtime.getRuntime().availableProcessors(),
                SoftwareSignatureVerifier.create(), VerifyProgress.NONE);
    }

    public VerifyOptions withNow(long t) {
        return new VerifyOptions(t, kskOnlyDnskey, ignoreKskFlag, threads, verifier, progress);
    }

    public VerifyOptions withKskOnlyDnskey(boolean b) {
        return new VerifyOptions(now, b, ignoreKskFlag, threads, verifier, progress);
    }

    public VerifyOptions withIgnoreKskFlag(boolean b) {
        return new VerifyOptions(now, kskOnlyDnskey, b, threads, verifier, progress);
    }

    public VerifyOptions withThreads(int n) {
        return new VerifyOptions(now, kskOnlyDnskey, ignoreKskFlag, n, verifier, progress);
    }

    public VerifyOptions withVerifier(SignatureVerifier v) {
        return new VerifyOptions(now, kskOnlyDnskey, ignoreKskFlag, threads, v, progress);
    }

    public VerifyOptions withProgress(VerifyProgress p) {
        return new VerifyOptions(now, kskOnlyDnskey, ignoreKskFlag, threads, verifier, p);
    }
}

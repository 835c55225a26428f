package dev.signet.core.verify;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.SignatureTime;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SignatureVerifier;
import dev.signet.core.text.TextException;

import java.util.List;

/**
 * Checks one RRSIG over one RRset, in the order of RFC 4035 §5.3.1 (cheap field checks first,
 * cryptography last): original TTL, signer name, Labels, validity window, a matching DNSKEY, then
 * the signature over the data of RFC 4034 §3.1.8.1.
 */
final class SignatureCheck {

    /** What became of a signature. */
    enum Outcome {
        VALID(null),
        /** Valid, but its Labels field is below the owner's label count: made over a wildcard (RFC 4035 §5.3.2). */
        VALID_FROM_WILDCARD("RRSIG_LABELS_WILDCARD"),
        TTL_MISMATCH("RRSIG_TTL_MISMATCH"),
        SIGNER_NOT_APEX("RRSIG_SIGNER"),
        LABELS_EXCEED_OWNER("RRSIG_LABELS"),
        BAD_WINDOW("SIGNATURE_WINDOW"),
        NOT_YET_VALID("SIGNATURE_NOT_YET_VALID"),
        EXPIRED("SIGNATURE_EXPIRED"),
        NO_KEY("SIGNATURE_NO_KEY"),
        KEY_NOT_USABLE("SIGNATURE_KEY_NOT_USABLE"),
        UNSUPPORTED_ALGORITHM("UNSUPPORTED_ALGORITHM"),
        BAD_PUBLIC_KEY("BAD_PUBLIC_KEY"),
        BAD_SIGNATURE("SIGNATURE_INVALID");

        /** The finding code for a signature that failed this way. */
        final String code;

        Outcome(String code) {
            this.code = code;
        }

        boolean valid() {
            return this == VALID || this == VALID_FROM_WILDCARD;
        }
    }

    /** An outcome and, for a failure, what exactly is wrong. */
    record Result(Outcome outcome, String detail) {
        static final Result VALID = new Result(Outcome.VALID, "");
    }

    private SignatureCheck() {
    }

    /**
     * @param keys the keys whose (algorithm, key tag) the RRSIG names, from the apex DNSKEY RRset
     * @param checkTtl whether the Original TTL must equal the RRset's TTL (RFC 4035 §2.2); off
     *     when only asking whether a key signs (as dnssec-verify's key census does)
     */
    static Result check(RRset rrset, Rrsig sig, List<Dnskey> keys, Name apex, long now,
                        SignatureVerifier verifier, boolean checkTtl) {
        if (checkTtl && sig.originalTtl() != rrset.ttl()) {
            return new Result(Outcome.TTL_MISMATCH, "original TTL " + sig.originalTtl()
                    + " differs from the RRset TTL " + rrset.ttl() + " (RFC 4035 §2.2)");
        }
        if (!sig.signerName().equals(apex)) {
            return new Result(Outcome.SIGNER_NOT_APEX, "signer " + Finding.bindName(sig.signerName())
                    + " is not the zone apex " + Finding.bindName(apex) + " (RFC 4035 §2.2)");
        }
        Name owner = rrset.owner();
        int ownerLabels = owner.labelCount() - (owner.isWildcard() ? 1 : 0);
        if (sig.labels() > ownerLabels) {
            return new Result(Outcome.LABELS_EXCEED_OWNER, "labels field " + sig.labels() + " exceeds the "
                    + ownerLabels + " labels of the owner name (RFC 4035 §5.3.1)");
        }
        Result window = window(sig, now);
        if (window != null) {
            return window;
        }
        if (keys.isEmpty()) {
            return new Result(Outcome.NO_KEY, "no DNSKEY with algorithm " + sig.algorithm() + " and key tag "
                    + sig.keyTag() + " at the apex");
        }
        // RFC 4035 §5.3.2: a Labels field below the owner's count means the RRset was expanded
        // from the wildcard *.<rightmost Labels labels>.
        Name signedOwner = sig.labels() < ownerLabels ? owner.suffix(sig.labels()).wildcardChild() : owner;
        byte[] data = null;
        byte[] signature = null;
        Result failure = null;
        for (Dnskey key : keys) {
            String unusable = unusable(key, rrset.type());
            if (unusable != null) {
                failure = pick(failure, new Result(Outcome.KEY_NOT_USABLE, unusable));
                continue;
            }
            if (data == null) {
                data = SignedData.build(sig, signedOwner, rrset);
                signature = sig.signature();
            }
            try {
                if (verifier.verify(key, data, signature)) {
                    return signedOwner == owner ? Result.VALID : new Result(Outcome.VALID_FROM_WILDCARD,
                            "labels field " + sig.labels() + " is below the owner's " + ownerLabels
                                    + " labels: the signature covers the wildcard " + Finding.bindName(signedOwner));
                }
                failure = pick(failure, new Result(Outcome.BAD_SIGNATURE, "does not verify with DNSKEY " + key.keyTag()));
            } catch (TextException e) {
                Outcome o = "UNSUPPORTED_ALGORITHM".equals(e.code()) ? Outcome.UNSUPPORTED_ALGORITHM : Outcome.BAD_PUBLIC_KEY;
                failure = pick(failure, new Result(o, e.detail()));
            }
        }
        return failure;
    }

    /** Of two failures, the one that says more: a signature that fails beats a key that cannot be used. */
    private static Result pick(Result current, Result next) {
        if (current == null || current.outcome() == Outcome.KEY_NOT_USABLE) {
            return next;
        }
        return current;
    }

    /**
     * Why a DNSKEY may not verify RRSIGs over this type, or null: it must be a zone key with
     * protocol 3 (RFC 4034 §2.1.1, §2.1.2), and a revoked key may only sign the DNSKEY RRset
     * (RFC 5011 §2.1).
     */
    static String unusable(Dnskey key, RrType covered) {
        if (!key.isZoneKey()) {
            return "DNSKEY " + key.keyTag() + " does not have the Zone Key flag (RFC 4034 §2.1.1)";
        }
        if (key.protocol() != Dnskey.PROTOCOL) {
            return "DNSKEY " + key.keyTag() + " has protocol " + key.protocol() + ", not 3 (RFC 4034 §2.1.2)";
        }
        if (key.isRevoked() && !covered.equals(RrType.DNSKEY)) {
            return "DNSKEY " + key.keyTag() + " is revoked and may only sign the DNSKEY RRset (RFC 5011 §2.1)";
        }
        return null;
    }

    /**
     * The validity-window failure, or null when {@code now} is inside [inception, expiration]
     * compared in RFC 1982 serial-number arithmetic (RFC 4034 §3.1.5).
     */
    static Result window(Rrsig sig, long now) {
        long t = now & 0xFFFF_FFFFL;
        if (serialLess(sig.expiration(), sig.inception())) {
            return new Result(Outcome.BAD_WINDOW, "expiration " + SignatureTime.format(sig.expiration())
                    + " is before its inception " + SignatureTime.format(sig.inception()));
        }
        if (serialLess(t, sig.inception())) {
            return new Result(Outcome.NOT_YET_VALID, "not valid before " + SignatureTime.format(sig.inception())
                    + " (validation time " + SignatureTime.format(t) + ")");
        }
        if (serialLess(sig.expiration(), t)) {
            return new Result(Outcome.EXPIRED, "expired at " + SignatureTime.format(sig.expiration())
                    + " (validation time " + SignatureTime.format(t) + ")");
        }
        return null;
    }

    /** RFC 1982 §3.2 for 32-bit serial numbers: a < b. */
    static boolean serialLess(long a, long b) {
        long d = (b - a) & 0xFFFF_FFFFL;
        return d != 0 && d < 0x8000_0000L;
    }

    /** BIND's name of an algorithm (dst_algorithm_format), or its number. */
    static String algorithmName(int number) {
        Algorithm a = Algorithm.fromNumber(number);
        return a != null ? a.mnemonic() : Integer.toString(number);
    }
}

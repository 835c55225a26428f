package dev.signet.core.sign;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SignatureVerifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides, for one RRset, which existing signatures stay and which keys sign it anew, and makes
 * the new signatures. One instance per worker thread (it owns a {@link SignedData} buffer and
 * counters); the shared {@link Context} is read-only.
 *
 * <p>Existing signatures follow dnssec-signzone 9.18's {@code signset}, in this order:
 * <ol>
 *   <li>inception after expiration: dropped;
 *   <li>no key in the list matches (key tag, algorithm, signer = apex) and the signature is not
 *       from the future: dropped when a key is expected at the signer's name (always for the
 *       apex), else kept unless expired or {@code -R};
 *   <li>inception in the future: kept unless expired or {@code -R};
 *   <li>{@code -Q} and the key is not active: dropped;
 *   <li>a signing key: kept if it expires after now + cycle, its original TTL is the RRset's TTL
 *       and it verifies; otherwise replaced by a new signature of the same key — whatever the
 *       key's role (BIND re-signs the DNSKEY RRset with a ZSK under {@code -x} when the old ZSK
 *       signature is due; observed with 9.18.49);
 *   <li>{@code -R} and the key is not published: dropped;
 *   <li>another apex zone key: kept if unexpired (now, not now + cycle), same TTL and valid;
 *   <li>else kept while unexpired.
 * </ol>
 * Then every signing key that has no kept signature signs the RRset if {@link KeyPolicy} says so.
 */
final class RRsetSigner {

    /** What every worker shares. */
    record Context(SigningKey[] keys, KeyPolicy policy, SignOptions options, long now, Name apex,
            SignatureVerifier verifier, SignerNames signerNames) {
    }

    /** Answers dnssec-signzone's {@code expecttofindkey}: is a DNSKEY expected at this signer name? */
    interface SignerNames {
        boolean expectsKey(Name signer);
    }

    private final Context ctx;
    private final SignedData data;
    private final SignStatistics.Tally tally = new SignStatistics.Tally();
    private final boolean[] nowSigned;
    private final List<Rdata> out = new ArrayList<>(4);
    private RRset loadedSet;
    private Name loadedOwner;

    RRsetSigner(Context ctx) {
        this.ctx = ctx;
        this.data = new SignedData(ctx.apex());
        this.nowSigned = new boolean[ctx.keys().length];
    }

    SignStatistics.Tally tally() {
        return tally;
    }

    /**
     * The RRSIG RRset for {@code set}, or {@code null} if it ends up with no signature.
     *
     * @param unit the RRset's position in the zone's signing order (seeds the jitter)
     * @param old the RRset's existing signatures, or {@code null}
     * @param keySetAtApex the apex DNSKEY, CDS or CDNSKEY RRset
     */
    RRset sign(int unit, RRset set, RRset old, boolean keySetAtApex) {
        Arrays.fill(nowSigned, false);
        out.clear();
        loadedSet = null;
        SignOptions o = ctx.options();
        int labels = set.owner().labelCount() - (set.owner().isWildcard() ? 1 : 0);
        if (old != null) {
            for (Rdata r : old.rdataList()) {
                reuseOrReplace(unit, set, labels, r);
            }
        }
        SigningKey[] keys = ctx.keys();
        for (int k = 0; k < keys.length; k++) {
            if (!nowSigned[k] && keys[k].signs() && ctx.policy().signs(k, set.type(), keySetAtApex)) {
                out.add(newSignature(unit, set, labels, k));
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        // RFC 4034 §3: the RRSIG TTL is the covered RRset's; BIND lowers it to the validity period.
        long ttl = Math.min(set.ttl(), o.expiration() - o.inception());
        return RRset.of(set.owner(), RrType.RRSIG, set.rrClass(), ttl, out);
    }

    private void reuseOrReplace(int unit, RRset set, int labels, Rdata r) {
        SignOptions o = ctx.options();
        long now = ctx.now();
        Rrsig sig = Rrsig.from(r);
        boolean future = Serial.lt(now, sig.inception());
        int k = findKey(sig);
        SigningKey key = k < 0 ? null : ctx.keys()[k];
        boolean signing = key != null && key.signs();
        boolean expired = signing ? Serial.gt(now + o.cycle(), sig.expiration()) : Serial.gt(now, sig.expiration());
        boolean keep = false;
        boolean resign = false;
        if (Serial.gt(sig.inception(), sig.expiration())) {
            keep = false;
        } else if (key == null && !future && ctx.signerNames().expectsKey(sig.signerName())) {
            keep = false;
        } else if (key == null || future) {
            keep = !expired && !o.dropUnpublished();
        } else if (!key.isActive() && o.dropInactive()) {
            keep = false;
        } else if (signing) {
            keep = !expired && sig.originalTtl() == set.ttl() && verifies(set, sig, key);
            resign = !keep;
        } else if (!key.isPublished() && o.dropUnpublished()) {
            keep = false;
        } else if (key.key().owner().equals(ctx.apex()) && key.dnskey().isZoneKey()) {
            keep = !expired && sig.originalTtl() == set.ttl() && verifies(set, sig, key);
        } else {
            keep = !expired;
        }
        if (keep) {
            if (k >= 0) {
                nowSigned[k] = true;
            }
            tally.retained(sig.algorithm());
            out.add(r);
        } else {
            tally.dropped(sig.algorithm());
        }
        if (resign) {
            out.add(newSignature(unit, set, labels, k));
            nowSigned[k] = true;
        }
    }

    /** The first key of the list with the signature's key tag and algorithm, if the signer is the apex. */
    private int findKey(Rrsig sig) {
        if (!sig.signerName().equals(ctx.apex())) {
            return -1;
        }
        SigningKey[] keys = ctx.keys();
        for (int k = 0; k < keys.length; k++) {
            if (keys[k].keyTag() == sig.keyTag() && keys[k].algorithmNumber() == sig.algorithm()) {
                return k;
            }
        }
        return -1;
    }

    private boolean verifies(RRset set, Rrsig sig, SigningKey key) {
        boolean ok;
        int ownerLabels = set.owner().labelCount();
        if (sig.labels() > ownerLabels || sig.algorithm() != key.algorithmNumber()
                || !sig.typeCovered().equals(set.type())) {
            ok = false;
        } else {
            // RFC 4035 §5.3.2: fewer labels than the owner means the signed name was "*." + suffix.
            Name signedOwner = sig.labels() < ownerLabels - (set.owner().isWildcard() ? 1 : 0)
                    ? set.owner().suffix(sig.labels()).wildcardChild() : set.owner();
            load(set, signedOwner);
            int len = data.writePrefix(sig.typeCovered(), sig.algorithm(), sig.labels(), sig.originalTtl(),
                    sig.expiration(), sig.inception(), sig.keyTag());
            ok = check(key, len, sig.signature());
        }
        tally.verified(sig.algorithm(), ok);
        return ok;
    }

    private Rdata newSignature(int unit, RRset set, int labels, int k) {
        SignOptions o = ctx.options();
        SigningKey key = ctx.keys()[k];
        long expiration = set.type().equals(RrType.DNSKEY) ? o.dnskeyExpiration() : o.expiration();
        if (o.jitter() > 0) {
            expiration -= jitter(o.jitterSeed(), unit, k, o.jitter());
        }
        load(set, set.owner());
        int len = data.writePrefix(set.type(), key.algorithmNumber(), labels, set.ttl(), expiration & 0xFFFF_FFFFL,
                o.inception() & 0xFFFF_FFFFL, key.keyTag());
        long t0 = System.nanoTime();
        byte[] signature = key.signer().sign(data.buffer(), 0, len);
        tally.signingTook(System.nanoTime() - t0);
        tally.generated(key.algorithmNumber());
        if (o.verifyEach()) {
            tally.verified(key.algorithmNumber(), check(key, len, signature));
        }
        ctx.verifier().signed(key.dnskey(), data.buffer(), 0, len, signature);
        return data.rrsigRdata(signature);
    }

    private boolean check(SigningKey key, int len, byte[] signature) {
        return ctx.verifier().verify(key.dnskey(), Arrays.copyOf(data.buffer(), len), signature);
    }

    private void load(RRset set, Name owner) {
        if (loadedSet != set || loadedOwner != owner) {
            data.loadRRset(set, owner, set.ttl());
            loadedSet = set;
            loadedOwner = owner;
        }
    }

    /**
     * A value in [0, jitter) that depends only on the seed, the RRset's position and the key, so
     * the result is the same whatever thread signs the RRset (SplitMix64's finaliser).
     */
    static long jitter(long seed, int unit, int key, long jitter) {
        long z = seed + (unit + 1L) * 0x9E3779B97F4A7C15L + (key + 1L) * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return Long.remainderUnsigned(z, jitter);
    }
}

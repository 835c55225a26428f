package dev.signet.core.sigcache;

import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.SignatureVerifier;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SignatureVerifier} that remembers: a signature it has found valid, or one the signer
 * made in this run, is recorded in a {@link SignatureDigests} set, and a signature already in
 * the set is accepted without public-key cryptography. For EdDSA and ECDSA verifying costs as
 * much as signing, so a re-signing run that keeps most signatures, and the post-signing check
 * of a fresh one, are spared most of their cryptography.
 *
 * <p>Why that stays sound: the digest covers the DNSKEY, the signed data and the signature, and
 * the verifier computes it from the data <em>it</em> builds (its own code, not the signer's),
 * so any change to the RRset, the RRSIG fields, the key or the signature — or a signer bug in
 * the signed data — misses the set and is verified in full. What the set cannot catch is a
 * signer whose signatures are bad for the data it hashed; the first signature each key makes in
 * a run is therefore verified with the public key before the key's signatures are trusted.
 */
public final class RememberingVerifier implements SignatureVerifier {

    private final SignatureVerifier delegate;
    private final SignatureDigests known;
    private final Set<Dnskey> proven = ConcurrentHashMap.newKeySet();

    /**
     * @param delegate does the cryptography for signatures not in {@code known}
     * @param known digests of signatures found valid before (for instance read from a cache
     *     file); grows as this verifier finds or is told of more
     */
    public RememberingVerifier(SignatureVerifier delegate, SignatureDigests known) {
        this.delegate = delegate;
        this.known = known;
    }

    /** Every signature found valid or made so far (what to write to the cache file). */
    public SignatureDigests known() {
        return known;
    }

    @Override
    public boolean verify(Dnskey dnskey, byte[] data, byte[] signature) {
        long[] digest = SignatureDigests.digest(dnskey, data, 0, data.length, signature);
        if (known.contains(digest)) {
            return true;
        }
        boolean valid = delegate.verify(dnskey, data, signature);
        if (valid) {
            known.add(digest);
        }
        return valid;
    }

    @Override
    public void signed(Dnskey dnskey, byte[] data, int off, int len, byte[] signature) {
        if (!proven.contains(dnskey)) {
            if (!delegate.verify(dnskey, Arrays.copyOfRange(data, off, off + len), signature)) {
                return; // left for the post-signing check to verify, and reject
            }
            proven.add(dnskey);
        }
        known.add(SignatureDigests.digest(dnskey, data, off, len, signature));
    }
}

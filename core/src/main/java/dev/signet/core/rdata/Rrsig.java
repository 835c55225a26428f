package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

import java.util.Arrays;
import java.util.Objects;

/**
 * Typed view of RRSIG rdata (RFC 4034 §3.1). Immutable; the signature array is copied in and out.
 *
 * <p>A signer first builds the view with an empty signature, feeds
 * {@link #writeSignedDataPrefix} plus the canonical RRset to the signing key, then calls
 * {@link #withSignature}. Only a view with a signature converts to rdata.
 */
public final class Rrsig {

    private final RrType typeCovered;
    private final int algorithm;
    private final int labels;
    private final long originalTtl;
    private final long expiration;
    private final long inception;
    private final int keyTag;
    private final Name signerName;
    private final byte[] signature;

    private Rrsig(RrType typeCovered, int algorithm, int labels, long originalTtl, long expiration, long inception,
            int keyTag, Name signerName, byte[] signature) {
        this.typeCovered = Objects.requireNonNull(typeCovered, "typeCovered");
        this.algorithm = checkRange(algorithm, 0xFF, "algorithm");
        this.labels = checkRange(labels, 0xFF, "labels");
        this.originalTtl = checkRange(originalTtl, 0xFFFF_FFFFL, "original TTL");
        this.expiration = checkRange(expiration, 0xFFFF_FFFFL, "expiration");
        this.inception = checkRange(inception, 0xFFFF_FFFFL, "inception");
        this.keyTag = checkRange(keyTag, 0xFFFF, "key tag");
        this.signerName = Objects.requireNonNull(signerName, "signerName");
        if (signerName.labelCount() > labels) {
            // RFC 4034 §3.1.3, §3.1.7: the signer is the owner's zone, so it cannot have more labels.
            throw new IllegalArgumentException("signer " + signerName + " has more than " + labels + " labels");
        }
        this.signature = signature;
    }

    private static int checkRange(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
        return v;
    }

    private static long checkRange(long v, long max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
        return v;
    }

    /**
     * A complete view, or an unsigned template when {@code signature} is empty.
     *
     * @param expiration,inception unsigned 32-bit seconds since 1970 (RFC 4034 §3.1.5)
     */
    public static Rrsig of(RrType typeCovered, int algorithm, int labels, long originalTtl, long expiration,
            long inception, int keyTag, Name signerName, byte[] signature) {
        return new Rrsig(typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signerName,
                signature.clone());
    }

    /** Reads RRSIG rdata; throws {@code BAD_RDATA_WIRE} if it is not well formed. */
    public static Rrsig from(Rdata rdata) {
        byte[] w = rdata.wireUnsafe();
        RdataCodecs.codec(RrType.RRSIG).validate(w);
        Name signer = Name.fromWire(w, RrsigCodec.SIGNER_OFFSET);
        int sigStart = RrsigCodec.SIGNER_OFFSET + signer.wireLength();
        return new Rrsig(RrType.of(WireBuffer.readU16(w, 0)), w[2] & 0xFF, w[3] & 0xFF, WireBuffer.readU32(w, 4),
                WireBuffer.readU32(w, 8), WireBuffer.readU32(w, 12), WireBuffer.readU16(w, 16), signer,
                Arrays.copyOfRange(w, sigStart, w.length));
    }

    public Rrsig withSignature(byte[] newSignature) {
        return new Rrsig(typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signerName,
                newSignature.clone());
    }

    public RrType typeCovered() {
        return typeCovered;
    }

    public int algorithm() {
        return algorithm;
    }

    public int labels() {
        return labels;
    }

    public long originalTtl() {
        return originalTtl;
    }

    public long expiration() {
        return expiration;
    }

    public long inception() {
        return inception;
    }

    public int keyTag() {
        return keyTag;
    }

    public Name signerName() {
        return signerName;
    }

    /** A copy of the signature (empty for an unsigned template). */
    public byte[] signature() {
        return signature.clone();
    }

    public int signatureLength() {
        return signature.length;
    }

    /** Octets written by {@link #writeSignedDataPrefix}. */
    public int signedDataPrefixLength() {
        return RrsigCodec.SIGNER_OFFSET + signerName.wireLength();
    }

    /**
     * Writes RRSIG_RDATA of RFC 4034 §3.1.8.1 — every field except the signature, the signer's
     * name in canonical (lower-case) form — at {@code off}; returns the offset after it.
     */
    public int writeSignedDataPrefix(byte[] dst, int off) {
        dst[off] = (byte) (typeCovered.code() >> 8);
        dst[off + 1] = (byte) typeCovered.code();
        dst[off + 2] = (byte) algorithm;
        dst[off + 3] = (byte) labels;
        putU32(dst, off + 4, originalTtl);
        putU32(dst, off + 8, expiration);
        putU32(dst, off + 12, inception);
        dst[off + 16] = (byte) (keyTag >> 8);
        dst[off + 17] = (byte) keyTag;
        return signerName.writeWire(dst, off + RrsigCodec.SIGNER_OFFSET, true);
    }

    /** RRSIG_RDATA of RFC 4034 §3.1.8.1 in a new array. */
    public byte[] signedDataPrefix() {
        byte[] out = new byte[signedDataPrefixLength()];
        writeSignedDataPrefix(out, 0);
        return out;
    }

    private static void putU32(byte[] dst, int off, long v) {
        dst[off] = (byte) (v >>> 24);
        dst[off + 1] = (byte) (v >>> 16);
        dst[off + 2] = (byte) (v >>> 8);
        dst[off + 3] = (byte) v;
    }

    /** The rdata, signer's name with its case as given. */
    public Rdata toRdata() {
        if (signature.length == 0) {
            throw new IllegalStateException("an RRSIG without a signature has no rdata form");
        }
        WireBuffer w = new WireBuffer(signedDataPrefixLength() + signature.length);
        w.u16(typeCovered.code()).u8(algorithm).u8(labels).u32(originalTtl).u32(expiration).u32(inception)
                .u16(keyTag).name(signerName).bytes(signature);
        return Rdata.ofOwned(w.toByteArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rrsig r && r.typeCovered.equals(typeCovered) && r.algorithm == algorithm
                && r.labels == labels && r.originalTtl == originalTtl && r.expiration == expiration
                && r.inception == inception && r.keyTag == keyTag && r.signerName.equalsExact(signerName)
                && Arrays.equals(r.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeCovered, algorithm, labels, keyTag, signerName, expiration, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        if (signature.length == 0) {
            return typeCovered + " " + algorithm + " " + labels + " " + originalTtl + " "
                    + SignatureTime.format(expiration) + " " + SignatureTime.format(inception) + " " + keyTag + " "
                    + signerName + " (unsigned)";
        }
        return RdataCodecs.format(RrType.RRSIG, toRdata());
    }
}

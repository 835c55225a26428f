package dev.signet.core.sign;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.CanonicalForm;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;

import java.util.Arrays;

/**
 * One thread's buffer for the data an RRSIG signs (RFC 4034 §3.1.8.1):
 * {@code RRSIG_RDATA | RR(1) | RR(2) | ...}, where RRSIG_RDATA is the RRSIG rdata without the
 * signature (signer name lower-cased) and each RR is in canonical form (§6.2: owner lower-cased,
 * embedded names lower-cased for the types of {@link CanonicalForm}, TTL = original TTL) and in
 * canonical order (§6.3, which {@link RRset} keeps).
 *
 * <p>The RRset part is written once, after a slot for the RRSIG_RDATA; each key then only
 * rewrites that slot, so signing an RRset with several keys copies its records once. All
 * signatures of a zone share one signer (the apex), so the slot's length is fixed. Not
 * thread-safe; the buffer grows to the largest RRset and is reused.
 */
final class SignedData {

    /** Octets of RRSIG rdata before the signer's name (RFC 4034 §3.1). */
    static final int FIXED_PREFIX = 18;

    private final Name signer;
    private final int prefixLength;
    private byte[] buf = new byte[8192];
    private int end;

    SignedData(Name signer) {
        this.signer = signer;
        this.prefixLength = FIXED_PREFIX + signer.wireLength();
    }

    /** Length of RRSIG_RDATA: the prefix of every RRSIG rdata this buffer makes. */
    int prefixLength() {
        return prefixLength;
    }

    /**
     * Writes the canonical records of {@code set}, owned by {@code owner} (the RRset's owner, or
     * for a wildcard-expanded check the reconstructed {@code *.} name of RFC 4035 §5.3.2), each
     * with {@code originalTtl}.
     */
    void loadRRset(RRset set, Name owner, long originalTtl) {
        int p = prefixLength;
        int ownerStart = p;
        int ownerLength = owner.wireLength();
        int typeCode = set.type().code();
        int classCode = set.rrClass().code();
        boolean lowercases = CanonicalForm.lowercasesNames(set.type());
        for (int i = 0; i < set.size(); i++) {
            Rdata rd = set.rdata(i);
            byte[] wire = rd.wireUnsafe();
            if (lowercases && hasUpperCase(wire)) {
                wire = RdataCodecs.canonical(set.type(), rd);
            }
            ensure(p + ownerLength + 10 + wire.length);
            if (i == 0) {
                owner.writeWire(buf, p, true);
            } else {
                System.arraycopy(buf, ownerStart, buf, p, ownerLength);
            }
            p += ownerLength;
            p = putU16(p, typeCode);
            p = putU16(p, classCode);
            p = putU32(p, originalTtl);
            p = putU16(p, wire.length);
            System.arraycopy(wire, 0, buf, p, wire.length);
            p += wire.length;
        }
        end = p;
    }

    /** Writes RRSIG_RDATA into the slot; returns the length of the data to sign. */
    int writePrefix(RrType covered, int algorithm, int labels, long originalTtl, long expiration, long inception,
            int keyTag) {
        int p = putU16(0, covered.code());
        buf[p++] = (byte) algorithm;
        buf[p++] = (byte) labels;
        p = putU32(p, originalTtl);
        p = putU32(p, expiration);
        p = putU32(p, inception);
        p = putU16(p, keyTag);
        signer.writeWire(buf, p, true);
        return end;
    }

    /** The buffer (valid up to the length {@link #writePrefix} returned). */
    byte[] buffer() {
        return buf;
    }

    /**
     * RRSIG rdata: the slot's fields followed by {@code signature}, the signer's name with its
     * case as written in the zone.
     */
    Rdata rrsigRdata(byte[] signature) {
        byte[] out = new byte[prefixLength + signature.length];
        System.arraycopy(buf, 0, out, 0, FIXED_PREFIX);
        signer.writeWire(out, FIXED_PREFIX, false);
        System.arraycopy(signature, 0, out, prefixLength, signature.length);
        return Rdata.ofOwned(out);
    }

    /** Only ASCII capitals change under RFC 4034 §6.2 lower-casing; without any the wire is canonical. */
    private static boolean hasUpperCase(byte[] wire) {
        for (byte b : wire) {
            if (b >= 'A' && b <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private void ensure(int size) {
        if (size > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size, buf.length * 2));
        }
    }

    private int putU16(int p, int v) {
        buf[p] = (byte) (v >>> 8);
        buf[p + 1] = (byte) v;
        return p + 2;
    }

    private int putU32(int p, long v) {
        buf[p] = (byte) (v >>> 24);
        buf[p + 1] = (byte) (v >>> 16);
        buf[p + 2] = (byte) (v >>> 8);
        buf[p + 3] = (byte) v;
        return p + 4;
    }
}

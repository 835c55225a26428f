package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;

/**
 * The data an RRSIG signs, built here from its definition (RFC 4034 §3.1.8.1) and deliberately
 * not with the signer's code, so that one bug cannot hide another:
 *
 * <pre>  RRSIG_RDATA (all fields but the signature, signer name lower-cased)
 *   | RR(1) | RR(2) | ...   each  owner | type | class | original TTL | RDLENGTH | RDATA</pre>
 *
 * with the owner in canonical form (RFC 4034 §6.2: lower-cased; for a signature over a wildcard
 * expansion, {@code *.} plus the rightmost Labels labels, RFC 4035 §5.3.2), the TTL replaced by
 * the RRSIG's Original TTL, each RDATA in canonical form, and the RRs in canonical order without
 * duplicates (RFC 4034 §6.3) — which is how {@link RRset} keeps its rdata.
 */
final class SignedData {

    private SignedData() {
    }

    /**
     * @param signedOwner the owner the signature was made for (the RRset owner, or the wildcard
     *     it was expanded from)
     */
    static byte[] build(Rrsig sig, Name signedOwner, RRset rrset) {
        int n = rrset.size();
        byte[][] canonical = new byte[n][];
        int ownerLength = signedOwner.wireLength();
        int total = sig.signedDataPrefixLength();
        for (int i = 0; i < n; i++) {
            canonical[i] = RdataCodecs.canonical(rrset.type(), rrset.rdata(i));
            total += ownerLength + 10 + canonical[i].length;
        }
        byte[] out = new byte[total];
        int p = sig.writeSignedDataPrefix(out, 0);
        int type = rrset.type().code();
        int rrClass = rrset.rrClass().code();
        long ttl = sig.originalTtl();
        for (int i = 0; i < n; i++) {
            p = signedOwner.writeWire(out, p, true);
            out[p++] = (byte) (type >> 8);
            out[p++] = (byte) type;
            out[p++] = (byte) (rrClass >> 8);
            out[p++] = (byte) rrClass;
            out[p++] = (byte) (ttl >>> 24);
            out[p++] = (byte) (ttl >>> 16);
            out[p++] = (byte) (ttl >>> 8);
            out[p++] = (byte) ttl;
            byte[] rd = canonical[i];
            out[p++] = (byte) (rd.length >> 8);
            out[p++] = (byte) rd.length;
            System.arraycopy(rd, 0, out, p, rd.length);
            p += rd.length;
        }
        return out;
    }
}

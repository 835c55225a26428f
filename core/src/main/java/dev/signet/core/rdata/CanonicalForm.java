package dev.signet.core.rdata;

import dev.signet.core.rr.RrType;

import java.util.Set;

/**
 * The one list of RR types whose embedded domain names are lower-cased in canonical form:
 * RFC 4034 §6.2 item 3, as corrected by RFC 6840 §5.1 (NSEC removed: its next-name keeps its
 * case; HINFO removed: it holds no names; RRSIG kept: its signer name is lower-cased).
 * Codecs consult {@link #lowercasesNames(RrType)} instead of keeping their own list.
 */
public final class CanonicalForm {

    private static final Set<Integer> LOWERCASED = Set.of(
            RrType.NS.code(), RrType.MD.code(), RrType.MF.code(), RrType.CNAME.code(),
            RrType.SOA.code(), RrType.MB.code(), RrType.MG.code(), RrType.MR.code(),
            RrType.PTR.code(), RrType.MINFO.code(), RrType.MX.code(), RrType.RP.code(),
            RrType.AFSDB.code(), RrType.RT.code(), RrType.SIG.code(), RrType.PX.code(),
            RrType.NXT.code(), RrType.NAPTR.code(), RrType.KX.code(), RrType.SRV.code(),
            RrType.DNAME.code(), RrType.A6.code(), RrType.RRSIG.code());

    private CanonicalForm() {
    }

    /** True if the canonical form of this type's rdata lower-cases the names embedded in it. */
    public static boolean lowercasesNames(RrType type) {
        return LOWERCASED.contains(type.code());
    }
}

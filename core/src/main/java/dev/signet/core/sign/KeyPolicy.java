package dev.signet.core.sign;

import dev.signet.core.rr.RrType;

import java.util.List;

/**
 * Which keys make new signatures over which RRsets: dnssec-signzone 9.18's rules (its
 * {@code signset}), each checked against BIND 9.18.49:
 * <ul>
 *   <li>A revoked key signs the DNSKEY RRset and nothing else (not CDS or CDNSKEY, not with
 *       {@code -z}, and a revoked ZSK still signs DNSKEY under {@code -x}).
 *   <li>The apex DNSKEY, CDS and CDNSKEY RRsets are signed by every KSK; by a ZSK unless
 *       {@code -x}; and by any key of an algorithm that has no (non-revoked) KSK, even under
 *       {@code -x}.
 *   <li>Every other RRset is signed by the ZSKs, and with {@code -z} by the KSKs too. An
 *       algorithm with only a KSK is therefore not used for them: BIND does not fall back (its
 *       own post-signing check then reports the zone as not fully signed for that algorithm),
 *       and neither does Signet — {@link ZoneSigner} warns instead.
 * </ul>
 * Whether the key signs at all ({@link SigningKey#signs()}) is checked by the caller.
 */
final class KeyPolicy {

    private final boolean[] revoked;
    private final boolean[] keySetSigner;
    private final boolean[] dataSigner;

    KeyPolicy(List<SigningKey> keys, boolean kskOnlyDnskey, boolean ignoreKskFlag) {
        int n = keys.size();
        revoked = new boolean[n];
        keySetSigner = new boolean[n];
        dataSigner = new boolean[n];
        for (int i = 0; i < n; i++) {
            SigningKey k = keys.get(i);
            boolean zsk = ignoreKskFlag || !k.isKsk();
            boolean haveKsk = k.isKsk();
            for (SigningKey other : keys) {
                if (other.algorithmNumber() == k.algorithmNumber() && !other.isRevoked() && other.isKsk()) {
                    haveKsk = true;
                }
            }
            revoked[i] = k.isRevoked();
            keySetSigner[i] = k.isKsk() || !haveKsk || (zsk && !kskOnlyDnskey);
            dataSigner[i] = zsk;
        }
    }

    /**
     * Whether key {@code i} makes a new signature over an RRset of {@code type}.
     *
     * @param keySetAtApex the RRset is the apex DNSKEY, CDS or CDNSKEY RRset
     */
    boolean signs(int i, RrType type, boolean keySetAtApex) {
        if (revoked[i]) {
            return type.equals(RrType.DNSKEY);
        }
        return keySetAtApex ? keySetSigner[i] : dataSigner[i];
    }

    /** The RRsets whose signing follows the key-set rule when they are at the apex. */
    static boolean isKeySetType(RrType type) {
        return type.equals(RrType.DNSKEY) || type.equals(RrType.CDS) || type.equals(RrType.CDNSKEY);
    }
}

package dev.signet.core.sign;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Ds;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the {@code dsset-} (and, with {@code -C}, {@code keyset-}) file dnssec-signzone
 * 9.18 writes, chosen as its {@code writeset} does (observed with BIND 9.18.49): every key of
 * the list that is not revoked and is a KSK — published or not — plus every key of an algorithm
 * that has no KSK at all (or no ZSK at all). The DS records use SHA-256 only.
 */
public final class DsSet {

    private DsSet() {
    }

    /** The keys to list, in the key list's order. */
    public static List<SigningKey> keys(List<SigningKey> keys) {
        List<SigningKey> out = new ArrayList<>();
        for (SigningKey k : keys) {
            if (k.isRevoked()) {
                continue;
            }
            boolean haveKsk = false;
            boolean haveZsk = false;
            for (SigningKey other : keys) {
                if (other.algorithmNumber() == k.algorithmNumber() && !other.isRevoked()) {
                    haveKsk |= other.isKsk();
                    haveZsk |= !other.isKsk();
                }
            }
            if (k.isKsk() || !(haveKsk && haveZsk)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The DS rdata (SHA-256) of {@link #keys}, for the zone apex. */
    public static List<Ds> ds(Name apex, List<SigningKey> keys) {
        List<Ds> out = new ArrayList<>();
        for (SigningKey k : keys(keys)) {
            out.add(DelegationSigner.ds(apex, k.dnskey(), DigestType.SHA256));
        }
        return out;
    }
}

package dev.signet.core.verify;

import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RRset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The apex DNSKEY RRset indexed by (algorithm, key tag), the pair an RRSIG names its key by
 * (RFC 4034 §3.1.6). Tags can collide, so a lookup returns every key with the pair.
 */
final class ZoneKeys {

    private final List<Dnskey> keys;
    private final Map<Integer, List<Dnskey>> byAlgorithmAndTag = new HashMap<>();

    ZoneKeys(RRset dnskeys) {
        List<Dnskey> all = new ArrayList<>();
        if (dnskeys != null) {
            for (int i = 0; i < dnskeys.size(); i++) {
                if (dnskeys.rdata(i).length() < 4) {
                    continue; // not a DNSKEY at all; the rdata codec rejects it on load anyway
                }
                Dnskey k = Dnskey.of(dnskeys.rdata(i));
                all.add(k);
                byAlgorithmAndTag.computeIfAbsent(index(k.algorithm(), k.keyTag()), x -> new ArrayList<>()).add(k);
            }
        }
        this.keys = Collections.unmodifiableList(all);
    }

    private static int index(int algorithm, int keyTag) {
        return (algorithm << 16) | keyTag;
    }

    /** Every key of the RRset, in its canonical order. */
    List<Dnskey> all() {
        return keys;
    }

    /** The keys an RRSIG with this algorithm and key tag may have been made with. */
    List<Dnskey> find(int algorithm, int keyTag) {
        return byAlgorithmAndTag.getOrDefault(index(algorithm, keyTag), List.of());
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }
}

package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The census of the apex DNSKEY RRset that decides which algorithms the zone must be signed with,
 * as dnssec-verify takes it (BIND 9.18, observed):
 * <ul>
 *   <li>a key is <em>active</em> when it has a valid signature over the DNSKEY RRset ("self-signs");
 *       a key without the SEP flag is active too when it has a valid signature over the SOA;</li>
 *   <li>a revoked KSK must still self-sign (RFC 5011 §2.1) — otherwise the zone fails;</li>
 *   <li>the zone needs at least one self-signed KSK (with {@code -z}, any self-signed key);</li>
 *   <li>the algorithms the zone must be signed with are those with an active KSK ({@code -z}:
 *       an active key of either kind) — RFC 4035 §2.2 and RFC 6840 §5.11 applied to the keys in
 *       use;</li>
 *   <li>without {@code -x} or {@code -z}, an algorithm with an active KSK needs an active ZSK and
 *       the other way round.</li>
 * </ul>
 * When no key self-signs, dnssec-verify stops. Signet carries on to list every other finding,
 * taking the algorithms of the zone's (non-revoked) KSKs as the ones to check.
 */
final class KeyAnalysis {

    final Map<Integer, KeyCounts> counts = new TreeMap<>();
    final SortedSet<Integer> active = new TreeSet<>();
    final SortedSet<Integer> bad = new TreeSet<>();
    final List<Finding> findings = new ArrayList<>();
    /** True when dnssec-verify would have stopped before naming the algorithms it verifies with. */
    boolean fatal;

    private KeyAnalysis() {
    }

    static KeyAnalysis run(ZoneNode apexNode, Name apex, ZoneKeys keys, VerifyOptions o) {
        KeyAnalysis ka = new KeyAnalysis();
        RRset keyset = apexNode.rrset(RrType.DNSKEY);
        RRset keysigs = apexNode.signatures(RrType.DNSKEY);
        RRset soa = apexNode.rrset(RrType.SOA);
        RRset soasigs = apexNode.signatures(RrType.SOA);
        boolean goodKsk = false;
        boolean goodZsk = false;
        for (Dnskey key : keys.all()) {
            boolean ksk = key.isSep();
            KeyCounts.KeyState state;
            if (key.isZoneKey() && key.isRevoked()) {
                if (ksk && !signs(key, keyset, keysigs, apex, o)) {
                    ka.fatal = true;
                    ka.findings.add(Finding.error(apex, RrType.DNSKEY, key.keyTag(), "REVOKED_KSK_NOT_SELF_SIGNED",
                            "revoked KSK is not self-signed: a revoked key must sign the DNSKEY RRset"
                                    + " (RFC 5011 §2.1): DNSKEY " + key));
                }
                state = KeyCounts.KeyState.REVOKED;
            } else if (signs(key, keyset, keysigs, apex, o)) {
                state = KeyCounts.KeyState.ACTIVE;
                goodKsk |= ksk;
                goodZsk |= !ksk;
            } else if (!ksk && signs(key, soa, soasigs, apex, o)) {
                state = KeyCounts.KeyState.ACTIVE;
            } else {
                state = KeyCounts.KeyState.STANDBY;
            }
            ka.counts.merge(key.algorithm(), new KeyCounts(key.algorithm(), 0, 0, 0, 0, 0, 0).plus(ksk, state),
                    (a, b) -> a.plus(ksk, state));
        }
        if (o.ignoreKskFlag() ? !goodKsk && !goodZsk : !goodKsk) {
            ka.fatal = true;
            ka.findings.add(o.ignoreKskFlag()
                    ? Finding.error(apex, RrType.DNSKEY, Finding.NO_KEY, "NO_SELF_SIGNED_KEY",
                            "no self-signed DNSKEY found: no key has a valid signature over the DNSKEY RRset")
                    : Finding.error(apex, RrType.DNSKEY, Finding.NO_KEY, "NO_SELF_SIGNED_KSK",
                            "no self-signed KSK DNSKEY found: no key with the SEP flag has a valid signature"
                                    + " over the DNSKEY RRset"));
        }
        for (KeyCounts c : ka.counts.values()) {
            if (c.kskActive() > 0 || (o.ignoreKskFlag() && c.zskActive() > 0)) {
                ka.active.add(c.algorithm());
            }
        }
        if (ka.active.isEmpty()) {
            ka.active.addAll(fallbackAlgorithms(keys, o.ignoreKskFlag()));
        }
        if (!o.ignoreKskFlag() && !o.kskOnlyDnskey()) {
            for (KeyCounts c : ka.counts.values()) {
                if ((c.kskActive() > 0) == (c.zskActive() > 0)) {
                    continue;
                }
                String alg = SignatureCheck.algorithmName(c.algorithm());
                ka.bad.add(c.algorithm());
                ka.findings.add(c.kskActive() > 0
                        ? Finding.error(apex, RrType.DNSKEY, Finding.NO_KEY, "MISSING_ZSK", "missing ZSK for algorithm "
                                + alg + ": no key without the SEP flag signs the DNSKEY RRset or the SOA (use -z to"
                                + " accept a zone signed by KSKs only)")
                        : Finding.error(apex, RrType.DNSKEY, Finding.NO_KEY, "MISSING_KSK", "missing self-signed KSK for"
                                + " algorithm " + alg + ": no key with the SEP flag has a valid signature over the"
                                + " DNSKEY RRset"));
            }
        }
        return ka;
    }

    /**
     * The algorithms to check every RRset against when no key self-signs: those of the zone's
     * non-revoked KSKs (or of every non-revoked zone key with {@code -z}), else of every zone key.
     */
    private static SortedSet<Integer> fallbackAlgorithms(ZoneKeys keys, boolean ignoreKskFlag) {
        SortedSet<Integer> out = new TreeSet<>();
        for (Dnskey k : keys.all()) {
            if (k.isZoneKey() && !k.isRevoked() && (ignoreKskFlag || k.isSep())) {
                out.add(k.algorithm());
            }
        }
        if (out.isEmpty()) {
            for (Dnskey k : keys.all()) {
                if (k.isZoneKey()) {
                    out.add(k.algorithm());
                }
            }
        }
        return out;
    }

    /** True if {@code key} made a currently valid signature over {@code rrset} (TTL not compared, as BIND). */
    static boolean signs(Dnskey key, RRset rrset, RRset sigs, Name apex, VerifyOptions o) {
        if (rrset == null || sigs == null) {
            return false;
        }
        for (Rdata r : sigs.rdataList()) {
            Rrsig sig;
            try {
                sig = Rrsig.from(r);
            } catch (TextException | IllegalArgumentException e) {
                continue;
            }
            if (sig.algorithm() != key.algorithm() || sig.keyTag() != key.keyTag()) {
                continue;
            }
            if (SignatureCheck.check(rrset, sig, List.of(key), apex, o.now(), o.verifier(), false).outcome().valid()) {
                return true;
            }
        }
        return false;
    }

    List<KeyCounts> countsInOrder() {
        return Collections.unmodifiableList(new ArrayList<>(counts.values()));
    }
}

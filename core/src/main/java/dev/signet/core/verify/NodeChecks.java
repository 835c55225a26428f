package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Base32Hex;
import dev.signet.core.rdata.Nsec;
import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rdata.TypeBitmap;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of each name of the zone, run on a range of names at a time so that ranges can be
 * checked on several threads; results come back per range and are merged in zone order, so the
 * report does not depend on the thread count.
 *
 * <p>As in BIND, NSEC3 records and their signatures form a tree of their own: at a name they are
 * checked as signed data, but they take no part in the name's NSEC/NSEC3 type bitmap, and a name
 * holding only them is not one the chains must cover.
 */
final class NodeChecks {

    /** What one range of names produced. */
    static final class RangeResult {
        final List<Finding> findings = new ArrayList<>();
        final boolean[] badAlgorithms = new boolean[256];
        // Scratch for signatures(): per algorithm, a valid signature seen / any signature seen.
        // Reused from RRset to RRset (a 1M-name zone has 1.8M RRsets; a range runs on one thread).
        final boolean[] good = new boolean[256];
        final boolean[] present = new boolean[256];
        boolean failed;
        SignatureExpiry earliest;
        long signatures;
        /** Triples (chain, entry, node index) of NSEC3 records found for names. */
        int[] matched = new int[48];
        int matchedCount;
        /** dnssec-verify's verdict text for the first NSEC/NSEC3 failure in its walk order. */
        final BindVerdict verdict = new BindVerdict();
        /** An NSEC below a zone cut: dnssec-verify gives up there and prints no verdict. */
        boolean aborted;

        void match(int chain, int entry, int node) {
            if (matchedCount + 3 > matched.length) {
                matched = java.util.Arrays.copyOf(matched, matched.length * 2);
            }
            matched[matchedCount++] = chain;
            matched[matchedCount++] = entry;
            matched[matchedCount++] = node;
        }
    }

    private final Zone zone;
    private final Name apex;
    private final ZoneKeys keys;
    private final VerifyOptions options;
    private final boolean[] active;
    private final boolean nsecChain;
    private final Nsec3Chains nsec3;
    private final ZoneLayout layout;

    NodeChecks(Zone zone, ZoneKeys keys, VerifyOptions options, boolean[] active, boolean nsecChain,
               Nsec3Chains nsec3, ZoneLayout layout) {
        this.zone = zone;
        this.apex = zone.apex();
        this.keys = keys;
        this.options = options;
        this.active = active;
        this.nsecChain = nsecChain;
        this.nsec3 = nsec3;
        this.layout = layout;
    }

    /** Checks the names {@code [from, to)} in canonical order. */
    RangeResult run(int from, int to) {
        RangeResult r = new RangeResult();
        Nsec3Hashing[] hashers = new Nsec3Hashing[nsec3.chains.size()];
        for (int c = 0; c < hashers.length; c++) {
            Nsec3Chains.Chain ch = nsec3.chains.get(c);
            hashers[c] = new Nsec3Hashing(ch.param.salt(), ch.param.iterations());
        }
        for (int i = from; i < to; i++) {
            ZoneNode node = zone.node(i);
            switch (node.kind()) {
                case OCCLUDED -> occluded(node, r);
                case EMPTY_NON_TERMINAL -> nsec3Name(i, node, false, TypeBitmap.EMPTY, r, hashers,
                        BindVerdict.key(layout.followingMain(i), 2 + i));
                default -> {
                    RRset n3 = node.rrset(RrType.NSEC3);
                    if (n3 != null) {
                        signatures(node, n3, r);
                    }
                    if (layout.isMain(i)) {
                        mainName(i, node, r, hashers);
                    }
                }
            }
        }
        return r;
    }

    private void mainName(int i, ZoneNode node, RangeResult r, Nsec3Hashing[] hashers) {
        boolean delegation = node.kind() == ZoneNode.Kind.DELEGATION;
        List<RrType> types = new ArrayList<>();
        boolean signed = false;
        for (RRset s : node.rrsets()) {
            RrType t = s.type();
            if (t.equals(RrType.RRSIG)) {
                if (s.covered().equals(RrType.NSEC3)) {
                    continue;
                }
                signed = true;
                if (node.rrset(s.covered()) == null) {
                    r.findings.add(Finding.warning(node.name(), s.covered(), Finding.NO_KEY, "ORPHAN_SIGNATURES",
                            "RRSIG records cover " + s.covered() + " but the name has no " + s.covered() + " RRset"));
                }
                continue;
            }
            if (t.equals(RrType.NSEC3)) {
                continue;
            }
            if (!delegation || t.equals(RrType.DS) || t.equals(RrType.NSEC)) {
                signatures(node, s, r);
                types.add(t);
            } else {
                // RFC 4035 §2.2: at a zone cut only DS and NSEC are the parent's; the NS RRset is
                // listed in the bitmap but not signed, and nothing else belongs to this zone.
                if (t.equals(RrType.NS)) {
                    types.add(t);
                } else if (!t.equals(RrType.A) && !t.equals(RrType.AAAA)) {
                    r.findings.add(Finding.warning(node.name(), t, Finding.NO_KEY, "NON_AUTHORITATIVE_DATA",
                            t + " at a delegation point is not data of this zone: only NS, DS and NSEC are, and"
                                    + " address records as glue (RFC 4035 §2.2)"));
                }
                if (node.signatures(t) != null) {
                    r.findings.add(Finding.warning(node.name(), t, Finding.NO_KEY, "UNEXPECTED_SIGNATURES",
                            "signatures over " + t + " at a delegation: only DS and NSEC are signed there (RFC 4035 §2.2)"));
                }
            }
        }
        if (signed) {
            types.add(RrType.RRSIG);
        }
        if (nsecChain) {
            nsec(i, node, types, r);
        }
        if (!nsec3.isEmpty()) {
            nsec3Name(i, node, delegation, TypeBitmap.of(types), r, hashers, BindVerdict.key(i, 1));
        }
    }

    /** RFC 4034 §4.1, RFC 4035 §2.3: one NSEC per name, pointing at the next name, listing its types. */
    private void nsec(int i, ZoneNode node, List<RrType> types, RangeResult r) {
        RRset set = node.rrset(RrType.NSEC);
        int failures = r.findings.size();
        try {
            nsecChecks(i, node, set, types, r);
        } finally {
            if (r.findings.size() > failures) {
                r.verdict.fail(BindVerdict.key(i, 0), BindVerdict.FAILURE);
            }
        }
    }

    private void nsecChecks(int i, ZoneNode node, RRset set, List<RrType> types, RangeResult r) {
        if (set == null) {
            r.failed = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "MISSING_NSEC",
                    "no NSEC record: every name with authoritative data or a delegation needs one (RFC 4035 §2.3)"));
            return;
        }
        if (set.size() > 1) {
            r.failed = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "MULTIPLE_NSEC",
                    set.size() + " NSEC records where there must be one"));
        }
        Nsec nsec;
        try {
            nsec = Nsec.from(set.rdata(0));
        } catch (TextException | IllegalArgumentException e) {
            r.failed = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "BAD_NSEC", "malformed NSEC rdata"));
            return;
        }
        Name expected = zone.node(layout.nextMain(i)).name();
        if (!nsec.nextName().equals(expected)) {
            r.failed = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "NSEC_NEXT_MISMATCH",
                    "next name is " + Finding.bindName(nsec.nextName()) + ", expected " + Finding.bindName(expected)
                            + ", the next name in canonical order (RFC 4034 §4.1.1)"));
        }
        List<RrType> withChain = new ArrayList<>(types);
        withChain.add(RrType.NSEC);
        withChain.add(RrType.RRSIG);
        TypeBitmap expectedTypes = TypeBitmap.of(withChain);
        if (!nsec.types().equals(expectedTypes)) {
            r.failed = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "NSEC_BITMAP_MISMATCH",
                    "type bitmap " + describe(nsec.types()) + " does not match the types at the name "
                            + describe(expectedTypes) + " (RFC 4034 §4.1.2)"));
        }
    }

    /**
     * RFC 5155 §7.1: the name needs an NSEC3 in each chain, with its types; an insecure delegation
     * (and an empty non-terminal with nothing but insecure delegations below) may go without when
     * an Opt-Out NSEC3 covers its hash.
     */
    private void nsec3Name(int i, ZoneNode node, boolean delegation, TypeBitmap types, RangeResult r,
                           Nsec3Hashing[] hashers, long verdictKey) {
        for (int c = 0; c < hashers.length; c++) {
            Nsec3Chains.Chain ch = nsec3.chains.get(c);
            if (ch.size() == 0) {
                continue; // one finding for the whole chain (Nsec3Chains.check), not one per name
            }
            byte[] h = hashers[c].hash(node.name());
            int e = ch.find(h);
            String where = Base32Hex.encode(h) + "." + apex;
            if (e < 0) {
                if (layout.needsNsec3(i)) {
                    r.failed = true;
                    r.verdict.fail(verdictKey, BindVerdict.NOT_FOUND);
                    r.findings.add(Finding.error(node.name(), RrType.NSEC3, Finding.NO_KEY, "MISSING_NSEC3",
                            "no NSEC3 record for this name: expected one at " + where + " (" + ch.paramText + ")"));
                } else {
                    int cov = ch.covering(h);
                    if (cov < 0 || !ch.record(cov).isOptOut()) {
                        // Stricter than dnssec-verify, which lets any insecure delegation go
                        // without an NSEC3: no verdict of its own.
                        r.failed = true;
                        r.findings.add(Finding.error(node.name(), RrType.NSEC3, Finding.NO_KEY, "MISSING_NSEC3",
                                "no NSEC3 record for this " + (delegation ? "insecure delegation" : "empty non-terminal")
                                        + " at " + where + ", and no Opt-Out NSEC3 covers it (RFC 5155 §7.1)"));
                    }
                }
                continue;
            }
            r.match(c, e, i);
            if (ch.count(e) > 1) {
                r.failed = true;
                r.verdict.fail(verdictKey, BindVerdict.DUPLICATE);
                r.findings.add(Finding.error(node.name(), RrType.NSEC3, Finding.NO_KEY, "MULTIPLE_NSEC3",
                        ch.count(e) + " NSEC3 records with the parameters of " + ch.paramText + " at " + where));
            }
            Nsec3 rec = ch.record(e);
            if (!rec.types().equals(types)) {
                r.failed = true;
                r.verdict.fail(verdictKey, BindVerdict.FAILURE);
                r.findings.add(Finding.error(node.name(), RrType.NSEC3, Finding.NO_KEY, "NSEC3_BITMAP_MISMATCH",
                        "the NSEC3 at " + where + " lists types " + describe(rec.types())
                                + " but the name has " + describe(types) + " (RFC 5155 §3.2.1)"));
            }
        }
    }

    /** Below a zone cut: not in any chain, never signed (RFC 4035 §2.2, §2.3). */
    private void occluded(ZoneNode node, RangeResult r) {
        if (node.rrset(RrType.NSEC) != null) {
            r.failed = true;
            r.aborted = true;
            r.findings.add(Finding.error(node.name(), RrType.NSEC, Finding.NO_KEY, "UNEXPECTED_NSEC",
                    "NSEC record below a zone cut: glue and occluded names are not in the NSEC chain (RFC 4035 §2.3)"));
        }
        for (RRset s : node.rrsets()) {
            if (!s.type().equals(RrType.RRSIG)) {
                continue;
            }
            RrType covered = s.covered();
            boolean glue = node.isGlue() && (covered.equals(RrType.A) || covered.equals(RrType.AAAA));
            r.findings.add(glue
                    ? Finding.warning(node.name(), covered, Finding.NO_KEY, "SIGNED_GLUE",
                            "glue is signed: glue is not authoritative data and is not signed (RFC 4035 §2.2)")
                    : Finding.warning(node.name(), covered, Finding.NO_KEY, "SIGNED_OCCLUDED",
                            "data below a zone cut is signed: it is not authoritative data (RFC 4035 §2.2)"));
        }
    }

    /**
     * RFC 4035 §2.2 / RFC 6840 §5.11: the RRset needs a valid signature of every algorithm the
     * zone is signed with. Every signature made by a key of the apex DNSKEY RRset is checked; a bad
     * one is an error when its algorithm has no good signature, a warning otherwise.
     */
    private void signatures(ZoneNode node, RRset rrset, RangeResult r) {
        RRset sigs = node.signatures(rrset.type());
        if (sigs == null) {
            r.findings.add(Finding.error(node.name(), rrset.type(), Finding.NO_KEY, "NO_SIGNATURES",
                    "no signatures (keys offline or inactive?)"));
            for (int a = 0; a < 256; a++) {
                r.badAlgorithms[a] |= active[a];
            }
            return;
        }
        if (sigs.ttl() != rrset.ttl()) {
            // dnssec-verify does not look at this: the Original TTL field is what validation uses.
            r.findings.add(Finding.warning(node.name(), rrset.type(), Finding.NO_KEY, "RRSIG_RECORD_TTL",
                    "the RRSIG records have TTL " + sigs.ttl() + " but the RRset they cover has " + rrset.ttl()
                            + " (RFC 4034 §3)"));
        }
        boolean[] good = r.good;
        boolean[] present = r.present;
        java.util.Arrays.fill(good, false);
        java.util.Arrays.fill(present, false);
        // Made only when needed: almost every RRset of a signed zone has none of these.
        List<Rrsig> failedSigs = null;
        List<SignatureCheck.Result> failures = null;
        List<Finding> wildcard = null;
        for (int k = 0; k < sigs.size(); k++) {
            Rdata rd = sigs.rdata(k);
            Rrsig sig;
            try {
                sig = Rrsig.from(rd);
            } catch (TextException | IllegalArgumentException e) {
                r.failed = true;
                r.findings.add(Finding.error(node.name(), rrset.type(), Finding.NO_KEY, "BAD_RRSIG", "malformed RRSIG rdata"));
                continue;
            }
            r.signatures++;
            if (r.earliest == null || sig.expiration() < r.earliest.expiration()) {
                r.earliest = new SignatureExpiry(node.name(), rrset.type(), sig.keyTag(), sig.algorithm(),
                        sig.expiration()); // on a tie the first in zone order stays, as SignatureExpiry.earlier does
            }
            present[sig.algorithm()] = true;
            SignatureCheck.Result res = SignatureCheck.check(rrset, sig, keys.find(sig.algorithm(), sig.keyTag()),
                    apex, options.now(), options.verifier(), true);
            if (res.outcome().valid()) {
                good[sig.algorithm()] = true;
                if (res.outcome() == SignatureCheck.Outcome.VALID_FROM_WILDCARD) {
                    if (wildcard == null) {
                        wildcard = new ArrayList<>();
                    }
                    wildcard.add(Finding.warning(node.name(), rrset.type(), sig.keyTag(), res.outcome().code, res.detail()));
                }
            } else {
                if (failedSigs == null) {
                    failedSigs = new ArrayList<>();
                    failures = new ArrayList<>();
                }
                failedSigs.add(sig);
                failures.add(res);
            }
        }
        for (int k = 0; failedSigs != null && k < failedSigs.size(); k++) {
            Rrsig sig = failedSigs.get(k);
            int a = sig.algorithm();
            boolean fatal = active[a] && !good[a];
            SignatureCheck.Result res = failures.get(k);
            String text = SignatureCheck.algorithmName(a) + " signature: " + res.detail();
            r.findings.add(fatal
                    ? Finding.error(node.name(), rrset.type(), sig.keyTag(), res.outcome().code, text)
                    : Finding.warning(node.name(), rrset.type(), sig.keyTag(), res.outcome().code,
                            text + (good[a] ? " (another " + SignatureCheck.algorithmName(a) + " signature is valid)"
                                    : " (the zone is not signed with this algorithm)")));
        }
        if (wildcard != null) {
            r.findings.addAll(wildcard);
        }
        for (int a = 0; a < 256; a++) {
            if (active[a] && !good[a]) {
                r.badAlgorithms[a] = true;
                if (!present[a]) {
                    r.findings.add(Finding.error(node.name(), rrset.type(), Finding.NO_KEY, "MISSING_ALGORITHM",
                            "no " + SignatureCheck.algorithmName(a) + " signature: every RRset needs one of each"
                                    + " algorithm the zone is signed with (RFC 4035 §2.2, RFC 6840 §5.11)"));
                }
            }
        }
    }

    private static String describe(TypeBitmap types) {
        return types.isEmpty() ? "(none)" : "(" + types + ")";
    }
}

package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Nsec3Param;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies that a zone is completely and correctly signed, as dnssec-verify does (BIND 9.18), and
 * reports <em>every</em> finding rather than the first.
 *
 * <p>Everything is checked from the definitions — RFC 4034 (records, signed data, canonical form),
 * RFC 4035 (what is signed, chains), RFC 5155 (NSEC3), RFC 6840 (algorithm rules), RFC 8976
 * (ZONEMD) — and never by rebuilding the zone with Signet's signer ({@code sign}, {@code denial}
 * packages): a verifier that shares the signer's code would share its bugs.
 *
 * <p>Steps: the apex (keys present, chain present); the key census ({@link KeyAnalysis}) that fixes
 * the algorithms every RRset must be signed with; the walk over all names, on
 * {@link VerifyOptions#threads()} threads in ranges of names, merged in order (signatures, NSEC
 * links and bitmaps, NSEC3 per name); the NSEC3 chains; lint ({@link ZoneLints}, ZONEMD).
 */
public final class ZoneVerifier {

    /** Names per unit of parallel work: big enough to amortize, small enough to balance. */
    private static final int RANGE = 512;

    private ZoneVerifier() {
    }

    public static VerifyReport verify(Zone zone, VerifyOptions o) {
        return verify(zone, o, RANGE);
    }

    /** As {@link #verify(Zone, VerifyOptions)} with {@code range} names per unit of parallel work (tests). */
    static VerifyReport verify(Zone zone, VerifyOptions o, int range) {
        Name apex = zone.apex();
        ZoneNode apexNode = zone.apexNode();
        List<Finding> findings = new ArrayList<>();
        RRset dnskeys = apexNode == null ? null : apexNode.rrset(RrType.DNSKEY);
        if (dnskeys == null) {
            findings.add(Finding.error(apex, RrType.DNSKEY, Finding.NO_KEY, "NO_DNSKEY",
                    "zone contains no DNSSEC keys (no DNSKEY RRset at the apex)"));
            return new VerifyReport(apex, findings, new TreeSet<>(), new TreeSet<>(), List.of(), true,
                    o.kskOnlyDnskey(), null, 0, zone.nodeCount(), null, false, BindVerdict.FAILURE);
        }
        ZoneKeys keys = new ZoneKeys(dnskeys);
        // dnssec-verify stops before naming algorithms when an apex RRset is unsigned.
        boolean stoppedEarly = apexNode.signatures(RrType.DNSKEY) == null || apexNode.signatures(RrType.SOA) == null
                || (apexNode.has(RrType.NSEC) && apexNode.signatures(RrType.NSEC) == null)
                || (apexNode.has(RrType.NSEC3PARAM) && apexNode.signatures(RrType.NSEC3PARAM) == null);
        boolean nsecChain = apexNode.has(RrType.NSEC);
        if (!nsecChain && !apexNode.has(RrType.NSEC3PARAM)) {
            stoppedEarly = true;
            findings.add(Finding.error(apex, null, Finding.NO_KEY, "NO_CHAIN",
                    "no NSEC or NSEC3 chain: the apex has neither an NSEC nor an NSEC3PARAM record (RFC 4035 §2.3,"
                            + " RFC 5155 §7.1)"));
        }
        KeyAnalysis ka = KeyAnalysis.run(apexNode, apex, keys, o);
        findings.addAll(ka.findings);
        stoppedEarly |= ka.fatal;

        List<Nsec3Param> params = usableNsec3Params(apexNode, apex, findings);
        Nsec3Chains chains = Nsec3Chains.collect(zone, params, findings);
        ZoneLayout layout = ZoneLayout.of(zone, !chains.isEmpty());
        boolean[] active = new boolean[256];
        for (int a : ka.active) {
            active[a] = true;
        }
        NodeChecks checks = new NodeChecks(zone, keys, o, active, nsecChain, chains, layout);
        List<NodeChecks.RangeResult> results = walk(zone, checks, o, range);

        SortedSet<Integer> bad = new TreeSet<>(ka.bad);
        SignatureExpiry earliest = null;
        long signatures = 0;
        BindVerdict verdict = new BindVerdict();
        boolean aborted = false;
        for (NodeChecks.RangeResult r : results) {
            findings.addAll(r.findings);
            for (int a = 0; a < 256; a++) {
                if (r.badAlgorithms[a]) {
                    bad.add(a);
                }
            }
            earliest = SignatureExpiry.earlier(earliest, r.earliest);
            verdict.merge(r.verdict);
            aborted |= r.aborted;
            signatures += r.signatures;
            for (int k = 0; k < r.matchedCount; k += 3) {
                chains.chains.get(r.matched[k]).matchedBy[r.matched[k + 1]] = r.matched[k + 2];
            }
        }
        chains.check(zone, findings, verdict);
        ZoneLints.run(zone, keys, earliest, o.now(), findings);
        Boolean zonemd = ZonemdCheck.check(zone, findings);
        return new VerifyReport(apex, findings, ka.active, bad, ka.countsInOrder(), stoppedEarly, o.kskOnlyDnskey(),
                earliest, signatures, zone.nodeCount(), zonemd, aborted, verdict.text());
    }

    /**
     * The NSEC3PARAM records whose chains are checked: flags 0 (RFC 5155 §4.1.2) and a known hash
     * algorithm. dnssec-verify skips the others silently; Signet says so.
     */
    private static List<Nsec3Param> usableNsec3Params(ZoneNode apexNode, Name apex, List<Finding> findings) {
        RRset set = apexNode.rrset(RrType.NSEC3PARAM);
        List<Nsec3Param> out = new ArrayList<>();
        if (set == null) {
            return out;
        }
        for (Rdata r : set.rdataList()) {
            Nsec3Param p;
            try {
                p = Nsec3Param.from(r);
            } catch (TextException | IllegalArgumentException e) {
                continue;
            }
            if (p.flags() != 0 || !Nsec3Hashing.supports(p.hashAlgorithm())) {
                findings.add(Finding.warning(apex, RrType.NSEC3PARAM, Finding.NO_KEY, "NSEC3PARAM_IGNORED",
                        "NSEC3PARAM " + p + " is ignored: " + (p.flags() != 0
                                ? "its flags must be 0 (RFC 5155 §4.1.2)" : "unknown hash algorithm")));
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** Runs the name checks over all names in ranges, on the option's threads, results in zone order. */
    private static List<NodeChecks.RangeResult> walk(Zone zone, NodeChecks checks, VerifyOptions o, int range) {
        int n = zone.nodeCount();
        AtomicLong done = new AtomicLong();
        List<NodeChecks.RangeResult> results = new ArrayList<>();
        if (o.threads() == 1 || n <= range) {
            for (int from = 0; from < n; from += range) {
                int to = Math.min(n, from + range);
                results.add(checks.run(from, to));
                o.progress().progress(done.addAndGet(to - from), n);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "signet-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<NodeChecks.RangeResult>> futures = new ArrayList<>();
            for (int from = 0; from < n; from += range) {
                int start = from;
                int to = Math.min(n, from + range);
                futures.add(pool.submit(() -> {
                    NodeChecks.RangeResult r = checks.run(start, to);
                    o.progress().progress(done.addAndGet(to - start), n);
                    return r;
                }));
            }
            for (Future<NodeChecks.RangeResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}

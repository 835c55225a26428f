package dev.signet.core.verify;

import dev.signet.core.name.Name;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The outcome of {@link ZoneVerifier#verify}: every finding in zone order (key census first, then
 * name by name in canonical order, then the NSEC3 chains, then lint), the key census, and the lines
 * dnssec-verify prints on standard output. Immutable.
 */
public final class VerifyReport {

    private final Name apex;
    private final List<Finding> findings;
    private final List<Integer> algorithms;
    private final List<Integer> badAlgorithms;
    private final List<KeyCounts> keyCounts;
    private final boolean stoppedEarly;
    private final boolean kskOnlyDnskey;
    private final SignatureExpiry earliestExpiry;
    private final long signatures;
    private final int names;
    private final Boolean zonemd;
    private final boolean aborted;
    private final String failureReason;

    VerifyReport(Name apex, List<Finding> findings, SortedSet<Integer> algorithms, SortedSet<Integer> badAlgorithms,
                 List<KeyCounts> keyCounts, boolean stoppedEarly, boolean kskOnlyDnskey, SignatureExpiry earliestExpiry,
                 long signatures, int names, Boolean zonemd, boolean aborted, String failureReason) {
        this.apex = apex;
        this.findings = List.copyOf(findings);
        this.algorithms = List.copyOf(algorithms);
        this.badAlgorithms = List.copyOf(badAlgorithms);
        this.keyCounts = List.copyOf(keyCounts);
        this.stoppedEarly = stoppedEarly;
        this.kskOnlyDnskey = kskOnlyDnskey;
        this.earliestExpiry = earliestExpiry;
        this.signatures = signatures;
        this.names = names;
        this.zonemd = zonemd;
        this.aborted = aborted;
        this.failureReason = failureReason;
    }

    public Name apex() {
        return apex;
    }

    /** Every finding, errors and warnings, in zone order. */
    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** True when no finding is an error: the zone is completely and correctly signed. */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** The algorithms every RRset must be signed with (dnssec-verify's "following algorithms"). */
    public List<Integer> algorithms() {
        return algorithms;
    }

    /** Algorithms some RRset lacks a valid signature of. */
    public List<Integer> badAlgorithms() {
        return badAlgorithms;
    }

    /** The key census per algorithm, ascending. */
    public List<KeyCounts> keyCounts() {
        return keyCounts;
    }

    /** The signature that expires first, over all RRSIGs of the zone's authoritative data. */
    public Optional<SignatureExpiry> earliestExpiry() {
        return Optional.ofNullable(earliestExpiry);
    }

    /** Number of RRSIG records checked. */
    public long signatureCount() {
        return signatures;
    }

    /** Number of names walked (empty non-terminals and names below zone cuts included). */
    public int nameCount() {
        return names;
    }

    /** Whether a ZONEMD digest matched the zone; empty when the zone has no ZONEMD. */
    public Optional<Boolean> zonemdVerified() {
        return Optional.ofNullable(zonemd);
    }

    /**
     * What dnssec-verify prints before its verdict: {@code Verifying the zone using the following
     * algorithms:} and one {@code - NAME} line each; nothing when it would have stopped at the
     * apex (no keys, unsigned apex RRsets, no self-signed KSK).
     */
    public List<String> bindAlgorithmLines() {
        if (stoppedEarly) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("Verifying the zone using the following algorithms:");
        for (int a : algorithms) {
            out.add("- " + SignatureCheck.algorithmName(a));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * dnssec-verify's summary of a valid zone: {@code Zone fully signed:} and, per algorithm, the
     * KSK and ZSK counts laid out exactly as BIND 9.18 prints them. Empty if the zone is not valid.
     */
    public List<String> bindSummary() {
        if (!isValid()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("Zone fully signed:");
        for (KeyCounts c : keyCounts) {
            String alg = SignatureCheck.algorithmName(c.algorithm());
            out.add("Algorithm: " + alg + ": KSKs: " + c.kskActive() + " active, " + c.kskStandby() + " stand-by, "
                    + c.kskRevoked() + " revoked");
            out.add(" ".repeat(alg.length() + 13) + "ZSKs: " + c.zskActive() + " active, " + c.zskStandby()
                    + (kskOnlyDnskey ? " present, " : " stand-by, ") + c.zskRevoked() + " revoked");
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * dnssec-verify's verdict lines: the summary when valid; otherwise the algorithms the zone is
     * not fully signed with and {@code DNSSEC completeness test failed.}, or {@code DNSSEC
     * completeness test failed (REASON).} for other errors (REASON: {@code not found} when the first
     * failure in its walk is a missing NSEC3, else {@code failure}); nothing when it stopped at the
     * apex or gave up at an NSEC record below a zone cut.
     */
    public List<String> bindVerdictLines() {
        if (isValid()) {
            return bindSummary();
        }
        if (stoppedEarly || aborted) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!badAlgorithms.isEmpty()) {
            out.add("The zone is not fully signed for the following algorithms:");
            for (int a : badAlgorithms) {
                out.add(" " + SignatureCheck.algorithmName(a));
            }
            out.add(".");
            out.add("DNSSEC completeness test failed.");
        } else {
            out.add("DNSSEC completeness test failed (" + failureReason + ").");
        }
        return Collections.unmodifiableList(out);
    }

    /** {@link #bindAlgorithmLines()} followed by {@link #bindVerdictLines()}. */
    public List<String> bindLines() {
        List<String> out = new ArrayList<>(bindAlgorithmLines());
        out.addAll(bindVerdictLines());
        return Collections.unmodifiableList(out);
    }
}

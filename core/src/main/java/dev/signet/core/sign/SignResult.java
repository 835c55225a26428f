package dev.signet.core.sign;

import dev.signet.core.denial.DenialMode;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.GroupedZones;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneBuilder;
import dev.signet.core.zone.ZoneWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A signed zone: its RRsets in canonical name order (each name's RRsets in BIND's dump order,
 * every RRSIG RRset right after the RRset it covers), the chain that was built, the signature
 * counters, and the messages dnssec-signzone would print. Immutable.
 */
public final class SignResult {

    private final Name apex;
    private final RrClass rrClass;
    private final List<RRset> rrsets;
    private final DenialMode denial;
    private final SignStatistics statistics;
    private final List<String> report;
    private final List<String> warnings;
    private volatile Zone zone;

    SignResult(Name apex, RrClass rrClass, List<RRset> rrsets, DenialMode denial, SignStatistics statistics,
            List<String> report, List<String> warnings) {
        this.apex = apex;
        this.rrClass = rrClass;
        this.rrsets = Collections.unmodifiableList(rrsets);
        this.denial = denial;
        this.statistics = statistics;
        this.report = List.copyOf(report);
        this.warnings = List.copyOf(warnings);
    }

    public Name apex() {
        return apex;
    }

    /** Every RRset of the signed zone, glue and occluded data included, in output order. */
    public List<RRset> rrsets() {
        return rrsets;
    }

    /** The chain built: NSEC, or NSEC3 with the parameters actually used. */
    public DenialMode denial() {
        return denial;
    }

    public SignStatistics statistics() {
        return statistics;
    }

    /**
     * The lines dnssec-signzone prints on stdout while it prepares the keys ({@code -S}):
     * "Fetching example.test/ED25519/49571 (ZSK) from key repository.", "Removing expired key …".
     */
    public List<String> report() {
        return report;
    }

    /**
     * What the operator should be told on stderr: DNSKEY TTL conflicts, parameters kept from an
     * existing NSEC3 chain, algorithms whose KSKs have no ZSK, and the errors that
     * {@link SignOptions#strictKeyChecks()} turned into warnings.
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Writes every RRset, the NSEC3 chain (NSEC3 and their signatures) after the rest, as
     * dnssec-signzone and {@link ZoneWriter#write(Zone)} order a signed zone.
     */
    public void writeTo(ZoneWriter writer) throws IOException {
        for (boolean chain : new boolean[] {false, true}) {
            for (RRset s : rrsets) {
                if ((s.type().equals(RrType.NSEC3) || RrType.NSEC3.equals(s.covered())) == chain) {
                    writer.write(s);
                }
            }
        }
        writer.flush();
    }

    /** The signed zone as a {@link Zone} (built on first use), e.g. for the post-signing check. */
    public Zone zone() {
        Zone z = zone;
        if (z == null) {
            z = GroupedZones.of(apex, rrClass, rrsets);
            zone = z;
        }
        if (z == null) {
            List<Diagnostic> problems = new ArrayList<>();
            ZoneBuilder b = Zone.builder(apex, rrClass, problems::add);
            for (RRset s : rrsets) {
                for (Record r : s.records()) {
                    b.add(r, "signed", 0);
                }
            }
            z = b.build();
            if (b.hasErrors()) {
                throw new IllegalStateException("the signed zone does not load: " + problems);
            }
            zone = z;
        }
        return z;
    }
}

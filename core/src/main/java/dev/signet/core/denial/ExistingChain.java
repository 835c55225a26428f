package dev.signet.core.denial;

import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rdata.Nsec3Param;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The denial chain a zone already carries, and how dnssec-signzone 9.18 combines it with the
 * requested one (its {@code set_nsec3params}, {@code nsecify} and {@code nsec3ify}; each rule
 * below observed with BIND 9.18.49):
 * <ul>
 *   <li>{@code -u} with none of {@code -3 -H -A}: NSEC, whatever the zone had.
 *   <li>An NSEC3 chain in the zone (an NSEC3PARAM with flags 0 at the apex) makes the result
 *       NSEC3 even without {@code -3}; each of salt, iterations and opt-out not given is taken
 *       from the existing chain — silently in BIND; here a notice says so. Without {@code -u},
 *       one that is given and differs is fatal: "An NSEC3 chain exists with a different salt.
 *       Use -u to update it." (and the iterations and OPTOUT variants).
 *   <li>NSEC3 requested while the apex has NSEC records, without {@code -u}: "Zone contains NSEC
 *       records.  Use -u to update to NSEC3."
 *   <li>{@code -H} or {@code -A} without {@code -3} on a zone without an NSEC3 chain: NSEC.
 * </ul>
 */
public final class ExistingChain {

    private final boolean hasNsec;
    private final Nsec3Param nsec3param;
    private final Boolean optOut;

    private ExistingChain(boolean hasNsec, Nsec3Param nsec3param, Boolean optOut) {
        this.hasNsec = hasNsec;
        this.nsec3param = nsec3param;
        this.optOut = optOut;
    }

    /** The outcome: the chain to build, and what the operator should be told on stderr. */
    public record Resolution(DenialMode mode, List<String> notices) {
        public Resolution {
            notices = List.copyOf(notices);
        }
    }

    /** Reads the apex of a loaded zone (and the NSEC3 record of the apex's hash, for opt-out). */
    public static ExistingChain of(Zone zone) {
        ZoneNode apex = zone.apexNode();
        if (apex == null) {
            return new ExistingChain(false, null, null);
        }
        boolean nsec = apex.has(RrType.NSEC) || apex.signatures(RrType.NSEC) != null;
        Nsec3Param param = null;
        RRset params = apex.rrset(RrType.NSEC3PARAM);
        if (params != null) {
            for (Rdata r : params.rdataList()) {
                Nsec3Param p = Nsec3Param.from(r);
                // BIND uses the first NSEC3PARAM of a hash it knows whose flags are 0 (an active chain).
                if (p.flags() == 0 && p.hashAlgorithm() == Nsec3Hash.SHA1) {
                    param = p;
                    break;
                }
            }
        }
        Boolean optOut = null;
        if (param != null && param.iterations() <= 0xFFFF) {
            byte[] hash = Nsec3Hash.hash(zone.apex(), param.iterations(), param.salt());
            ZoneNode node = zone.node(Nsec3Hash.ownerName(hash, zone.apex()));
            RRset nsec3 = node == null ? null : node.rrset(RrType.NSEC3);
            if (nsec3 != null) {
                optOut = Nsec3.from(nsec3.rdata(0)).isOptOut();
            }
        }
        return new ExistingChain(nsec, param, optOut);
    }

    /** True if the apex holds NSEC records (or their signatures). */
    public boolean hasNsec() {
        return hasNsec;
    }

    /** True if the zone has an active NSEC3 chain (an NSEC3PARAM with flags 0). */
    public boolean hasNsec3() {
        return nsec3param != null;
    }

    /**
     * The chain to build for {@code request}, or BIND's fatal error.
     *
     * @param updateChain {@code -u}
     * @throws TextException {@code NSEC3_SALT_CHANGED}, {@code NSEC3_ITERATIONS_CHANGED},
     *     {@code NSEC3_OPTOUT_CHANGED}, {@code NSEC_CHAIN_PRESENT}, {@code NSEC3_CHAIN_PRESENT}
     *     (with BIND's messages), or {@code NSEC3_ITERATIONS}
     */
    public Resolution resolve(DenialRequest request, boolean updateChain) {
        List<String> notices = new ArrayList<>();
        if (updateChain && request.isEmpty()) {
            if (nsec3param != null) {
                notices.add("-u without -3: the NSEC3 chain is replaced by an NSEC chain");
            }
            return new Resolution(DenialMode.NSEC, notices);
        }
        boolean nsec3 = request.saltGiven();
        byte[] salt = request.salt();
        int iterations = request.iterations();
        boolean flagOptOut = request.optOutGiven() && request.optOut();
        if (nsec3param != null) {
            nsec3 = true;
            List<String> kept = new ArrayList<>();
            if (request.saltGiven()) {
                if (!updateChain && !Arrays.equals(salt, nsec3param.salt())) {
                    throw new TextException("NSEC3_SALT_CHANGED",
                            "An NSEC3 chain exists with a different salt. Use -u to update it.");
                }
            } else {
                salt = nsec3param.salt();
                kept.add("salt " + DenialMode.nsec3(salt, 0, false).saltText());
            }
            if (request.iterationsGiven()) {
                if (!updateChain && iterations != nsec3param.iterations()) {
                    throw new TextException("NSEC3_ITERATIONS_CHANGED",
                            "An NSEC3 chain exists with different iterations. Use -u to update it.");
                }
            } else {
                iterations = nsec3param.iterations();
                kept.add(iterations + " iterations");
            }
            if (optOut != null) {
                if (request.optOutGiven()) {
                    if (!updateChain && flagOptOut != optOut) {
                        throw new TextException("NSEC3_OPTOUT_CHANGED", optOut
                                ? "An NSEC3 chain exists with OPTOUT. Use -u -AA to clear it."
                                : "An NSEC3 chain exists without OPTOUT. Use -u -A to set it.");
                    }
                } else {
                    flagOptOut = optOut;
                    kept.add(optOut ? "opt-out" : "no opt-out");
                }
            }
            if (!kept.isEmpty()) {
                notices.add("keeping the existing NSEC3 chain's " + String.join(", ", kept)
                        + " (not given on the command line)");
            }
        }
        DenialMode mode = nsec3 ? DenialMode.nsec3(salt, iterations, flagOptOut) : DenialMode.NSEC;
        if (nsec3 && hasNsec && !updateChain) {
            throw new TextException("NSEC_CHAIN_PRESENT", "Zone contains NSEC records.  Use -u to update to NSEC3.");
        }
        if (!nsec3 && nsec3param != null && !updateChain) {
            throw new TextException("NSEC3_CHAIN_PRESENT", "Zone contains NSEC3 chains.  Use -u to update to NSEC.");
        }
        return new Resolution(mode, notices);
    }
}

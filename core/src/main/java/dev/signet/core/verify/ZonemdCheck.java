package dev.signet.core.verify;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.WireBuffer;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The zone digest of RFC 8976 (ZONEMD), SIMPLE scheme (1) with SHA-384 (1) or SHA-512 (2):
 * every RR of the zone — glue and occluded data included, duplicates once — in canonical form and
 * canonical order (RFC 4034 §6), except the apex ZONEMD RRset and the apex RRSIGs that cover it
 * (RFC 8976 §3.3.1). RRs keep their own TTLs.
 */
public final class ZonemdCheck {

    /** RFC 8976 §5.2, §5.3. */
    public static final int SCHEME_SIMPLE = 1;
    public static final int SHA384 = 1;
    public static final int SHA512 = 2;

    private ZonemdCheck() {
    }

    /** The SIMPLE-scheme digest of the zone with SHA-384 ({@link #SHA384}) or SHA-512 ({@link #SHA512}). */
    public static byte[] digest(Zone zone, int hashAlgorithm) {
        MessageDigest md = newDigest(hashAlgorithm);
        byte[] owner = new byte[Name.MAX_WIRE_LENGTH];
        for (ZoneNode node : zone.nodes()) {
            boolean apex = node.name().equals(zone.apex());
            int ownerLength = node.name().writeWire(owner, 0, true);
            List<RRset> sets = new ArrayList<>(node.rrsets());
            // Canonical RR order within a name: by type; RRSIGs by rdata, which starts with the
            // type covered, so ordering them by covered type keeps each group's canonical order.
            sets.sort(Comparator.comparingInt((RRset s) -> s.type().code())
                    .thenComparingInt(s -> s.covered() == null ? 0 : s.covered().code()));
            for (RRset s : sets) {
                if (apex && (s.type().equals(RrType.ZONEMD) || RrType.ZONEMD.equals(s.covered()))) {
                    continue;
                }
                byte[] fixed = new WireBuffer(8).u16(s.type().code()).u16(s.rrClass().code()).u32(s.ttl()).toByteArray();
                for (Rdata r : s.rdataList()) {
                    byte[] rd = RdataCodecs.canonical(s.type(), r);
                    md.update(owner, 0, ownerLength);
                    md.update(fixed);
                    md.update((byte) (rd.length >> 8));
                    md.update((byte) rd.length);
                    md.update(rd);
                }
            }
        }
        return md.digest();
    }

    private static MessageDigest newDigest(int hashAlgorithm) {
        String name = switch (hashAlgorithm) {
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
            default -> throw new IllegalArgumentException("ZONEMD hash algorithm " + hashAlgorithm + " is not supported");
        };
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + name, e);
        }
    }

    /**
     * Checks the apex ZONEMD RRset, if any (RFC 8976 §4): its serial must be the SOA's, and at
     * least one record with a supported scheme and hash algorithm must carry the zone's digest.
     *
     * @return true if a digest matched, false if none did, null if the zone has no ZONEMD
     */
    static Boolean check(Zone zone, List<Finding> out) {
        ZoneNode apexNode = zone.apexNode();
        RRset set = apexNode == null ? null : apexNode.rrset(RrType.ZONEMD);
        if (set == null) {
            return null;
        }
        Name apex = zone.apex();
        long serial = zone.serial();
        byte[][] computed = new byte[3][];
        boolean supported = false;
        boolean matched = false;
        List<Finding> mismatches = new ArrayList<>();
        for (Rdata r : set.rdataList()) {
            byte[] w = r.wireUnsafe();
            if (w.length < 6) {
                continue;
            }
            long zmSerial = WireBuffer.readU32(w, 0);
            int scheme = w[4] & 0xFF;
            int alg = w[5] & 0xFF;
            byte[] digest = Arrays.copyOfRange(w, 6, w.length);
            if (zmSerial != serial) {
                out.add(Finding.warning(apex, RrType.ZONEMD, Finding.NO_KEY, "ZONEMD_SERIAL", "ZONEMD serial "
                        + zmSerial + " is not the SOA serial " + serial + " (RFC 8976 §4)"));
                continue;
            }
            if (scheme != SCHEME_SIMPLE || (alg != SHA384 && alg != SHA512)) {
                continue;
            }
            supported = true;
            if (computed[alg] == null) {
                computed[alg] = digest(zone, alg);
            }
            if (Arrays.equals(computed[alg], digest)) {
                matched = true;
            } else {
                mismatches.add(Finding.warning(apex, RrType.ZONEMD, Finding.NO_KEY, "ZONEMD_MISMATCH",
                        "ZONEMD " + scheme + " " + alg + " digest does not match the zone: computed "
                                + HexFormat.of().formatHex(computed[alg]) + " (RFC 8976 §4)"));
            }
        }
        if (!matched) {
            out.addAll(mismatches);
            if (!supported) {
                out.add(Finding.warning(apex, RrType.ZONEMD, Finding.NO_KEY, "ZONEMD_UNSUPPORTED",
                        "no ZONEMD record with the SIMPLE scheme and SHA-384 or SHA-512 and the SOA serial:"
                                + " the digest cannot be verified"));
            }
        }
        return matched;
    }
}

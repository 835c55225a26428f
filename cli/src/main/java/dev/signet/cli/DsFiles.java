package dev.signet.cli;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.key.KeyFileName;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Ds;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.sign.DsSet;
import dev.signet.core.sign.SigningKey;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.ParseOptions;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneBuilder;
import dev.signet.core.zone.ZoneNode;
import dev.signet.core.zone.ZoneParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dsset-} and {@code keyset-} files of dnssec-signzone 9.18.
 *
 * <ul>
 *   <li>{@code dsset-<zone>.}, always written: one SHA-256 DS line per key {@link DsSet} picks
 *       — every non-revoked KSK BIND knows, published or not (observed: a future, an inactive and
 *       a deleted KSK all get one); for an algorithm with one role only, all its keys. Laid out
 *       as BIND does: owner, tabs to column 24, {@code IN DS}, no TTL.
 *   <li>{@code keyset-<zone>.} ({@code -C}): the same keys as DNSKEY records, with TTL
 *       min(SOA TTL, SOA MINIMUM), after {@code $ORIGIN .}, in the multi-line layout.
 *   <li>{@code -g}: every delegation's DS RRset is replaced by the DS records of
 *       {@code dsset-<child>.} in the {@code -d} directory, or those computed (SHA-256) from the
 *       DNSKEYs of {@code keyset-<child>.}; without either file the delegation has no DS. The DS
 *       TTL is the delegation's NS TTL.
 * </ul>
 */
final class DsFiles {

    private DsFiles() {
    }

    /** {@code dsset-example.com.}: BIND's file name for a zone's set files. */
    static String fileName(String prefix, Name zone) {
        return prefix + KeyFileName.encodeName(zone);
    }

    /**
     * The text of {@code dsset-<zone>.}: a SHA-256 DS line for each key {@link DsSet} picks, in
     * canonical rdata order.
     */
    static String dsset(Name zone, RrClass rrClass, List<SigningKey> keys) {
        List<Rdata> ds = new ArrayList<>();
        for (Ds d : DsSet.ds(zone, keys)) {
            ds.add(d.rdata());
        }
        if (ds.isEmpty()) {
            return "";
        }
        RRset set = RRset.of(zone, RrType.DS, rrClass, 0, ds);
        StringBuilder sb = new StringBuilder();
        String owner = zone.toString();
        for (Rdata r : set.rdataList()) {
            sb.append(owner);
            // BIND's DS style: class at column 24 (tabs 8 wide, at least one), then "DS" and the rdata.
            int column = owner.length();
            int to = Math.max(24, column + 1);
            int tabs = to / 8 - column / 8;
            sb.append("\t".repeat(tabs)).append(" ".repeat(tabs > 0 ? to % 8 : to - column));
            sb.append(rrClass).append(" DS ");
            RdataCodecs.format(RrType.DS, r, sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The DNSKEY RRset of {@code keyset-<zone>.}: the keys {@link DsSet} picks; {@code null} for none. */
    static RRset keyset(Name zone, RrClass rrClass, long ttl, List<SigningKey> keys) {
        List<Rdata> rdata = new ArrayList<>();
        for (SigningKey k : DsSet.keys(keys)) {
            rdata.add(k.dnskey().rdata());
        }
        return rdata.isEmpty() ? null : RRset.of(zone, RrType.DNSKEY, rrClass, ttl, rdata);
    }

    /**
     * {@code -g}: the zone with each delegation's DS RRset taken from the set files in {@code dir}.
     *
     * @throws TextException {@code BAD_DSSET} naming a set file that does not read
     */
    static Zone withChildDs(Zone zone, Path dir) throws IOException {
        Map<Name, List<Record>> replacements = new HashMap<>();
        for (ZoneNode n : zone.nodes()) {
            if (n.kind() != ZoneNode.Kind.DELEGATION) {
                continue;
            }
            long ttl = n.rrset(RrType.NS).ttl();
            replacements.put(n.name(), childDs(n.name(), zone.rrClass(), ttl, dir));
        }
        List<Diagnostic> problems = new ArrayList<>();
        ZoneBuilder b = Zone.builder(zone.apex(), zone.rrClass(), problems::add);
        for (ZoneNode n : zone.nodes()) {
            List<Record> ds = replacements.get(n.name());
            for (RRset s : n.rrsets()) {
                boolean dsOrItsSignatures = s.type().equals(RrType.DS) || RrType.DS.equals(s.covered());
                if (ds != null && dsOrItsSignatures) {
                    continue;
                }
                for (Record r : s.records()) {
                    b.add(r, "zone", 0);
                }
            }
            if (ds != null) {
                for (Record r : ds) {
                    b.add(r, "dsset", 0);
                }
            }
        }
        Zone out = b.build();
        if (b.hasErrors()) {
            throw new IllegalStateException("zone with child DS records does not load: " + problems);
        }
        return out;
    }

    /** The DS records for a child from its dsset- file, else its keyset- file; none without either. */
    private static List<Record> childDs(Name child, RrClass rrClass, long ttl, Path dir) throws IOException {
        List<Record> out = new ArrayList<>();
        Path dsset = dir.resolve(fileName("dsset-", child));
        if (Files.exists(dsset)) {
            for (Record r : read(dsset, child, rrClass)) {
                if (r.type().equals(RrType.DS) && r.owner().equals(child)) {
                    out.add(new Record(child, RrType.DS, rrClass, ttl, r.rdata()));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Path keyset = dir.resolve(fileName("keyset-", child));
        if (Files.exists(keyset)) {
            for (Record r : read(keyset, child, rrClass)) {
                if (r.type().equals(RrType.DNSKEY) && r.owner().equals(child)) {
                    Dnskey k = Dnskey.of(r.rdata());
                    out.add(DelegationSigner.dsRecord(child, rrClass, ttl, k, DigestType.SHA256));
                }
            }
        }
        return out;
    }

    /**
     * The records of a set file. BIND writes dsset- files without TTLs, so a default TTL of 0 is
     * supplied (the DS records take the NS TTL anyway).
     */
    private static List<Record> read(Path file, Name origin, RrClass rrClass) throws IOException {
        String text = "$TTL 0\n" + Files.readString(file, StandardCharsets.ISO_8859_1);
        List<Record> out = new ArrayList<>();
        ParseOptions opts = ParseOptions.forRecords(origin).withDefaultClass(rrClass);
        try (ZoneParser p = ZoneParser.fromReader(new StringReader(text), file.toString(), opts)) {
            Record r;
            while ((r = p.next()) != null) {
                out.add(r);
            }
            for (Diagnostic d : p.diagnostics()) {
                if (d.isError()) {
                    // One line was added in front of the file's own lines.
                    throw new TextException("BAD_DSSET", file + ":" + (d.line() - 1) + ": " + d.message()
                            + " [" + d.code() + "]");
                }
            }
        }
        return out;
    }
}

package dev.signet.cli;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Nsec3;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneLoader;
import dev.signet.core.zone.ZoneNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * signet signzone in process, at a fixed clock, with keys made by signet keygen: BIND's
 * messages, dates, serials, outputs and files, and every refusal (one line, exit 1, nothing
 * written, an earlier output left as it was).
 */
class SignzoneCommandTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final long T = NOW.getEpochSecond();
    static final String ZONE_TEXT = "$TTL 3600\n"
            + "@ IN SOA ns1 hostmaster 2026010101 7200 900 1209600 300\n"
            + "@ IN NS ns1\n@ IN MX 10 mail\n"
            + "ns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n*.wild IN TXT \"any\"\n"
            + "sub IN NS ns.sub\nns.sub IN A 192.0.2.53\n"
            + "other IN NS ns1\nother IN DS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n";

    @TempDir
    Path dir;

    private int seed;

    CliRun run(String... args) {
        return CliRun.runAt(CLOCK, CliRun.seeded(++seed), args);
    }

    String keygen(String... args) {
        List<String> all = new ArrayList<>(List.of("keygen", "-K", dir.toString()));
        all.addAll(List.of(args));
        all.add("example.test");
        CliRun r = run(all.toArray(new String[0]));
        assertEquals(Main.OK, r.code(), r.toString());
        return r.out().strip();
    }

    /** A KSK and a ZSK (Ed25519) in the key directory; the zone file; returns the zone path. */
    Path zoneWithKeys() throws IOException {
        keygen("-a", "ED25519", "-f", "KSK");
        keygen("-a", "ED25519");
        return zone(ZONE_TEXT);
    }

    Path zone(String text) throws IOException {
        Path db = dir.resolve("db.example.test");
        Files.writeString(db, text);
        return db;
    }

    /**
     * signzone with -K and -d in the test directory, the given options, origin and zone file;
     * words after "--" are key files, put after the zone file.
     */
    CliRun sign(Path db, String... options) {
        List<String> all = new ArrayList<>(List.of("signzone", "-K", dir.toString(), "-d", dir.toString()));
        List<String> opts = List.of(options);
        int keys = opts.indexOf("--");
        all.addAll(keys < 0 ? opts : opts.subList(0, keys));
        all.addAll(List.of("-o", "example.test", db.toString()));
        if (keys >= 0) {
            all.addAll(opts.subList(keys + 1, opts.size()));
        }
        return run(all.toArray(new String[0]));
    }

    Path output() {
        return dir.resolve("db.example.test.signed");
    }

    Zone load(Path file) throws IOException {
        ZoneLoader.Result r = ZoneLoader.load(file, Name.parse("example.test.", Name.ROOT), RrClass.IN,
                SignzoneRun.LOAD_CHECKS, null);
        assertTrue(r.loaded(), r.diagnostics().toString());
        return r.zone();
    }

    static Rrsig firstSignature(Zone z, String owner, RrType covered) {
        ZoneNode n = z.node(Name.parse(owner, Name.ROOT));
        assertNotNull(n, owner);
        RRset sigs = n.signatures(covered);
        assertNotNull(sigs, owner + " " + covered);
        return Rrsig.from(sigs.rdata(0));
    }

    @Test
    void signsWithSmartSigningAndPrintsBindsMessages() throws IOException {
        String ksk = keygen("-a", "ED25519", "-f", "KSK");
        String zsk = keygen("-a", "ED25519");
        CliRun r = sign(zone(ZONE_TEXT), "-S");
        assertEquals(Main.OK, r.code(), r.toString());
        String kskTag = String.valueOf(Integer.parseInt(ksk.substring(ksk.length() - 5)));
        String zskTag = String.valueOf(Integer.parseInt(zsk.substring(zsk.length() - 5)));
        List<String> expected = new ArrayList<>(List.of(
                "Fetching example.test/ED25519/" + kskTag + " (KSK) from key repository.",
                "Fetching example.test/ED25519/" + zskTag + " (ZSK) from key repository."));
        expected.sort(null);
        List<String> lines = Peers.lines(r.out());
        assertEquals(expected, lines.subList(0, 2).stream().sorted().toList(), r.out());
        assertEquals(List.of("Verifying the zone using the following algorithms:", "- ED25519", "Zone fully signed:",
                "Algorithm: ED25519: KSKs: 1 active, 0 stand-by, 0 revoked",
                "                    ZSKs: 1 active, 0 stand-by, 0 revoked", output().toString()),
                lines.subList(2, lines.size()));
        assertEquals("", r.err());

        String text = Files.readString(output());
        assertTrue(text.startsWith("; File written on Mon Nov 23 12:00:00 2026\n; signet signzone version "), text);
        Zone signed = load(output());
        assertNotNull(signed.apexNode().rrset(RrType.DNSKEY));
        assertNull(signed.node(Name.parse("ns.sub.example.test.", Name.ROOT)).signatures(RrType.A), "glue is not signed");
        String dsset = Files.readString(dir.resolve("dsset-example.test."));
        assertTrue(dsset.matches("example\\.test\\.\t\tIN DS " + kskTag + " 15 2 [0-9A-F]{56} [0-9A-F]{8}\n"), dsset);
        assertFalse(Files.exists(dir.resolve("keyset-example.test.")));
    }

    @Test
    void quietPrintsOnlyTheFileNameAndStatisticsLikeBind() throws IOException {
        Path db = zoneWithKeys();
        CliRun q = sign(db, "-S", "-q");
        assertEquals(output() + "\n", q.out());
        CliRun t = sign(db, "-S", "-q", "-t", "-f", dir.resolve("t.out").toString());
        List<String> lines = Peers.lines(t.out());
        assertEquals(9, lines.size(), t.out());
        assertTrue(lines.get(1).matches("Signatures generated: {15}[ 0-9]{10}"), lines.get(1));
        assertTrue(lines.get(5).matches("Signatures unsuccessfully verified: [ 0-9]{10}"), lines.get(5));
        assertTrue(lines.get(6).matches("Signing time in seconds: {11}[ 0-9]{7}\\.[0-9]{3}"), lines.get(6));
        assertTrue(lines.get(8).matches("Runtime in seconds: {16}[ 0-9]{7}\\.[0-9]{3}"), lines.get(8));
        for (String l : lines.subList(1, 9)) {
            assertEquals(46, l.length(), l);
        }
    }

    @Test
    void standardOutputGetsTheZoneInFullFormatAndStandardErrorTheMessages() throws IOException {
        Path db = zoneWithKeys();
        CliRun r = sign(db, "-S", "-f", "-");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("; File written on "), r.out());
        assertTrue(r.out().contains("\nexample.test.\t\t\t\t      3600 IN SOA\tns1.example.test. "), r.out());
        assertTrue(r.err().contains("Zone fully signed:"), r.err());
        assertFalse(Files.exists(output()));
        assertTrue(Files.exists(dir.resolve("dsset-example.test.")));
        CliRun text = sign(db, "-S", "-f", "-", "-O", "text");
        assertTrue(text.out().contains("\nexample.test.\t\t3600\tIN SOA\tns1.example.test. hostmaster.example.test. (\n"),
                text.out());
    }

    @Test
    void datesFollowBindsRules() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S").code());
        Rrsig d = firstSignature(load(output()), "example.test.", RrType.SOA);
        assertEquals(T - 3600, d.inception(), "default start: now - 1 hour");
        assertEquals(T - 3600 + 30 * 86400, d.expiration(), "default end: start + 30 days");

        // A bare -N for -s is from now; for -e and -X from the start time; now+N from now.
        assertEquals(Main.OK, sign(db, "-S", "-s", "-7200", "-e", "+86400", "-X", "+2d").code());
        Zone z = load(output());
        assertEquals(T - 7200, firstSignature(z, "example.test.", RrType.SOA).inception());
        assertEquals(T - 7200 + 86400, firstSignature(z, "example.test.", RrType.SOA).expiration());
        assertEquals(T - 7200 + 2 * 86400, firstSignature(z, "example.test.", RrType.DNSKEY).expiration());

        assertEquals(Main.OK, sign(db, "-S", "-s", "20261120", "-e", "now+1w").code());
        z = load(output());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z").getEpochSecond(), firstSignature(z, "example.test.", RrType.MX).inception());
        assertEquals(T + 7 * 86400, firstSignature(z, "example.test.", RrType.MX).expiration());
    }

    @Test
    void identicalEndAndDnskeyEndWarnAsBindDoes() throws IOException {
        CliRun r = sign(zoneWithKeys(), "-S", "-e", "+10d", "-X", "+10d");
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals("signet signzone: warning: -e and -X were both set, but have identical values.\n", r.err());
    }

    private long serialAfter(String format, long before) throws IOException {
        Path db = zone(ZONE_TEXT.replace("2026010101", Long.toString(before)));
        CliRun r = sign(db, "-S", "-N", format);
        assertEquals(Main.OK, r.code(), r.toString());
        return Soa.from(load(output()).soa().rdata(0)).serial();
    }

    @Test
    void serialFormats() throws IOException {
        keygen("-a", "ED25519", "-f", "KSK");
        keygen("-a", "ED25519");
        assertEquals(2026010101L, serialAfter("keep", 2026010101L));
        assertEquals(2026010102L, serialAfter("increment", 2026010101L));
        assertEquals(2026010102L, serialAfter("INCR", 2026010101L));
        assertEquals(1L, serialAfter("increment", 4294967295L), "RFC 1982 wraps; BIND skips 0");
        assertEquals(T, serialAfter("unixtime", 1));
        assertEquals(2026112300L, serialAfter("date", 2026010101L));
        // The current time is below 2026010101 in serial arithmetic: BIND increments instead.
        Path db = zone(ZONE_TEXT);
        CliRun r = sign(db, "-S", "-N", "unixtime");
        assertEquals("signet signzone: warning: Serial number would not advance, using increment method instead\n",
                r.err());
        assertEquals(2026010102L, Soa.from(load(output()).soa().rdata(0)).serial());
        assertEquals(2026112301L, serialAfter("date", 2026112300L));
    }

    @Test
    void threadCountDoesNotChangeTheOutput() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S", "-3", "-", "-n", "1", "-f", dir.resolve("one").toString()).code());
        assertEquals(Main.OK, sign(db, "-S", "-3", "-", "-n", "4", "-f", dir.resolve("four").toString()).code());
        assertEquals(Files.readString(dir.resolve("one")), Files.readString(dir.resolve("four")));
    }

    @Test
    void optOutTogglesLikeBind() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S", "-3", "-", "-A").code());
        assertTrue(nsec3Flags(load(output())).stream().allMatch(f -> f == 1));
        assertEquals(Main.OK, sign(db, "-S", "-3", "-", "-AA").code());
        assertTrue(nsec3Flags(load(output())).stream().allMatch(f -> f == 0));
        assertFalse(nsec3Flags(load(output())).isEmpty());
    }

    private static List<Integer> nsec3Flags(Zone z) {
        List<Integer> out = new ArrayList<>();
        for (ZoneNode n : z.nodes()) {
            RRset s = n.rrset(RrType.NSEC3);
            if (s != null) {
                out.add(Nsec3.from(s.rdata(0)).flags());
            }
        }
        return out;
    }

    @Test
    void dnssecOnlyOutputForInclude() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S", "-D").code());
        String text = Files.readString(output());
        for (String line : text.split("\n")) {
            if (!line.startsWith("\t") && !line.startsWith(";")) {
                assertTrue(line.matches("\\S+\t+\\d+\tIN (RRSIG|NSEC|DNSKEY)\\s.*"), line);
            }
        }
        assertTrue(text.contains("IN DNSKEY"), "-S: DNSKEY too");
        assertEquals(Main.OK, sign(db, "-S", "-D", "-N", "keep").code());
        CliRun r = sign(db, "-S", "-D", "-N", "increment");
        assertEquals(Main.FAILURE, r.code());
        assertEquals("signet signzone: option -D can only be used with \"-N keep\" [DNSSEC_ONLY_SERIAL]\n", r.err());
    }

    @Test
    void keysetWithDashC() throws IOException {
        String ksk = keygen("-a", "ED25519", "-f", "KSK");
        keygen("-a", "ED25519");
        assertEquals(Main.OK, sign(zone(ZONE_TEXT), "-S", "-C").code());
        String keyset = Files.readString(dir.resolve("keyset-example.test."));
        String tag = String.valueOf(Integer.parseInt(ksk.substring(ksk.length() - 5)));
        assertTrue(keyset.startsWith("$ORIGIN .\nexample.test\t\t300\tIN DNSKEY 257 3 15 (\n"), keyset);
        assertTrue(keyset.endsWith("\t\t\t\t\t) ; KSK; alg = ED25519 ; key id = " + tag + "\n"), keyset);
    }

    @Test
    void childDsFromSetFilesWithDashG() throws IOException {
        Path db = zoneWithKeys();
        Files.writeString(dir.resolve("dsset-sub.example.test."),
                "sub.example.test.\t\tIN DS 4711 13 2 0000000000000000000000000000000000000000000000000000000000000000\n");
        CliRun r = sign(db, "-S", "-g");
        assertEquals(Main.OK, r.code(), r.toString());
        Zone z = load(output());
        RRset sub = z.node(Name.parse("sub.example.test.", Name.ROOT)).rrset(RrType.DS);
        assertNotNull(sub);
        assertEquals(3600, sub.ttl(), "the NS TTL");
        assertNotNull(z.node(Name.parse("sub.example.test.", Name.ROOT)).signatures(RrType.DS));
        assertNull(z.node(Name.parse("other.example.test.", Name.ROOT)).rrset(RrType.DS), "no dsset file: no DS");
    }

    @Test
    void resigningWithNothingDueCreatesNoSignature() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S").code());
        Path again = dir.resolve("again");
        Files.copy(output(), again);
        CliRun r = run("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-t", "-o", "example.test",
                "-f", dir.resolve("again.signed").toString(), again.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().contains("Signatures generated:                        0\n"), r.out());
        assertEquals(Files.readString(output()), Files.readString(dir.resolve("again.signed")));
    }

    @Test
    void aSignatureCacheSpeedsResigningButATamperedSignatureIsStillCaught() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S").code());
        Path cache = dir.resolve("db.example.test.signed.sigcache");
        assertTrue(Files.size(cache) > 0, "the cache is written beside the output");

        // The signed zone with one signature damaged, and the (now stale) cache beside it.
        Rrsig sig = firstSignature(load(output()), "mail.example.test.", RrType.A);
        String b64 = java.util.Base64.getEncoder().encodeToString(sig.signature()).substring(0, 16);
        String text = Files.readString(output());
        assertTrue(text.contains(b64), b64);
        String flipped = (b64.charAt(0) == 'A' ? 'B' : 'A') + b64.substring(1);
        Path tampered = dir.resolve("tampered");
        Files.writeString(tampered, text.replace(b64, flipped));
        Files.copy(cache, dir.resolve("tampered.sigcache"));

        CliRun r = run("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-t", "-v", "1", "-o",
                "example.test", "-f", dir.resolve("again").toString(), tampered.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.err().matches("(?s).*read [1-9][0-9]* signature digests.*"), r.err());
        assertTrue(r.out().contains("Signatures generated:                        1\n"), r.out());
        assertTrue(r.out().contains("Signatures unsuccessfully verified:          1\n"), r.out());
        assertEquals(Files.readString(output()).replaceFirst(";.*\n", ""),
                Files.readString(dir.resolve("again")).replaceFirst(";.*\n", ""),
                "the damaged signature is made again (Ed25519 is deterministic), the rest kept");

        // --no-signature-cache: nothing read, nothing written.
        CliRun off = run("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-v", "1",
                "--no-signature-cache", "-o", "example.test", "-f", dir.resolve("off").toString(), output().toString());
        assertEquals(Main.OK, off.code(), off.toString());
        assertFalse(off.err().contains("signature digests"), off.err());
        assertFalse(Files.exists(dir.resolve("off.sigcache")));
    }

    /** Signs {@code in} at another time into {@code out}; returns the -t statistics lines. */
    private List<String> resignAt(Instant when, Path in, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-t",
                "-q", "-o", "example.test", "-f", out.toString()));
        args.addAll(List.of(options));
        args.add(in.toString());
        CliRun r = CliRun.runAt(Clock.fixed(when, ZoneOffset.UTC), CliRun.seeded(++seed), args.toArray(new String[0]));
        assertEquals(Main.OK, r.code(), r.toString());
        return Peers.lines(r.out());
    }

    private static long counter(List<String> stats, String name) {
        return stats.stream().filter(l -> l.startsWith(name)).mapToLong(l -> Long.parseLong(l.substring(36).trim()))
                .findFirst().orElseThrow();
    }

    @Test
    void resigningReplacesWhatIsDueAndOnlyThat() throws IOException {
        Path db = zoneWithKeys();
        List<String> first = resignAt(NOW, db, output());
        long total = counter(first, "Signatures generated:");
        assertTrue(total > 10, first.toString());

        // Past the cycle (a quarter of 30 days before expiry): every signature is replaced.
        Path signed = dir.resolve("signed.db");
        Files.copy(output(), signed);
        List<String> later = resignAt(NOW.plusSeconds(25 * 86400), signed, dir.resolve("later"));
        assertEquals(total, counter(later, "Signatures generated:"), later.toString());
        assertEquals(0, counter(later, "Signatures retained:"), later.toString());

        // One changed record: only its RRset is signed again (its NSEC does not change).
        Files.writeString(signed, Files.readString(output()).replace("192.0.2.25", "192.0.2.26"));
        List<String> changed = resignAt(NOW, signed, dir.resolve("changed"));
        assertEquals(1, counter(changed, "Signatures generated:"), changed.toString());
        assertEquals(total - 1, counter(changed, "Signatures retained:"), changed.toString());
        Rrsig sig = firstSignature(load(dir.resolve("changed")), "mail.example.test.", RrType.A);
        assertEquals(T - 3600, sig.inception());
    }

    @Test
    void jitterSpreadsExpirationsBelowTheEndTime() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S", "-j", "3600").code());
        long end = T - 3600 + 30 * 86400;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (ZoneNode n : load(output()).nodes()) {
            for (RRset set : n.rrsets()) {
                if (set.type().equals(RrType.RRSIG)) {
                    for (int i = 0; i < set.size(); i++) {
                        long e = Rrsig.from(set.rdata(i)).expiration();
                        assertTrue(e > end - 3600 && e <= end, "expiration " + e);
                        seen.add(e);
                    }
                }
            }
        }
        assertTrue(seen.size() > 3, "jittered expirations: " + seen);
    }

    @Test
    void dashAVerifiesEveryNewSignature() throws IOException {
        Path db = zoneWithKeys();
        List<String> stats = resignAt(NOW, db, output(), "-a");
        assertEquals(counter(stats, "Signatures generated:"), counter(stats, "Signatures successfully verified:"));
        assertEquals(0, counter(stats, "Signatures unsuccessfully verified:"));
    }

    @Test
    void aChangeOfChainNeedsDashU() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.OK, sign(db, "-S").code());
        Path signed = dir.resolve("nsec.db");
        Files.copy(output(), signed);
        Files.delete(output());
        CliRun r = run("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-3", "-", "-o", "example.test",
                "-f", output().toString(), signed.toString());
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertEquals("signet signzone: Zone contains NSEC records.  Use -u to update to NSEC3. [NSEC_CHAIN_PRESENT]\n",
                r.err());
        assertFalse(Files.exists(output()));
        r = run("signzone", "-K", dir.toString(), "-d", dir.toString(), "-S", "-u", "-3", "-", "-o", "example.test",
                "-f", output().toString(), signed.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertFalse(nsec3Flags(load(output())).isEmpty());
        assertNull(load(output()).apexNode().rrset(RrType.NSEC));
    }

    @Test
    void maxTtlLowersEveryTtl() throws IOException {
        Path db = zoneWithKeys();
        CliRun r = sign(db, "-S", "-M", "60", "-T", "3600");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.err().contains("Specified key TTL 3600 exceeds maximum zone TTL; reducing to 60"), r.err());
        for (ZoneNode n : load(output()).nodes()) {
            for (RRset set : n.rrsets()) {
                assertTrue(set.ttl() <= 60, set.toString());
                if (set.type().equals(RrType.RRSIG)) {
                    assertTrue(Rrsig.from(set.rdata(0)).originalTtl() <= 60, set.toString());
                }
            }
        }
    }

    @Test
    void smartSigningSkipsV12KeysAndSaysSo() throws IOException {
        Path db = zoneWithKeys();
        String old = keygen("-C", "-a", "ED25519");
        CliRun r = sign(db, "-S");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.err().startsWith("signet signzone: warning: ignoring " + old + ": a v1.2 key file has no timing"),
                r.err());
        assertFalse(r.out().contains("/" + Integer.parseInt(old.substring(old.length() - 5)) + " "), r.out());
        assertEquals(2, load(output()).apexNode().rrset(RrType.DNSKEY).size());
    }

    // ---- refusals: one line, exit 1, nothing written, an earlier output left as it was ----

    /** Runs a refused command over an existing output and dsset file; returns the error line. */
    private String refused(Path db, String... options) throws IOException {
        Files.writeString(output(), "previous output\n");
        Files.writeString(dir.resolve("dsset-example.test."), "previous dsset\n");
        List<String> before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        CliRun r = sign(db, options);
        assertEquals(Main.FAILURE, r.code(), r.toString());
        List<String> errors = Peers.lines(r.err());
        assertEquals(1, errors.size(), "one line: " + r.err());
        assertEquals("previous output\n", Files.readString(output()));
        assertEquals("previous dsset\n", Files.readString(dir.resolve("dsset-example.test.")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(before, s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing else written");
        }
        return errors.get(0);
    }

    @Test
    void refusesExpiryInThePast() throws IOException {
        String e = refused(zoneWithKeys(), "-S", "-s", "20191201", "-e", "20200101000000");
        assertTrue(e.startsWith("signet signzone: signature expiration 20200101000000 is not in the future"), e);
        assertTrue(e.endsWith("[EXPIRATION_IN_PAST]"), e);
    }

    @Test
    void refusesInceptionAfterExpiry() throws IOException {
        String e = refused(zoneWithKeys(), "-S", "-s", "now+3d", "-e", "now+1d");
        assertTrue(e.endsWith("[SIGNATURE_VALIDITY]"), e);
    }

    @Test
    void refusesMoreThan150Iterations() throws IOException {
        assertEquals("signet signzone: NSEC3 iterations too big. Maximum iterations allowed 150. [NSEC3_ITERATIONS]",
                refused(zoneWithKeys(), "-S", "-3", "-", "-H", "151"));
    }

    @Test
    void warnsAboveZeroIterations() throws IOException {
        CliRun r = sign(zoneWithKeys(), "-S", "-3", "-", "-H", "10");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.err().startsWith("signet signzone: warning: 10 additional NSEC3 iterations: RFC 9276"), r.err());
    }

    @Test
    void refusesWithoutUsableKeys() throws IOException {
        assertEquals("signet signzone: No signing keys specified or found. [NO_KEYS]", refused(zone(ZONE_TEXT)));
        assertEquals("signet signzone: No signing keys specified or found. [NO_KEYS]", refused(zone(ZONE_TEXT), "-S"));
    }

    @Test
    void refusesUnreadableKeyFiles() throws IOException {
        Path db = zoneWithKeys();
        String broken = keygen("-a", "ED25519");
        Files.writeString(dir.resolve(broken + ".private"), "Private-key-format: v1.3\nAlgorithm: 15 (ED25519)\n");
        String e = refused(db, "-S");
        assertTrue(e.contains(broken + ".private"), e);
        Files.delete(dir.resolve(broken + ".private"));
        Files.delete(dir.resolve(broken + ".key"));
        assertTrue(refused(db, "-S", "--", "Kexample.test.+015+00001").contains("cannot load dnskey Kexample.test.+015+00001: file not found"));
    }

    @Test
    void refusesNamedKeysThatAreNotAtTheApexOrNotTheZones() throws IOException {
        String ksk = keygen("-a", "ED25519", "-f", "KSK");
        String zsk = keygen("-a", "ED25519");
        Path db = zone(ZONE_TEXT);
        assertEquals("signet signzone: failed to find keys at the zone apex: not found [NO_APEX_KEYS]",
                refused(db, "--", ksk, zsk));
        CliRun other = run("keygen", "-K", dir.toString(), "-a", "ED25519", "other.test");
        String e = refused(db, "--", other.out().strip());
        assertEquals("signet signzone: key " + other.out().strip() + " not at origin [KEY_NOT_AT_ORIGIN]", e);
        // With -S, named keys are published from their files and sign.
        CliRun r = sign(db, "-S", "--", ksk, zsk);
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().contains(" (KSK) from key file.\n"), r.out());
    }

    @Test
    void refusesUnsupportedFormatsAndEngines() throws IOException {
        Path db = zoneWithKeys();
        assertTrue(refused(db, "-S", "-I", "raw").endsWith("[UNSUPPORTED_FORMAT]"));
        assertTrue(refused(db, "-S", "-O", "raw=1").endsWith("[UNSUPPORTED_FORMAT]"));
        assertEquals("signet signzone: unknown file format: bogus [UNKNOWN_FORMAT]", refused(db, "-S", "-O", "bogus"));
        assertTrue(refused(db, "-S", "-E", "pkcs11").endsWith("[UNSUPPORTED_ENGINE]"));
        assertEquals("signet signzone: option -D cannot be used with -M [DNSSEC_ONLY_MAXTTL]",
                refused(db, "-S", "-D", "-M", "60"));
        assertEquals("signet signzone: unknown soa serial format: often [BAD_SERIAL_FORMAT]", refused(db, "-S", "-N", "often"));
        assertEquals("signet signzone: cycle period must be numeric and positive [BAD_CYCLE]", refused(db, "-S", "-i", "-5"));
        assertEquals("signet signzone: bad NSEC3 salt 'zz': bad hex encoding [BAD_SALT]", refused(db, "-S", "-3", "zz"));
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path db = zoneWithKeys();
        CliRun r = sign(db, "-S", "-f", db.toString());
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().endsWith("[OUTPUT_IS_INPUT]\n"), r.err());
        assertEquals(ZONE_TEXT, Files.readString(db));
    }

    @Test
    void aZoneThatFailsTheCheckIsNotWritten() throws IOException {
        String ksk = keygen("-a", "ED25519", "-f", "KSK");
        String zsk = keygen("-a", "ED25519");
        StringBuilder text = new StringBuilder(ZONE_TEXT);
        for (String k : new String[] {ksk, zsk}) {
            text.append(Files.readAllLines(dir.resolve(k + ".key")).stream().filter(l -> !l.startsWith(";"))
                    .findFirst().orElseThrow()).append('\n');
        }
        Path db = zone(text.toString());
        // Only the KSK named: it signs the DNSKEY RRset, nothing signs the rest.
        Files.writeString(output(), "previous output\n");
        CliRun r = sign(db, "--", ksk);
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertTrue(r.out().endsWith("Zone verification failed (failure)\n"), r.out());
        assertTrue(r.err().endsWith("nothing was written (-P skips the check) [VERIFY_FAILED]\n"), r.err());
        assertEquals("previous output\n", Files.readString(output()));
        // -P skips the check and writes the zone as it is.
        CliRun p = sign(db, "-P", "--", ksk);
        assertEquals(Main.OK, p.code(), p.toString());
        assertFalse(Files.readString(output()).startsWith("previous"));
    }

    @Test
    void malformedCommandLinesAreUsageErrors() throws IOException {
        Path db = zoneWithKeys();
        assertEquals(Main.USAGE, sign(db, "--no-such-option").code());
        assertEquals(Main.USAGE, run("signzone").code());
        assertTrue(Arrays.asList(run("signzone", "--help").out().split("\\s+")).contains("-S"));
    }

    static String readAll(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }
}

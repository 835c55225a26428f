package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * signet signzone against BIND 9.18 and ldns on the features zone (testdata/signzone/zones:
 * secure and insecure delegations, glue, occluded data, empty non-terminals, wildcards, a CNAME,
 * a DNAME and an $INCLUDE), with keys made by dnssec-keygen:
 * <ul>
 *   <li>with RSA or Ed25519 keys (deterministic signatures) and the same -s/-e, Signet writes
 *       exactly what dnssec-signzone -n 1 writes, byte for byte after the two header comments —
 *       so the same records — and the same dsset- file, for NSEC, NSEC3 and NSEC3 opt-out, with
 *       and without -x, with named keys and with -S;</li>
 *   <li>dnssec-verify and ldns-verify-zone accept every output for algorithms 8, 13 and 15;</li>
 *   <li>the unsigned RFC 5155 Appendix A zone signed with its NSEC3 parameters has the RFC's
 *       NSEC3 owner names and next hashed owners.</li>
 * </ul>
 * Skipped (outside CI) when the tools are missing.
 */
class SignzoneInteropTest {

    static final String ZONE = "example.test";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    /**
     * The features zone in {@link #dir}, its $INCLUDE made absolute so that BIND (which reads it
     * from its working directory) and Signet in this JVM read the same file; with the given
     * DNSKEY records appended.
     */
    Path zone(List<String> keyBases) throws IOException {
        Path src = CliRun.testdata("signzone/zones");
        Files.copy(src.resolve("features-hosts.inc"), dir.resolve("features-hosts.inc"));
        StringBuilder text = new StringBuilder(Files.readString(src.resolve("features.db"), StandardCharsets.ISO_8859_1)
                .replace("$INCLUDE features-hosts.inc", "$INCLUDE " + dir.resolve("features-hosts.inc")));
        for (String base : keyBases) {
            for (String line : Files.readAllLines(dir.resolve(base + ".key"), StandardCharsets.ISO_8859_1)) {
                if (!line.startsWith(";")) {
                    text.append(line).append('\n');
                }
            }
        }
        Path db = dir.resolve("features.db");
        Files.writeString(db, text, StandardCharsets.ISO_8859_1);
        return db;
    }

    /** A KSK and a ZSK made by dnssec-keygen in {@link #dir}: their base names, KSK first. */
    List<String> keygen(String algorithm) throws Exception {
        List<String> bases = new ArrayList<>();
        for (boolean ksk : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", algorithm));
            if (algorithm.startsWith("RSA")) {
                cmd.addAll(List.of("-b", "1024"));
            }
            if (ksk) {
                cmd.addAll(List.of("-f", "KSK"));
            }
            cmd.add(ZONE);
            Peers.Result r = Peers.run(dir, dir, cmd.toArray(new String[0]));
            assertEquals(0, r.code(), r.toString());
            bases.add(r.out().strip());
        }
        return bases;
    }

    static List<String> denialArgs(String denial) {
        return switch (denial) {
            case "NSEC3" -> List.of("-3", "-");
            case "OPTOUT" -> List.of("-3", "ab12", "-A");
            default -> List.of();
        };
    }

    /** Everything after BIND's two header comment lines. */
    static String body(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("; File written on "), file + " lacks the header");
        return text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
    }

    @ParameterizedTest(name = "{0} {1} -x={2} -S={3}")
    @CsvSource({
        "RSASHA256, NSEC, false, true", "RSASHA256, NSEC3, true, true", "RSASHA256, OPTOUT, false, false",
        "RSASHA256, NSEC, true, false",
        "ED25519, NSEC, false, false", "ED25519, NSEC, true, true", "ED25519, NSEC3, false, true",
        "ED25519, NSEC3, true, false", "ED25519, OPTOUT, true, true", "ED25519, OPTOUT, false, true"})
    void writesWhatDnssecSignzoneWrites(String algorithm, String denial, boolean kskOnly, boolean smart) throws Exception {
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-keygen");
        List<String> keys = keygen(algorithm);
        Path db = zone(smart ? List.of() : keys);
        long now = Instant.now().getEpochSecond();
        List<String> common = new ArrayList<>(List.of("-s", STAMP.format(Instant.ofEpochSecond(now - 86_400)),
                "-e", STAMP.format(Instant.ofEpochSecond(now + 20 * 86_400)), "-o", ZONE));
        common.addAll(denialArgs(denial));
        if (kskOnly) {
            common.add("-x");
        }
        if (smart) {
            common.add("-S");
        }
        Files.createDirectories(dir.resolve("bind"));
        Files.createDirectories(dir.resolve("ours"));

        List<String> bind = new ArrayList<>(List.of("dnssec-signzone", "-n", "1", "-d", "bind", "-f", "bind.db"));
        bind.addAll(common);
        bind.add(db.toString());
        if (!smart) {
            bind.addAll(keys);
        }
        Peers.Result b = Peers.run(dir, dir, bind.toArray(new String[0]));
        assertEquals(0, b.code(), String.join(" ", bind) + "\n" + b);

        List<String> ours = new ArrayList<>(List.of("signzone", "-n", "3", "-K", dir.toString(),
                "-d", dir.resolve("ours").toString(), "-f", dir.resolve("ours.db").toString()));
        ours.addAll(common);
        ours.add(db.toString());
        if (!smart) {
            ours.addAll(keys);
        }
        CliRun s = CliRun.run(ours.toArray(new String[0]));
        assertEquals(Main.OK, s.code(), s.toString());
        // The same lines on standard output but for the output file's name (BIND fetches keys
        // in the key directory's order, Signet in name order).
        assertEquals(new TreeSet<>(Peers.lines(b.out().replace("bind.db\n", ""))),
                new TreeSet<>(Peers.lines(s.out().replace(dir.resolve("ours.db") + "\n", ""))));

        String expected = body(dir.resolve("bind.db"));
        assertTrue(expected.contains("\tRRSIG\t") && expected.contains(denial.equals("NSEC") ? "\tNSEC\t" : " NSEC3 "),
                "BIND's output is not a signed zone with the chain asked for");
        assertEquals(expected, body(dir.resolve("ours.db")));
        assertEquals(Files.readString(dir.resolve("bind/dsset-" + ZONE + ".")),
                Files.readString(dir.resolve("ours/dsset-" + ZONE + ".")));
    }

    @ParameterizedTest(name = "{0} {1} -S={2}")
    @CsvSource({
        "RSASHA256, NSEC, false", "RSASHA256, NSEC3, true", "RSASHA256, OPTOUT, false",
        "ECDSAP256SHA256, NSEC, true", "ECDSAP256SHA256, NSEC3, false", "ECDSAP256SHA256, OPTOUT, true",
        "ED25519, NSEC, false", "ED25519, NSEC3, true", "ED25519, OPTOUT, false",
        "RSASHA256, NSEC, true", "ECDSAP256SHA256, NSEC, false", "ED25519, OPTOUT, true"})
    void dnssecVerifyAndLdnsAcceptTheOutput(String algorithm, String denial, boolean smart) throws Exception {
        Peers.require("dnssec-keygen");
        Peers.require("dnssec-verify");
        Peers.require("ldns-verify-zone");
        List<String> keys = keygen(algorithm);
        Path db = zone(smart ? List.of() : keys);
        List<String> args = new ArrayList<>(List.of("signzone", "-K", dir.toString(), "-d", dir.toString(),
                "-f", dir.resolve("ours.db").toString(), "-o", ZONE));
        args.addAll(denialArgs(denial));
        if (smart) {
            args.add("-S");
        }
        args.add(db.toString());
        if (!smart) {
            args.addAll(keys);
        }
        CliRun s = CliRun.run(args.toArray(new String[0]));
        assertEquals(Main.OK, s.code(), s.toString());
        Peers.Result v = Peers.run(dir, dir, "dnssec-verify", "-o", ZONE, "ours.db");
        assertEquals(0, v.code(), "dnssec-verify rejects Signet's output:\n" + v);
        Peers.Result l = Peers.run(dir, dir, "ldns-verify-zone", "ours.db");
        assertEquals(0, l.code(), "ldns-verify-zone rejects Signet's output:\n" + l);
        String signed = Files.readString(dir.resolve("ours.db"));
        assertTrue(signed.contains(denial.equals("NSEC") ? "\tNSEC\t" : " NSEC3 "), signed);
    }

    /** Runs dnssec-signzone -n 1 and signet signzone with the same arguments; both must succeed alike. */
    private void sameAsBind(Path db, List<String> options, List<String> keyArgs) throws Exception {
        Files.createDirectories(dir.resolve("bind"));
        Files.createDirectories(dir.resolve("ours"));
        List<String> bind = new ArrayList<>(List.of("dnssec-signzone", "-n", "1", "-d", "bind", "-f", "bind.db"));
        bind.addAll(options);
        bind.add(db.toString());
        bind.addAll(keyArgs);
        Peers.Result b = Peers.run(dir, dir, bind.toArray(new String[0]));
        assertEquals(0, b.code(), String.join(" ", bind) + "\n" + b);
        List<String> ours = new ArrayList<>(List.of("signzone", "-K", dir.toString(), "-d", dir.resolve("ours").toString(),
                "-f", dir.resolve("ours.db").toString()));
        ours.addAll(options);
        ours.add(db.toString());
        ours.addAll(keyArgs);
        CliRun s = CliRun.run(ours.toArray(new String[0]));
        assertEquals(Main.OK, s.code(), s.toString());
        assertEquals(new TreeSet<>(Peers.lines(b.out().replace("bind.db\n", ""))),
                new TreeSet<>(Peers.lines(s.out().replace(dir.resolve("ours.db") + "\n", ""))));
        assertEquals(body(dir.resolve("bind.db")), body(dir.resolve("ours.db")));
        assertEquals(Files.readString(dir.resolve("bind/dsset-" + ZONE + ".")),
                Files.readString(dir.resolve("ours/dsset-" + ZONE + ".")));
    }

    private String bindKey(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", "ED25519"));
        cmd.addAll(List.of(args));
        cmd.add(ZONE);
        Peers.Result r = Peers.run(dir, dir, cmd.toArray(new String[0]));
        assertEquals(0, r.code(), r.toString());
        return r.out().strip();
    }

    private List<String> window() {
        long now = Instant.now().getEpochSecond();
        return List.of("-s", STAMP.format(Instant.ofEpochSecond(now - 86_400)),
                "-e", STAMP.format(Instant.ofEpochSecond(now + 20 * 86_400)), "-o", ZONE);
    }

    @Test
    void smartSigningFollowsKeyTimingLikeBind() throws Exception {
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-keygen");
        bindKey("-f", "KSK");
        bindKey("-L", "600");
        bindKey("-P", "now+1d", "-A", "now+2d");                                   // not yet published
        bindKey("-P", "now", "-A", "now+2d");                                      // published, not signing
        bindKey("-P", "now-2d", "-A", "now-2d", "-I", "now-1d");                   // retired: published only
        bindKey("-P", "now-3d", "-A", "now-3d", "-I", "now-2d", "-D", "now-1d");   // deleted
        bindKey("-f", "KSK", "-P", "now-2d", "-A", "now-2d", "-R", "now-1d");      // revoked
        bindKey("-f", "KSK", "-P", "sync", "now-1d");                              // CDS and CDNSKEY
        Path db = zone(List.of());
        for (String extra : new String[] {"", "-x", "-Q -R"}) {
            List<String> options = new ArrayList<>(window());
            options.add("-S");
            options.addAll(extra.isEmpty() ? List.of() : List.of(extra.split(" ")));
            sameAsBind(db, options, List.of());
        }
        String signed = Files.readString(dir.resolve("ours.db"));
        assertTrue(signed.contains("\tCDS\t") && signed.contains("\tCDNSKEY\t") && signed.contains("; revoked KSK;"), signed);
    }

    @Test
    void namedKeysUnderSmartSigningLikeBind() throws Exception {
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-keygen");
        bindKey("-f", "KSK");
        bindKey("-L", "600");
        String named = bindKey();
        Path db = zone(List.of());
        List<String> options = new ArrayList<>(window());
        options.addAll(List.of("-S", "-k", named));
        sameAsBind(db, options, List.of());
        options.addAll(List.of("-T", "100"));
        sameAsBind(db, options, List.of());
        assertTrue(Files.readString(dir.resolve("ours.db")).contains("\t100\tDNSKEY\t"), "the -T TTL, as BIND");
    }

    private static final Pattern NSEC3 = Pattern.compile("(?m)^(\\S+)\\s+(?:\\d+\\s+)?(?:IN\\s+)?NSEC3\\s+1\\s+(\\d+)\\s+12\\s+aabbccdd\\s*\\(?\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    /** NSEC3 owner, flags and next hashed owner, lower-cased: the chain as text. */
    private static TreeSet<String> chain(String zoneText) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = NSEC3.matcher(zoneText.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return out;
    }

    @Test
    void rfc5155AppendixAChain() throws Exception {
        Peers.require("dnssec-keygen");
        List<String> bases = new ArrayList<>();
        for (String flag : new String[] {"KSK", null}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", "RSASHA256", "-b", "1024"));
            if (flag != null) {
                cmd.addAll(List.of("-f", flag));
            }
            cmd.add("example");
            Peers.Result r = Peers.run(dir, dir, cmd.toArray(new String[0]));
            assertEquals(0, r.code(), r.toString());
            bases.add(r.out().strip());
        }
        Path vectors = CliRun.testdata("vectors/rfc5155");
        Path db = dir.resolve("example.unsigned.zone");
        Files.copy(vectors.resolve("example.unsigned.zone"), db);
        CliRun s = CliRun.run("signzone", "-S", "-K", dir.toString(), "-d", dir.toString(), "-3", "aabbccdd",
                "-H", "12", "-A", "-O", "full", "-f", dir.resolve("out").toString(), "-o", "example", db.toString());
        assertEquals(Main.OK, s.code(), s.toString());
        TreeSet<String> rfc = chain(Files.readString(vectors.resolve("example.signed.oneline.zone")));
        assertEquals(12, rfc.size(), "the RFC's chain: " + rfc);
        assertEquals(rfc, chain(Files.readString(dir.resolve("out"))));
    }
}

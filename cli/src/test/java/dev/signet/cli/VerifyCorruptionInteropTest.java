package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corruption suite: zones signed by dnssec-signzone (NSEC and NSEC3, with and without Opt-Out,
 * algorithms 8, 13, 15 and two-algorithm zones) with one seeded fault each ({@link ZoneFaults}).
 * For every case {@code signet verify} and {@code dnssec-verify} must agree — both accept or both
 * reject, with the same standard output byte for byte — and Signet must name the broken owner and
 * type: in an error when it rejects, in a warning when it accepts a damaged zone (signed glue).
 * The undamaged zones are compared with {@code -x} and {@code -z} too. Set the system property
 * {@code signet.corruption.log} to a file to get every case's outcome and Signet's findings.
 */
class VerifyCorruptionInteropTest {

    private static final long SEED = 20241123L;

    @TempDir
    Path dir;

    @Test
    void signetAndDnssecVerifyAgreeOnEveryFault() throws Exception {
        Peers.require("dnssec-keygen");
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-verify");
        SignedFixtures fixtures = new SignedFixtures(dir);
        List<String> problems = new ArrayList<>();
        List<String> damagedButAccepted = new ArrayList<>();
        int cases = 0;
        int agreements = 0;
        int rejected = 0;
        for (int z = 0; z < SignedFixtures.CONFIGS.size(); z++) {
            SignedFixtures.Signed signed = fixtures.sign(SignedFixtures.CONFIGS.get(z));
            for (ZoneFaults fault : ZoneFaults.values()) {
                ZoneFaults.Case c = fault.apply(signed, new Random(SEED + 100L * z + fault.ordinal()));
                if (c == null) {
                    continue;
                }
                String label = signed.config().name() + " " + fault;
                Path file = dir.resolve(signed.config().name() + "-" + fault.name().toLowerCase(Locale.ROOT) + ".db");
                c.zone().write(file);
                cases++;
                int before = problems.size();
                int code = compare(label, file, "", problems);
                if (code < 0) {
                    continue;
                }
                agreements++;
                if (code != Main.OK) {
                    rejected++;
                } else if (c.owner() != null) {
                    damagedButAccepted.add(label);
                }
                if (fault == ZoneFaults.NONE) {
                    compare(label, file, "-x", problems);
                    compare(label, file, "-z", problems);
                } else if (problems.size() == before && !names(lastSignetErr, c, code != Main.OK)) {
                    problems.add(label + ": no " + (code != Main.OK ? "error" : "warning") + " names " + c.owner() + "/"
                            + c.type() + "\n  signet: " + lastSignetErr.trim().replace("\n", "\n          "));
                }
            }
        }
        System.out.println("verify corruption suite: " + cases + " cases, " + agreements + " agree with dnssec-verify ("
                + rejected + " rejected by both, " + (agreements - rejected) + " accepted by both); damaged but accepted"
                + " by both: " + damagedButAccepted);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
        assertEquals(cases, agreements);
        assertTrue(cases >= 150, "the suite shrank: " + cases + " cases");
    }

    /**
     * A revoked KSK (dnssec-revoke) published and signing the DNSKEY RRset is counted as revoked;
     * without its self-signature the zone fails (RFC 5011 §2.1), in both tools alike.
     */
    @Test
    void revokedKskMustSignTheKeySet() throws Exception {
        Peers.require("dnssec-keygen");
        Peers.require("dnssec-revoke");
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-verify");
        List<String> keys = new ArrayList<>();
        for (String flag : new String[] {"KSK", "KSK", null}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-K", dir.toString(), "-a", "13"));
            if (flag != null) {
                cmd.addAll(List.of("-f", flag));
            }
            cmd.add(SignedFixtures.ORIGIN);
            keys.add(Peers.run(dir, dir, cmd.toArray(new String[0])).out().trim());
        }
        Peers.Result revoke = Peers.run(dir, dir, "dnssec-revoke", "-r", "-K", dir.toString(), keys.get(1));
        assertEquals(0, revoke.code(), revoke.toString());
        String revoked = Path.of(revoke.out().trim()).getFileName().toString();
        keys.set(1, revoked);
        StringBuilder zone = new StringBuilder("$TTL 3600\n@ SOA ns1 hostmaster 1 3600 900 1209600 300\n@ NS ns1\n"
                + "ns1 A 192.0.2.1\nwww A 192.0.2.2\n");
        for (String k : keys) {
            zone.append(Files.readString(dir.resolve(k + ".key")));
        }
        Files.writeString(dir.resolve("db.revoked"), zone);
        List<String> sign = new ArrayList<>(List.of("dnssec-signzone", "-P", "-O", "full", "-K", dir.toString(), "-o",
                SignedFixtures.ORIGIN, "-f", dir.resolve("revoked.signed").toString(), dir.resolve("db.revoked").toString()));
        keys.forEach(k -> sign.add(dir.resolve(k).toString()));
        Peers.Result signed = Peers.run(dir, dir, sign.toArray(new String[0]));
        assertEquals(0, signed.code(), signed.toString());
        int tag = Integer.parseInt(revoked.substring(revoked.length() - 5));

        List<String> problems = new ArrayList<>();
        assertEquals(Main.OK, compare("revoked KSK", dir.resolve("revoked.signed"), "", problems), problems.toString());
        ZoneLines.read(dir.resolve("revoked.signed"))
                .without(l -> l.isRrsig() && l.covered().equals("DNSKEY") && l.keyTag() == tag).write(dir.resolve("unsigned-revoked"));
        assertEquals(Main.FAILURE, compare("revoked KSK without self-signature", dir.resolve("unsigned-revoked"), "", problems),
                problems.toString());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(lastSignetErr.contains("key " + tag + ": revoked KSK is not self-signed"), lastSignetErr);
    }

    /** Standard error of the last {@code signet verify} run by {@link #compare}. */
    private String lastSignetErr = "";

    /**
     * Runs both verifiers on a file (with an optional flag); on disagreement in exit status or
     * standard output adds a problem. Returns the common exit status, or -1 if they disagree.
     */
    private int compare(String label, Path file, String flag, List<String> problems) throws Exception {
        List<String> args = new ArrayList<>();
        if (!flag.isEmpty()) {
            args.add(flag);
        }
        args.addAll(List.of("-o", SignedFixtures.ORIGIN, file.toString()));
        List<String> bindCommand = new ArrayList<>(List.of("dnssec-verify"));
        bindCommand.addAll(args);
        List<String> signetCommand = new ArrayList<>(List.of("verify"));
        signetCommand.addAll(args);
        Peers.Result bind = Peers.run(dir, dir, bindCommand.toArray(new String[0]));
        CliRun signet = CliRun.run(signetCommand.toArray(new String[0]));
        lastSignetErr = signet.err();
        String log = System.getProperty("signet.corruption.log");
        if (log != null) {
            Files.writeString(Path.of(log), label + " " + flag + " bind=" + bind.code() + " signet=" + signet.code() + "\n"
                    + signet.err(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        String what = label + (flag.isEmpty() ? "" : " " + flag);
        if (bind.code() != signet.code()) {
            problems.add(what + ": dnssec-verify exit " + bind.code() + ", signet verify exit " + signet.code()
                    + "\n  bind: " + bind.err().trim().replace("\n", "\n        ")
                    + "\n  signet: " + signet.err().trim().replace("\n", "\n          "));
            return -1;
        }
        if (!bind.out().equals(signet.out())) {
            problems.add(what + ": standard output differs\n--- dnssec-verify\n" + bind.out() + "--- signet verify\n"
                    + signet.out());
        }
        return signet.code();
    }

    /**
     * True if a finding line (an error when {@code error}, else a warning) names the owner and
     * type — {@code owner/TYPE} — or, for the records of the NSEC3 tree, mentions the hashed owner.
     */
    private static boolean names(String stderr, ZoneFaults.Case c, boolean error) {
        List<String> owners = new ArrayList<>();
        owners.add(c.owner());
        owners.addAll(List.of(c.alsoOwners()));
        for (String line : stderr.split("\n")) {
            if (!line.startsWith("signet verify: ") || line.startsWith("signet verify: warning: ") == error) {
                continue;
            }
            String l = line.toLowerCase(Locale.ROOT);
            for (String owner : owners) {
                String o = ZoneLines.lower(owner);
                String bare = o.endsWith(".") ? o.substring(0, o.length() - 1) : o;
                if (l.contains(" " + bare + "/" + c.type().toLowerCase(Locale.ROOT) + ":")
                        || l.contains(" " + bare + "/" + c.type().toLowerCase(Locale.ROOT) + " key")
                        || (c.type().equals("NSEC3") && l.contains(bare))) {
                    return true;
                }
            }
        }
        return false;
    }
}

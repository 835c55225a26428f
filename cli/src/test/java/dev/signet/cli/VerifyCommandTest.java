package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code signet verify} in process on the RFC 4035 example zone (RSASHA1, NSEC), whose signatures
 * are valid from 20040409183619 to 20040509183619: output layout, exit codes, {@code --time},
 * {@code --expire-within} at its boundary, {@code --json}, {@code --strict}, usage errors.
 */
class VerifyCommandTest {

    /** 20040509183619 UTC, when every signature of the zone expires. */
    private static final long EXPIRATION = 1084127779L;
    private static final long WEEK = 7 * 86400L;
    private static final String INSIDE = "20040420000000";

    @TempDir
    Path tmp;

    private static String zone() {
        return CliRun.testdata("vectors/rfc4035/example.signed.oneline.zone").toString();
    }

    @Test
    void validZonePrintsWhatDnssecVerifyPrints() {
        CliRun r = CliRun.run("verify", "--time", INSIDE, "-o", "example", zone());
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals(String.join("\n", "Loading zone 'example' from file '" + zone() + "'", "",
                "Verifying the zone using the following algorithms:", "- RSASHA1", "Zone fully signed:",
                "Algorithm: RSASHA1: KSKs: 1 active, 0 stand-by, 0 revoked",
                "                    ZSKs: 1 active, 0 stand-by, 0 revoked", ""), r.out());
        // Lint: RSASHA1 keys and a SHA-1 DS are warnings; the zone still passes.
        assertTrue(r.err().contains("signet verify: warning: example/DNSKEY key 9465: DNSKEY uses algorithm RSASHA1"), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("signet verify: warning: ")), r.err());

        CliRun quiet = CliRun.run("verify", "-q", "--time", INSIDE, "-o", "example", zone());
        assertEquals(Main.OK, quiet.code());
        assertEquals("", quiet.out());

        CliRun verbose = CliRun.run("verify", "-v", "1", "--time", INSIDE, "-o", "example", zone());
        assertTrue(verbose.err().matches("(?s).*signet verify: 16 names, \\d+ signatures, 0 errors, \\d+ warnings in \\d+ ms on \\d+ threads\\n"),
                verbose.err());
    }

    @Test
    void expiredZoneFailsNamingTheExpiredSignatures() {
        CliRun r = CliRun.run("verify", "--time", "20040510000000", "-o", "example", zone());
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains("signet verify: example/DNSKEY: no self-signed KSK DNSKEY found"), r.err());
        assertTrue(r.err().contains("signet verify: xx.example/A key 38519: RSASHA1 signature: expired at 20040509183619"
                + " (validation time 20040510000000) [SIGNATURE_EXPIRED]"), r.err());
        assertEquals("Loading zone 'example' from file '" + zone() + "'\n\n", r.out(), "dnssec-verify stops at the keys");
        assertEquals(Main.FAILURE, CliRun.run("verify", "--time", "20040401000000", "-o", "example", zone()).code());
        assertEquals(Main.FAILURE, CliRun.run("verify", "--time", "20040510000000", "--expire-within", "7d", "-o", "example",
                zone()).code(), "an invalid zone exits 1, not 3");
    }

    /** Exit 3 exactly when the earliest expiration is less than the horizon away. */
    @Test
    void expireWithinAtItsBoundary() {
        long boundary = EXPIRATION - WEEK;
        CliRun atBoundary = CliRun.run("verify", "-q", "--time", Long.toString(boundary), "--expire-within", "7d", "-o", "example", zone());
        assertEquals(Main.OK, atBoundary.code(), atBoundary.toString());
        CliRun oneSecondLater = CliRun.run("verify", "-q", "--time", Long.toString(boundary + 1), "--expire-within", "1w",
                "-o", "example", zone());
        assertEquals(VerifyCommand.EXPIRING, oneSecondLater.code(), oneSecondLater.toString());
        assertTrue(oneSecondLater.err().contains("signet verify: signature of example/SOA by key 38519 (RSASHA1) expires at"
                + " 20040509183619 UTC, in 6d 23h: within the 7d 0h of --expire-within [EXPIRES_SOON]"), oneSecondLater.err());
        CliRun seconds = CliRun.run("verify", "-q", "--time", Long.toString(EXPIRATION - 100),
                "--expire-within", "100", "-o", "example", zone());
        assertEquals(Main.OK, seconds.code(), "a plain number is seconds: " + seconds);
        assertEquals(VerifyCommand.EXPIRING, CliRun.run("verify", "-q", "--time", Long.toString(EXPIRATION - 100),
                "--expire-within", "101", "-o", "example", zone()).code());
        assertEquals(Main.OK, CliRun.run("verify", "-q", "--time", Long.toString(EXPIRATION - 100), "-o", "example", zone()).code(),
                "no horizon, no exit 3");
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        CliRun r = CliRun.run("verify", "-q", "--strict", "--time", INSIDE, "-o", "example", zone());
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains("warning(s) and --strict: failing [STRICT]"), r.err());
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonReport() {
        long t = EXPIRATION - WEEK + 1;
        CliRun r = CliRun.run("verify", "--json", "--time", Long.toString(t), "--expire-within", "7d", "-o", "example", zone());
        assertEquals(VerifyCommand.EXPIRING, r.code(), r.toString());
        assertEquals("", r.err(), "--json keeps standard error quiet");
        Map<String, Object> j = (Map<String, Object>) MiniJson.parse(r.out());
        assertEquals("example.", j.get("zone"));
        assertEquals(Boolean.TRUE, j.get("valid"));
        assertEquals(3L, j.get("exitCode"));
        assertEquals(t, j.get("time"));
        assertEquals(List.of("RSASHA1"), j.get("algorithms"));
        assertEquals(Boolean.TRUE, j.get("expiring"));
        Map<String, Object> e = (Map<String, Object>) j.get("earliestExpiry");
        assertEquals(EXPIRATION, e.get("expiration"));
        assertEquals("20040509183619", e.get("expirationText"));
        assertEquals("SOA", e.get("type"));
        assertEquals(WEEK - 1, e.get("secondsLeft"));
        List<Map<String, Object>> findings = (List<Map<String, Object>>) j.get("findings");
        assertEquals(((Long) j.get("warnings")).intValue(), findings.size());
        assertTrue(findings.stream().anyMatch(f -> f.get("code").equals("SHA1_DS") && f.get("owner").equals("a.example.")
                && f.get("keyTag").equals(57855L)), findings.toString());

        CliRun bad = CliRun.run("verify", "--json", "--time", "20040510000000", "-o", "example", zone());
        Map<String, Object> b = (Map<String, Object>) MiniJson.parse(bad.out());
        assertEquals(Boolean.FALSE, b.get("valid"));
        assertTrue(((Long) b.get("errors")) > 20);
    }

    @Test
    void originDefaultsToTheFileName() throws IOException {
        Path copy = tmp.resolve("example");
        Files.copy(Path.of(zone()), copy);
        CliRun r = CliRun.run("verify", "--time", INSIDE, copy.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("Loading zone 'example' from file '" + copy + "'\n"), r.out());
    }

    @Test
    void errorsAndUsage() {
        CliRun missing = CliRun.run("verify", "-o", "example", tmp.resolve("nope").toString());
        assertEquals(Main.FAILURE, missing.code());
        assertTrue(missing.err().contains("failed loading zone from '" + tmp.resolve("nope") + "': file not found [FILE_NOT_FOUND]"),
                missing.err());
        CliRun wrongOrigin = CliRun.run("verify", "-o", "example.net", zone());
        assertEquals(Main.FAILURE, wrongOrigin.code());
        assertTrue(wrongOrigin.err().contains("failed loading zone"), wrongOrigin.err());
        assertEquals(Main.USAGE, CliRun.run("verify", "--time", "yesterday", "-o", "example", zone()).code());
        assertEquals(Main.USAGE, CliRun.run("verify", "--expire-within", "7x", "-o", "example", zone()).code());
        assertEquals(Main.USAGE, CliRun.run("verify", "--threads", "0", "-o", "example", zone()).code());
        assertEquals(Main.USAGE, CliRun.run("verify", "-I", "raw", "-o", "example", zone()).code());
        assertEquals(Main.USAGE, CliRun.run("verify").code(), "the zone file is required");
        CliRun version = CliRun.run("verify", "-V");
        assertEquals(Main.OK, version.code());
        assertTrue(version.out().startsWith("signet "), version.out());
    }
}

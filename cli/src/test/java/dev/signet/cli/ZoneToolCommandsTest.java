package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** checkzone and compilezone in process: messages, exit codes, outputs and what they never touch. */
class ZoneToolCommandsTest {

    @TempDir
    Path dir;

    private static final String GOOD = String.join("\n",
            "$TTL 3600",
            "@ IN SOA ns1 hostmaster 7 7200 900 1209600 300",
            "  IN NS ns1",
            "ns1 IN A 192.0.2.1",
            "www IN A 192.0.2.3",
            "www 60 IN A 192.0.2.2",
            "mail IN MX 10 nomail",
            "") ;

    private static final String CONFLICT = String.join("\n",
            "$TTL 3600",
            "@ IN SOA ns1 hostmaster 7 7200 900 1209600 300",
            "  IN NS ns1",
            "ns1 IN A 192.0.2.1",
            "a IN CNAME www",
            "a IN TXT \"clash\"",
            "") ;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static List<String> lines(String s) {
        return Peers.lines(s);
    }

    @Test
    void checkzoneReportsLikeBind() throws IOException {
        Path db = write("db.example", GOOD);
        CliRun r = CliRun.run("checkzone", "example.com", db.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals(List.of(
                "signet checkzone: " + db + ":6: warning: TTL set to prior TTL (3600) [TTL_MISMATCH]",
                "signet checkzone: " + db + ": warning: mail.example.com/MX 'nomail.example.com' has no address records (A or AAAA) [MX_NO_ADDRESS]",
                "zone example.com/IN: loaded serial 7",
                "OK"), lines(r.out()));
        assertEquals("", r.err());
    }

    @Test
    void aZoneThatDoesNotLoadExitsWithOne() throws IOException {
        Path db = write("db.conflict", CONFLICT);
        CliRun r = CliRun.run("checkzone", "example.com", db.toString());
        assertEquals(Main.FAILURE, r.code());
        assertEquals(List.of(
                "signet checkzone: " + db + ":6: a.example.com: CNAME and other data [CNAME_AND_OTHER]",
                "zone example.com/IN: not loaded due to errors."), lines(r.out()));

        CliRun missing = CliRun.run("checkzone", "example.com", dir.resolve("nope").toString());
        assertEquals(Main.FAILURE, missing.code());
        assertTrue(missing.out().contains("file not found [FILE_NOT_FOUND]"), missing.toString());

        CliRun quiet = CliRun.run("checkzone", "-q", "example.com", db.toString());
        assertEquals(Main.FAILURE, quiet.code());
        assertEquals("", quiet.out() + quiet.err(), "-q prints nothing");
    }

    @Test
    void checkzoneDumpsToStandardOutputWithMessagesOnStandardErrorForDashO() throws IOException {
        Path db = write("db.example", GOOD);
        CliRun r = CliRun.run("checkzone", "-q", "-D", "example.com", db.toString());
        assertEquals(Main.OK, r.code());
        assertTrue(r.out().startsWith("example.com.\t\t\t\t      3600 IN SOA\t"), r.out());

        CliRun dash = CliRun.run("checkzone", "-o", "-", "example.com", db.toString());
        assertEquals(8 - 2, lines(dash.out()).size(), "only the zone's six records on stdout:\n" + dash.out());
        assertTrue(dash.err().endsWith("zone example.com/IN: loaded serial 7\nOK\n"), dash.err());
    }

    @Test
    void standardInputAndClass() {
        CliRun r = CliRun.runWithInput(GOOD, "checkzone", "-q", "-o", "-", "example.com", "-");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().contains("www.example.com.\t\t\t      3600 IN A\t\t192.0.2.2"), r.out());

        CliRun chaos = CliRun.runWithInput(GOOD, "checkzone", "-c", "CH", "example.com", "-");
        assertEquals(Main.FAILURE, chaos.code());
        assertTrue(chaos.out().contains("zone example.com/CH: not loaded due to errors."), chaos.out());
    }

    @Test
    void compilezoneWritesCanonicallyAndNeverTouchesItsInput() throws Exception {
        Path db = write("db.example", GOOD);
        String before = sha256(db);
        Path out = dir.resolve("example.com.zone");
        CliRun r = CliRun.run("compilezone", "-s", "full", "-o", out.toString(), "example.com", db.toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().endsWith("zone example.com/IN: loaded serial 7\ndump zone to " + out + "...done\nOK\n"), r.out());
        assertEquals(List.of(
                "example.com.\t\t\t\t      3600 IN SOA\tns1.example.com. hostmaster.example.com. 7 7200 900 1209600 300",
                "example.com.\t\t\t\t      3600 IN NS\tns1.example.com.",
                "mail.example.com.\t\t\t      3600 IN MX\t10 nomail.example.com.",
                "ns1.example.com.\t\t\t      3600 IN A\t\t192.0.2.1",
                "www.example.com.\t\t\t      3600 IN A\t\t192.0.2.2",
                "www.example.com.\t\t\t      3600 IN A\t\t192.0.2.3"), Files.readAllLines(out));
        assertEquals(before, sha256(db), "the input is never modified");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of("db.example", "example.com.zone"), listDir(), "no temporary file is left behind");
    }

    @Test
    void aFailedCompileLeavesTheOldOutputUntouched() throws Exception {
        Path out = write("example.com.zone", "old content\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        Path bad = write("db.conflict", CONFLICT);
        CliRun r = CliRun.run("compilezone", "-o", out.toString(), "example.com", bad.toString());
        assertEquals(Main.FAILURE, r.code());
        assertEquals("old content\n", Files.readString(out));

        Path good = write("db.example", GOOD);
        assertEquals(Main.OK, CliRun.run("compilezone", "-q", "-o", out.toString(), "example.com", good.toString()).code());
        assertTrue(Files.readString(out).startsWith("example.com."));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                "a replaced output keeps its permissions");
        assertEquals(List.of("db.conflict", "db.example", "example.com.zone"), listDir());
    }

    @Test
    void refusesToWriteOverTheZoneFileAndReportsUnwritableOutputs() throws Exception {
        Path db = write("db.example", GOOD);
        String before = sha256(db);
        CliRun same = CliRun.run("compilezone", "-o", db.toString(), "example.com", db.toString());
        assertEquals(Main.FAILURE, same.code());
        assertTrue(same.err().contains("[OUTPUT_IS_INPUT]"), same.toString());
        assertEquals(before, sha256(db));

        CliRun nowhere = CliRun.run("compilezone", "-o", dir.resolve("no/such/dir/out").toString(), "example.com", db.toString());
        assertEquals(Main.FAILURE, nowhere.code());
        assertTrue(nowhere.err().contains("could not write output file") && nowhere.err().contains("[WRITE_FAILED]"), nowhere.toString());
    }

    @Test
    void workingDirectoryOptionResolvesZoneIncludesAndOutput() throws IOException {
        Files.createDirectories(dir.resolve("inc"));
        write("inc/hosts", "www IN A 192.0.2.80\n");
        write("db.main", GOOD.replace("www IN A 192.0.2.3\nwww 60 IN A 192.0.2.2\n", "$INCLUDE inc/hosts\n"));
        CliRun r = CliRun.run("compilezone", "-q", "-w", dir.toString(), "-o", "out.zone", "example.com", "db.main");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(Files.readString(dir.resolve("out.zone")).contains("www.example.com.\t\t\t      3600 IN A\t\t192.0.2.80\n"));
    }

    @Test
    void relativeStyleReadsBackToTheSameZone() throws IOException {
        Path db = write("db.example", GOOD);
        Path rel = dir.resolve("rel.zone");
        assertEquals(Main.OK, CliRun.run("compilezone", "-q", "-s", "relative", "-o", rel.toString(), "example.com", db.toString()).code());
        assertTrue(Files.readString(rel).startsWith("$ORIGIN example.com.\n$TTL 3600\n@\t\t\tSOA\t"), Files.readString(rel));
        CliRun fromFull = CliRun.run("compilezone", "-q", "-o", "-", "example.com", db.toString());
        CliRun fromRelative = CliRun.run("compilezone", "-q", "-o", "-", "example.com", rel.toString());
        assertEquals(fromFull.out(), fromRelative.out());
    }

    @Test
    void compilezoneIsStricterByDefault() throws IOException {
        Path db = write("db.names", GOOD + "bad_host IN A 192.0.2.9\n");
        assertEquals(Main.OK, CliRun.run("checkzone", "-q", "example.com", db.toString()).code());
        CliRun strict = CliRun.run("compilezone", "-o", dir.resolve("o").toString(), "example.com", db.toString());
        assertEquals(Main.FAILURE, strict.code());
        assertTrue(strict.out().contains(":8: bad_host.example.com: bad owner name (check-names) [BAD_OWNER_NAME]"), strict.out());
        assertFalse(Files.exists(dir.resolve("o")));
        assertEquals(Main.OK, CliRun.run("compilezone", "-q", "-k", "warn", "-o", dir.resolve("o").toString(), "example.com", db.toString()).code());
    }

    private List<String> listDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}

package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-signing an unchanged signed zone with nothing due ({@link ResignShortcut}): the shortcut
 * writes exactly what the full run writes (checked against {@code --no-signature-cache}, which
 * always signs in full), prints the same lines, and steps aside whenever the input, the
 * settings, the key files or the time could make a difference.
 */
class ResignShortcutTest {

    static final Instant NOW = SignzoneCommandTest.NOW;
    private static final String TAKEN = "wrote the unchanged zone again";

    @TempDir
    Path dir;

    private int seed;

    private CliRun runAt(Instant when, String... args) {
        return CliRun.runAt(Clock.fixed(when, ZoneOffset.UTC), CliRun.seeded(++seed), args);
    }

    private void keygen(String... args) {
        List<String> all = new ArrayList<>(List.of("keygen", "-K", dir.toString()));
        all.addAll(List.of(args));
        all.add("example.test");
        CliRun r = runAt(NOW.minusSeconds(86400), all.toArray(new String[0]));
        assertEquals(Main.OK, r.code(), r.toString());
    }

    /** signzone -v 1 at {@code when}: -K and -d here, origin example.test, {@code in} to {@code out}. */
    private CliRun sign(Instant when, Path in, Path out, String... options) {
        List<String> all = new ArrayList<>(List.of("signzone", "-v", "1", "-K", dir.toString(), "-d", dir.toString()));
        all.addAll(List.of(options));
        all.addAll(List.of("-o", "example.test", "-f", out.toString(), in.toString()));
        CliRun r = runAt(when, all.toArray(new String[0]));
        assertEquals(Main.OK, r.code(), r.toString());
        return r;
    }

    private Path zone() throws IOException {
        keygen("-a", "ED25519", "-f", "KSK");
        keygen("-a", "ED25519");
        Path db = dir.resolve("db");
        Files.writeString(db, SignzoneCommandTest.ZONE_TEXT);
        return db;
    }

    /** The zone after BIND's two header comments (the date changes from run to run). */
    private static String body(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("; File written on "), text);
        return text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
    }

    /** What a run printed on standard output, without the output file name (its last line). */
    private static List<String> shown(CliRun r) {
        List<String> lines = new ArrayList<>(Arrays.asList(r.out().split("\n")));
        lines.remove(lines.size() - 1);
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-S", "-S -3 - -H 0", "-S -3 aabbcc -H 0 -A", "-S -x", "-S -O full", "-S -z -C",
            "-S -M 1800", "-S -P", "-S -i 86400", ""})
    void writesWhatTheFullRunWritesAndSaysWhatItSays(String optionText) throws IOException {
        Path db = zone();
        String[] options = optionText.isEmpty() ? new String[0] : optionText.split(" ");
        if (optionText.isEmpty()) {
            // Without -S the apex DNSKEYs whose private keys are in -K sign: put them in the zone.
            Path first = dir.resolve("first");
            sign(NOW, db, first, "-S");
            Files.writeString(db, body(first));
        }
        Path fresh = dir.resolve("fresh");
        CliRun signed = sign(NOW, db, fresh, options);
        assertFalse(signed.err().contains(TAKEN), signed.err());

        Path again = dir.resolve("again");
        Path dsset = dir.resolve("dsset-example.test.");
        Files.delete(dsset);
        CliRun quick = sign(NOW.plusSeconds(3 * 3600), fresh, again, options);
        assertTrue(quick.err().contains(TAKEN), quick.err());
        assertTrue(Files.readString(again).startsWith("; File written on Mon Nov 23 15:00:00 2026\n"),
                "a new header");
        assertEquals(body(fresh), body(again));
        assertEquals(shown(signed).stream().filter(l -> !l.startsWith("Fetching ")).toList(), shown(quick),
                "the check's lines, as the full run printed them");
        assertTrue(Files.exists(dsset), "the dsset- file is written again");

        Path full = dir.resolve("full");
        CliRun slow = sign(NOW.plusSeconds(3 * 3600), fresh, full, withNoCache(options));
        assertFalse(slow.err().contains(TAKEN), slow.err());
        assertEquals(body(full), body(again), "the shortcut writes what signing in full writes");
        assertEquals(shown(slow), shown(quick));

        // The shortcut's own output can be re-signed the same way, with the digests carried on.
        CliRun third = sign(NOW.plusSeconds(6 * 3600), again, dir.resolve("third"), options);
        assertTrue(third.err().contains(TAKEN), third.err());
        assertEquals(body(fresh), body(dir.resolve("third")));
        assertEquals(Files.size(ResignShortcutTest.cache(fresh)), Files.size(ResignShortcutTest.cache(again)));
    }

    private static String[] withNoCache(String[] options) {
        String[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = "--no-signature-cache";
        return all;
    }

    private static Path cache(Path zone) {
        return zone.resolveSibling(zone.getFileName() + ".sigcache");
    }

    @Test
    void anythingThatCouldMatterTakesTheFullRun() throws IOException {
        Path db = zone();
        Path fresh = dir.resolve("fresh");
        sign(NOW, db, fresh, "-S");
        Instant later = NOW.plusSeconds(3600);

        assertFull(sign(later, fresh, dir.resolve("o1"), "-S", "-i", "3600"), "the settings differ");
        assertFull(sign(later, fresh, dir.resolve("o2"), "-S", "-M", "1800"), "the settings differ");
        // Signatures expire 30 days after NOW - 1 h; with the default cycle (7.5 days) they are due after 22.5 days.
        assertFull(sign(NOW.plusSeconds(23 * 86400), fresh, dir.resolve("o3"), "-S"), "something is due");
        assertFull(sign(NOW.minusSeconds(60), fresh, dir.resolve("o4"), "-S"), "the clock is before");

        // A changed record: the input is not the zone the note describes; the full run signs it.
        Path edited = dir.resolve("edited");
        Files.writeString(edited, Files.readString(fresh).replace("192.0.2.25", "192.0.2.26"));
        Files.copy(cache(fresh), cache(edited));
        CliRun r = sign(later, edited, dir.resolve("o5"), "-S");
        assertFull(r, "the input is not the zone this note describes");
        assertTrue(Files.readString(dir.resolve("o5")).contains("192.0.2.26"));
        assertFalse(Files.exists(dir.resolve("o5.tmp")));

        // -t reports what was kept: always the full run.
        CliRun stats = sign(later, fresh, dir.resolve("o6"), "-S", "-t");
        assertFalse(stats.err().contains(TAKEN), stats.err());
        assertTrue(stats.out().contains("Signatures retained:"), stats.out());

        // A key file that changes (new timing metadata), then a new key in the directory.
        Path aKey;
        try (var files = Files.list(dir)) {
            aKey = files.filter(f -> f.getFileName().toString().endsWith(".key")).sorted().findFirst().orElseThrow();
        }
        String keyText = Files.readString(aKey);
        Files.writeString(aKey, keyText + "; edited\n");
        assertFull(sign(later, fresh, dir.resolve("o7"), "-S"), "the key files changed");
        Files.writeString(aKey, keyText);
        assertTrue(sign(later, fresh, dir.resolve("o8"), "-S").err().contains(TAKEN), "back as it was");
        keygen("-a", "ED25519");
        assertFull(sign(later, fresh, dir.resolve("o9"), "-S"), "the key directory has new keys");
    }

    @Test
    void aKeyTimingEventEndsTheShortcut() throws IOException {
        Path db = zone();
        // A stand-by ZSK that becomes active two days from now.
        CliRun k = runAt(NOW.minusSeconds(86400), "keygen", "-K", dir.toString(), "-a", "ED25519", "-P", "now",
                "-A", "now+3d", "example.test");
        assertEquals(Main.OK, k.code(), k.toString());
        Path fresh = dir.resolve("fresh");
        sign(NOW, db, fresh, "-S");
        assertTrue(sign(NOW.plusSeconds(86400), fresh, dir.resolve("a"), "-S").err().contains(TAKEN));
        CliRun after = sign(NOW.plusSeconds(3 * 86400), fresh, dir.resolve("b"), "-S");
        assertFull(after, "something is due");
        assertNotEquals(body(fresh), body(dir.resolve("b")), "the new ZSK signs");
    }

    private static void assertFull(CliRun r, String why) {
        assertFalse(r.err().contains(TAKEN), r.err());
        assertTrue(r.err().contains("signing in full: " + why), r.err());
    }
}

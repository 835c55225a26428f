package dev.signet.cli;

import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dnssec-signzone's option values as {@link SignzoneSettings} reads them, without signing anything. */
class SignzoneSettingsTest {

    static final long NOW = 1_795_000_000L;

    static SignzoneSettings settings(String... args) {
        SignzoneCommand c = new SignzoneCommand();
        new CommandLine(c).setAllowOptionsAsOptionParameters(true).parseArgs(args);
        return SignzoneSettings.of(c, NOW, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "signet signzone");
    }

    @Test
    void originIsTheZoneFileArgumentUnlessDashO() {
        assertEquals(Name.parse("db.example.", Name.ROOT), settings("db.example").origin);
        assertEquals(Name.parse("zones/db.example.", Name.ROOT), settings("zones/db.example").origin);
        assertEquals(Name.parse("example.com.", Name.ROOT), settings("-o", "example.com", "db.example").origin);
        TextException e = assertThrows(TextException.class, () -> settings("-o", "bad..name", "db"));
        assertTrue(e.detail().startsWith("failed converting name 'bad..name' to dns format: "), e.detail());
    }

    @Test
    void outputDefaultsAndFormats() {
        SignzoneSettings s = settings("db.example");
        assertEquals(Path.of("db.example.signed"), s.output);
        assertEquals(SignedZoneWriter.Format.TEXT, s.format);
        SignzoneSettings stdout = settings("-f", "-", "db.example");
        assertNull(stdout.output);
        assertEquals(SignedZoneWriter.Format.FULL, stdout.format, "BIND: -f - defaults to the full format");
        assertEquals(SignedZoneWriter.Format.TEXT, settings("-f", "-", "-O", "text", "db").format);
        assertEquals(SignedZoneWriter.Format.FULL, settings("-O", "FULL", "db").format);
    }

    @Test
    void timesAndTheirBases() {
        SignzoneSettings d = settings("db");
        assertEquals(NOW - 3600, d.start);
        assertEquals(NOW - 3600 + 30 * 86400, d.end);
        assertEquals(d.end, d.dnskeyEnd);
        assertEquals(-1, d.cycle, "BIND's default: a quarter of the validity period");
        SignzoneSettings r = settings("-s", "+60", "-e", "+1h", "-X", "now+2d", "-i", "600", "-j", "30", "db");
        assertEquals(NOW + 60, r.start);
        assertEquals(NOW + 60 + 3600, r.end);
        assertEquals(NOW + 2 * 86400, r.dnskeyEnd);
        assertEquals(600, r.cycle);
        assertEquals(30, r.jitter);
        assertThrows(TextException.class, () -> settings("-j", "1h", "db"), "-j takes plain seconds");
    }

    @Test
    void nsec3Options() {
        assertFalse(settings("db").denial.saltGiven());
        SignzoneSettings s = settings("-3", "AbCd", "-H", "0", "-A", "db");
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, s.denial.salt());
        assertEquals(0, s.denial.iterations());
        assertTrue(s.denial.optOutGiven() && s.denial.optOut());
        assertTrue(settings("-3", "-", "-AA", "db").denial.optOutGiven());
        assertFalse(settings("-3", "-", "-AA", "db").denial.optOut(), "-AA turns opt-out off");
        assertTrue(settings("-3", "-", "-AAA", "db").denial.optOut());
        assertEquals(0, settings("-3", "-", "db").denial.salt().length);
        assertEquals("NSEC3_ITERATIONS", assertThrows(TextException.class, () -> settings("-H", "151", "db")).code());
        assertEquals(150, settings("-H", "150", "db").denial.iterations());
        assertEquals("BAD_SALT", assertThrows(TextException.class, () -> settings("-3", "abc", "db")).code());
    }

    @Test
    void numbersAndTtls() {
        assertEquals(Runtime.getRuntime().availableProcessors(), settings("db").threads);
        assertEquals(Runtime.getRuntime().availableProcessors(), settings("-n", "0", "db").threads);
        assertEquals(3, settings("-n", "3", "db").threads);
        assertEquals(86400, settings("-T", "1d", "db").keyTtl);
        assertEquals(60, settings("-M", "60", "db").maxTtl);
        assertEquals("number of cpus must be numeric",
                assertThrows(TextException.class, () -> settings("-n", "x", "db")).detail());
        assertEquals(SerialFormat.UNIXTIME, settings("-N", "UnixTime", "db").serialFormat);
    }
}

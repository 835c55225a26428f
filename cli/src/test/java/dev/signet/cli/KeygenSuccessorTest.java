package dev.signet.cli;

import dev.signet.core.key.KeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * signet keygen -S in process, from BIND-made predecessors (testdata/keys/bind): the
 * successor's dates and numbers, the predecessor's update, each refusal, and damaged key files.
 */
class KeygenSuccessorTest {

    /** BIND's KSK with every date: Inactive 2027-01-01, Delete 2027-02-01, TTL 3600, Successor: 20242. */
    static final String PREDECESSOR = "Kexample.test.+013+43605";

    @TempDir
    Path dir;

    private Path copy(String base) throws IOException {
        for (String ext : new String[] {".key", ".private"}) {
            Files.copy(CliRun.testdata("keys/bind/" + base + ext), dir.resolve(base + ext));
        }
        return dir.resolve(base);
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.ISO_8859_1);
    }

    private CliRun keygen(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "keygen";
        all[1] = "-K";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.runAt(KeygenCommandTest.CLOCK, CliRun.seeded(3), all);
    }

    @Test
    void aSuccessorIsActivatedWhenItsPredecessorRetires() throws IOException {
        Path pred = copy(PREDECESSOR);
        List<String> predKeyBefore = lines(KeyFiles.keyFile(pred));
        List<String> predPrivBefore = lines(KeyFiles.privateFile(pred));
        CliRun r = keygen("-S", PREDECESSOR);
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals("", r.err());
        Path succ = dir.resolve(r.out().strip());
        int tag = KeyFiles.readPublic(succ).dnskey().keyTag();
        List<String> key = lines(KeyFiles.keyFile(succ));
        assertEquals(List.of("; This is a key-signing key, keyid " + tag + ", for example.test.",
                KeygenCommandTest.CREATED,
                "; Publish: 20261202000000 (Wed Dec  2 00:00:00 2026)",
                "; Activate: 20270101000000 (Fri Jan  1 00:00:00 2027)"), key.subList(0, 4));
        assertTrue(key.get(4).startsWith("example.test. IN DNSKEY 257 3 13 "), "same flags, no TTL: " + key.get(4));
        List<String> priv = lines(KeyFiles.privateFile(succ));
        assertEquals(List.of("Predecessor: 43605", "Created: 20260301120000", "Publish: 20261202000000",
                "Activate: 20270101000000"), priv.subList(3, priv.size()));

        assertEquals(predKeyBefore, lines(KeyFiles.keyFile(pred)), "the predecessor's .key is rewritten unchanged");
        List<String> expected = predPrivBefore.stream()
                .map(l -> l.startsWith("Successor: ") ? "Successor: " + tag : l).toList();
        assertEquals(expected, lines(KeyFiles.privateFile(pred)), "only Successor: changes");
    }

    @Test
    void theIntervalAndOtherDatesApply() throws IOException {
        copy(PREDECESSOR);
        CliRun r = keygen("-S", PREDECESSOR + ".key", "-i", "1d", "-I", "20270601", "-D", "20270701", "-L", "600");
        assertEquals(Main.OK, r.code(), r.toString());
        Path succ = dir.resolve(r.out().strip());
        List<String> priv = lines(KeyFiles.privateFile(succ));
        assertEquals(List.of("Predecessor: 43605", "Created: 20260301120000", "Publish: 20261231000000",
                "Activate: 20270101000000", "Inactive: 20270601000000", "Delete: 20270701000000"),
                priv.subList(3, priv.size()));
        List<String> key = lines(KeyFiles.keyFile(succ));
        assertTrue(key.get(key.size() - 1).startsWith("example.test. 600 IN DNSKEY 257 3 13 "), key.toString());
    }

    @Test
    void aPredecessorWithoutDeleteDateGetsBindsWarning() throws IOException {
        Path pred = copy("Kexample.test.+013+53776");
        Files.writeString(KeyFiles.privateFile(pred), "Inactive: 20270101000000\n", StandardCharsets.ISO_8859_1,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun r = keygen("-S", pred.getFileName().toString());
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals("signet keygen: WARNING: Key example.test/ECDSAP256SHA256/53776 has no removal date; it will remain"
                + " in the zone indefinitely after rollover. You can use dnssec-settime -D to change this.\n", r.err());
    }

    @Test
    void refusals() throws IOException {
        copy("Kexample.test.+013+53776");
        copy("Kexample.test.+008+33904");
        copy(PREDECESSOR);
        assertEquals("signet keygen: Key example.test/ECDSAP256SHA256/53776 has no inactivation date. You must use"
                + " dnssec-settime -I to set one before generating a successor. [NO_INACTIVATION_DATE]\n",
                refused(keygen("-S", "Kexample.test.+013+53776")));
        assertTrue(refused(keygen("-S", "Kexample.test.+008+33904")).contains(
                "Key example.test/RSASHA256/33904 has incompatible format version 1.2"));
        for (String flag : new String[] {"-a 13", "-b 2048", "-n ZONE", "-P now", "-A now", "-3", "-C", "-G"}) {
            String[] words = flag.split(" ");
            String[] args = new String[words.length + 2];
            System.arraycopy(words, 0, args, 0, words.length);
            args[words.length] = "-S";
            args[words.length + 1] = PREDECESSOR;
            assertEquals("signet keygen: -S and " + words[0] + " cannot be used together [SUCCESSOR_CONFLICT]\n",
                    refused(keygen(args)), flag);
        }
        CliRun late = CliRun.runAt(Clock.fixed(Instant.parse("2026-12-15T00:00:00Z"), ZoneOffset.UTC), CliRun.seeded(1),
                "keygen", "-K", dir.toString(), "-S", PREDECESSOR);
        assertTrue(refused(late).contains("becomes inactive sooner than the prepublication period"), late.toString());
        assertTrue(refused(keygen("-S", "Kexample.test.+013+00001")).contains("file not found [KEY_FILE_MISSING]"));
    }

    /** Exit 1, nothing on stdout, one line on stderr; returns stderr. */
    private static String refused(CliRun r) {
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertEquals("", r.out());
        assertEquals(1, Peers.lines(r.err()).size(), r.err());
        return r.err();
    }

    /** Damaged predecessor files: one line naming the file and the field, exit 1, nothing written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated .private | private | Private-key-format: v1.3\\nAlgorithm: 13 (ECDSAP256SHA256)\\n | PrivateKey | KEY_FILE_TRUNCATED",
        "wrong algorithm line | private | Private-key-format: v1.3\\nAlgorithm: 8 (RSASHA256)\\nPrivateKey: BW61z3afAqVBN53s1cm0VKlL4BW0Ef/FZXMjGbtCl8c=\\n | Algorithm | BAD_ALGORITHM_LINE",
        "bad base64 | private | Private-key-format: v1.3\\nAlgorithm: 13 (ECDSAP256SHA256)\\nPrivateKey: BW61z3af*qVB\\n | PrivateKey | BAD_BASE64",
        "unknown field | private | Private-key-format: v1.3\\nAlgorithm: 13 (ECDSAP256SHA256)\\nPrivateKey: BW61z3afAqVBN53s1cm0VKlL4BW0Ef/FZXMjGbtCl8c=\\nFavourite: 7\\n | Favourite | UNKNOWN_FIELD",
        "truncated .key | key | ; This is a key-signing key, keyid 43605, for example.test.\\n | DNSKEY | KEY_FILE_TRUNCATED",
        "missing .private | private | - | - | KEY_FILE_MISSING"})
    void damagedKeyFiles(String what, String which, String content, String field, String code) throws IOException {
        Path pred = copy(PREDECESSOR);
        Path damaged = which.equals("key") ? KeyFiles.keyFile(pred) : KeyFiles.privateFile(pred);
        if (content.equals("-")) {
            Files.delete(damaged);
        } else {
            Files.writeString(damaged, content.replace("\\n", "\n"), StandardCharsets.ISO_8859_1);
        }
        String err = refused(keygen("-S", PREDECESSOR)).strip();
        assertTrue(err.startsWith("signet keygen: " + damaged + ":"), err);
        if (!field.equals("-")) {
            assertTrue(err.contains(" " + field + ": "), "names the field: " + err);
        }
        assertTrue(err.endsWith("[" + code + "]"), err);
        try (var files = Files.list(dir)) {
            assertEquals(content.equals("-") ? 1 : 2, files.count(), "no key was written");
        }
    }
}

package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dnssec-keygen and signet keygen with the same options write the same files, modulo the key
 * material and so the key tag: every option, BIND's date rules, -S successors of BIND-made
 * keys, and the command lines both refuse. Signet runs at the second BIND recorded as Created,
 * in the same time zone, so every date and ctime comment must match exactly.
 */
class KeygenInteropTest {

    private static final Pattern CREATED = Pattern.compile("(?m)^Created: (\\d{14})$");
    private static final Pattern BASE = Pattern.compile("K(.*)\\+(\\d{3})\\+(\\d{5})");

    @TempDir
    Path scratch;

    private int runs;

    /** What one tool produced for one command line. */
    record Output(int code, String base, String key, String priv, List<String> err) {
    }

    private static String[] words(String args) {
        return args.trim().isEmpty() ? new String[0] : args.trim().split(" +");
    }

    private Output bind(Path dir, String args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-K", dir.toString()));
        cmd.addAll(List.of(words(args)));
        Peers.Result r = Peers.run(dir, scratch, cmd.toArray(new String[0]));
        return output(dir, r.code(), r.out().strip(), r.err(), "dnssec-keygen: ");
    }

    private Output signet(Path dir, String args, Instant at, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("keygen", "-K", dir.toString()));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of(words(args)));
        CliRun r = CliRun.runAt(Clock.fixed(at, ZoneId.systemDefault()), CliRun.seeded(++runs), cmd.toArray(new String[0]));
        return output(dir, r.code(), r.out().strip(), r.err(), "signet keygen: ");
    }

    private static Output output(Path dir, int code, String base, String err, String program) throws IOException {
        List<String> messages = new ArrayList<>();
        for (String l : Peers.lines(err)) {
            // BIND continues a message on lines starting with a tab; Signet writes one line.
            String m = l.startsWith(program) ? l.substring(program.length()) : l;
            if (l.startsWith("\t") && !messages.isEmpty()) {
                messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " " + l.strip());
            } else {
                messages.add(m.replaceAll(" \\[[A-Z_]+]$", ""));
            }
        }
        if (code != 0) {
            return new Output(code, null, null, null, messages);
        }
        return new Output(code, base, read(dir.resolve(base + ".key")), read(dir.resolve(base + ".private")), messages);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    /** A file with the key material and the tags taken out. */
    static String normalize(String text, int... tags) {
        String s = text.replaceAll("(?m)^((?:Modulus|PrivateExponent|Prime1|Prime2|Exponent1|Exponent2|Coefficient"
                + "|PrivateKey): ).*$", "$1<secret>");
        Matcher m = Pattern.compile("(?m)( DNSKEY \\d+ \\d+ \\d+ )(.*)$").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "<" + m.group(2).replace(" ", "").length()
                    + " base64 characters>"));
        }
        m.appendTail(sb);
        s = sb.toString();
        for (int t : tags) {
            s = s.replaceAll("\\b" + t + "\\b", "TAG");
        }
        return s;
    }

    private static int tag(String base) {
        Matcher m = BASE.matcher(base);
        assertTrue(m.matches(), base);
        return Integer.parseInt(m.group(3));
    }

    private static Instant created(Output o) {
        Matcher m = CREATED.matcher(o.priv());
        if (!m.find()) {
            return Instant.now(); // -C: no dates at all
        }
        return dev.signet.core.time.BindTime.parseStamp(m.group(1));
    }

    private Path fresh(String name) throws IOException {
        return Files.createDirectories(scratch.resolve(name + "-" + (++runs)));
    }

    /** Both tools with the same options: same exit status, file names, files and messages. */
    private void same(String args, String... signetExtra) throws Exception {
        Path b = fresh("bind");
        Path s = fresh("signet");
        Output bo = bind(b, args);
        assertEquals(0, bo.code(), "dnssec-keygen " + args + ": " + bo.err());
        Output so = signet(s, args, created(bo), signetExtra);
        assertEquals(0, so.code(), "signet keygen " + args + ": " + so.err());
        Matcher bm = BASE.matcher(bo.base());
        Matcher sm = BASE.matcher(so.base());
        assertTrue(bm.matches() && sm.matches(), bo.base() + " / " + so.base());
        assertEquals(bm.group(1) + "+" + bm.group(2), sm.group(1) + "+" + sm.group(2), args);
        assertEquals(normalize(bo.key(), tag(bo.base())), normalize(so.key(), tag(so.base())), args + " (.key)");
        assertEquals(normalize(bo.priv()), normalize(so.priv()), args + " (.private)");
        assertEquals(bo.err(), so.err(), args + " (messages)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "-a ECDSAP256SHA256 example.test",
        "-a 13 -f KSK example.test",
        "-a ED25519 -f KSK -f REVOKE example.test",
        "-a ED448 -L 3600 example.test",
        "-a ECDSAP384SHA384 -L 1w2d example.test",
        "-a ECDSA256 -L 0 example.test",
        "-a RSASHA256 -b 1024 example.test",
        "-a RSASHA512 -b 1024 -f ksk example.test",
        "-a 13 -C example.test",
        "-a 15 -C -L 300 -f KSK example.test",
        "-a 13 -G example.test",
        "-a 13 -G -I +1d example.test",
        "-a 13 -P 20270101 -A 20270102000000 -R 20280101 -I 20290101 -D 20300101 -P sync 20270103 -D sync 20300102 -f KSK example.test",
        "-a 13 -P now+1d -A +2d -I +1w -D +5w example.test",
        "-a 13 -A +10d example.test",
        "-a 13 -P none -A +1d example.test",
        "-a 13 -A none example.test",
        "-a 13 -P - -A -3 example.test",
        "-a 13 -P 1893456000 -A 1893456000+1mo example.test",
        "-a 13 -i 5d example.test",
        "-a 13 -P +1d -i 2d example.test",
        "-a 13 -A +10d -i 3d example.test",
        "-a 13 -I -1d -D -2d example.test",
        "-a 13 -R +1d example.test",
        "-a 13 -c CH example.test",
        "-a 13 -n ZONE -p 3 -T DNSKEY -q -v 0 example.test",
        "-a 13 -3 example.test",
        "-a 13 -Psync now -Dsync +1y example.test",
        "-a 13 -P dnskey +1h example.test",
        "-a 13 We\\.ird\\$Name.Example.TEST",
        "-a 16 .",
        "-a 13 relative"})
    void sameFilesAsDnssecKeygen(String args) throws Exception {
        Peers.require("dnssec-keygen");
        same(args);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-a RSASHA1 -b 1024 example.test", "-a RSASHA1 -3 -b 1024 example.test",
        "-a NSEC3RSASHA1 -b 1024 -f KSK example.test"})
    void deprecatedAlgorithmsWithAllowDeprecated(String args) throws Exception {
        Peers.require("dnssec-keygen");
        same(args, "--allow-deprecated");
    }

    /** Command lines BIND refuses are refused by Signet too, and neither writes a file. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "-a 13 -G -P now example.test",
        "-a 13 -C -P now example.test",
        "-a 13 -C -G example.test",
        "-a 13 -P +1d -A +2d -i 5d example.test",
        "-a 13 -A +1d -i 5d example.test",
        "-a FOO example.test",
        "-a DSA example.test",
        "-a DH example.test",
        "-a 13 -n HOST example.test",
        "-a 13 -p 4 example.test",
        "-a 13 -f foo example.test",
        "-a 13 -L foo example.test",
        "-a RSASHA256 -b 512 example.test",
        "-a 13 -P foo example.test",
        "-a 13 -I +2m example.test",
        "-a 13 -P now -P now example.test",
        "-a 13 -P sync now -P sync now example.test",
        "-a 13 example.test -P sync",
        "-a 13",
        "example.test",
        "-a 13 a..b",
        "-T KEY -a 13 example.test"})
    void refusedByBoth(String args) throws Exception {
        Peers.require("dnssec-keygen");
        Path b = fresh("bind");
        Path s = fresh("signet");
        Output bo = bind(b, args);
        Output so = signet(s, args, Instant.now());
        assertNotEquals(0, bo.code(), "dnssec-keygen " + args);
        assertNotEquals(0, so.code(), "signet keygen " + args);
        for (Path d : new Path[] {b, s}) {
            try (Stream<Path> files = Files.list(d)) {
                assertEquals(0, files.count(), args + ": nothing written in " + d);
            }
        }
    }

    /** -S of a BIND-made key: the successor's dates and numbers, and the predecessor's update. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-a 13 -f KSK -L 300 -I +60d -D +90d | ",
        "-a 8 -b 1024 -I +40d -D +50d | -i 1w",
        "-a 15 -f KSK -I +45d -D +60d | -i 10d -I +100d -D +120d -L 600",
        "-a 13 -I +60d | "})
    void successorOfABindKey(String spec) throws Exception {
        Peers.require("dnssec-keygen");
        String[] parts = spec.split("\\|", -1);
        Path b = fresh("bind");
        Path s = fresh("signet");
        Output pred = bind(b, parts[0].trim() + " example.test");
        assertEquals(0, pred.code(), pred.err().toString());
        for (String ext : new String[] {".key", ".private"}) {
            Files.copy(b.resolve(pred.base() + ext), s.resolve(pred.base() + ext));
        }
        String args = "-S " + pred.base() + " " + parts[1].trim();
        Output bs = bind(b, args);
        assertEquals(0, bs.code(), bs.err().toString());
        Output ss = signet(s, args, created(bs));
        assertEquals(0, ss.code(), ss.err().toString());
        int bTag = tag(bs.base());
        int sTag = tag(ss.base());
        assertEquals(normalize(bs.key(), bTag), normalize(ss.key(), sTag), args + " (.key)");
        assertEquals(normalize(bs.priv()), normalize(ss.priv()), args + " (.private, Predecessor: included)");
        assertTrue(ss.priv().contains("\nPredecessor: " + tag(pred.base()) + "\n"), ss.priv());
        assertEquals(bs.err(), ss.err(), "the same warnings");

        assertEquals(read(b.resolve(pred.base() + ".key")), read(s.resolve(pred.base() + ".key")),
                "the predecessor's .key as BIND rewrites it");
        String bPred = read(b.resolve(pred.base() + ".private"));
        String sPred = read(s.resolve(pred.base() + ".private"));
        assertTrue(bPred.contains("\nSuccessor: " + bTag + "\n") && sPred.contains("\nSuccessor: " + sTag + "\n"), sPred);
        assertEquals(normalize(bPred, bTag), normalize(sPred, sTag));
    }

    @Test
    void aSuccessorNeedsAnInactivationDate() throws Exception {
        Peers.require("dnssec-keygen");
        Path b = fresh("bind");
        Output pred = bind(b, "-a 13 example.test");
        Output bs = bind(b, "-S " + pred.base());
        Output ss = signet(b, "-S " + pred.base(), Instant.now());
        assertEquals(1, bs.code());
        assertEquals(1, ss.code());
        String expected = "Key example.test/ECDSAP256SHA256/" + tag(pred.base()) + " has no inactivation date.";
        assertTrue(bs.err().get(0).startsWith("fatal: " + expected), bs.err().toString());
        assertTrue(ss.err().get(0).startsWith(expected), ss.err().toString());
    }

    /** Damaged predecessor files: BIND refuses them, and Signet names the file and the field. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "algorithm", "base64", "unknown", "missing", "key"})
    void damagedKeyFilesAreRefusedByBoth(String damage) throws Exception {
        Peers.require("dnssec-keygen");
        Path d = fresh("damaged");
        String base = "Kexample.test.+013+43605";
        for (String ext : new String[] {".key", ".private"}) {
            Files.copy(CliRun.testdata("keys/bind/" + base + ext), d.resolve(base + ext));
        }
        Path priv = d.resolve(base + ".private");
        String text = read(priv);
        String field;
        switch (damage) {
            case "truncated" -> {
                Files.writeString(priv, text.substring(0, text.indexOf("PrivateKey:")));
                field = "PrivateKey";
            }
            case "algorithm" -> {
                Files.writeString(priv, text.replace("Algorithm: 13 (ECDSAP256SHA256)", "Algorithm: 8 (RSASHA256)"));
                field = "Algorithm";
            }
            case "base64" -> {
                Files.writeString(priv, text.replaceAll("PrivateKey: .*", "PrivateKey: BW61z3af*qVB"));
                field = "PrivateKey";
            }
            case "unknown" -> {
                Files.writeString(priv, text + "Favourite: 7\n");
                field = "Favourite";
            }
            case "missing" -> {
                Files.delete(priv);
                field = null;
            }
            default -> {
                priv = d.resolve(base + ".key");
                Files.writeString(priv, "; nothing but a comment\n");
                field = "DNSKEY";
            }
        }
        Output bo = bind(d, "-S " + base);
        Output so = signet(d, "-S " + base, Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(1, bo.code(), damage);
        assertEquals(1, so.code(), damage);
        assertEquals(1, so.err().size(), so.err().toString());
        String line = so.err().get(0);
        assertTrue(line.startsWith(priv + ":"), line);
        if (field != null) {
            assertTrue(line.contains(" " + field + ": "), line);
        }
    }
}

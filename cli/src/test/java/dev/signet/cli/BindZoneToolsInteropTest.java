package dev.signet.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every zone under testdata/parser and testdata/zones through named-checkzone and
 * named-compilezone and through signet checkzone and compilezone (in process):
 * <ul>
 *   <li>the file's {@code ; expect:} header agrees with BIND;
 *   <li>signet reaches the same verdict; when BIND rejects, signet's first error names the
 *       header's line;
 *   <li>when BIND accepts, {@code -s full -o -} output is the same, line for line.
 * </ul>
 * BIND runs in the case's directory, since it resolves {@code $INCLUDE} paths against its working
 * directory; signet gets the same directory with {@code -w}. BIND runs with {@code -i local} so
 * that the test makes no DNS queries: signet's default {@code full} checks what {@code local} does.
 */
class BindZoneToolsInteropTest {

    private static final Pattern ZONE = Pattern.compile("^; zone: *(\\S+)");
    private static final Pattern EXPECT = Pattern.compile("^; expect: *(ok|error)(?: +(\\d+))?");

    @TempDir
    Path scratch;

    static Stream<Path> zoneFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"parser", "zones"}) {
            try (Stream<Path> s = Files.list(CliRun.testdata(dir))) {
                s.filter(p -> p.getFileName().toString().endsWith(".db")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /** The {@code ; zone:} and {@code ; expect:} header of a case. */
    record Header(String zone, boolean ok, Integer line) {
        static Header read(Path file) throws IOException {
            String zone = null;
            Boolean ok = null;
            Integer line = null;
            for (String l : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                Matcher z = ZONE.matcher(l);
                Matcher e = EXPECT.matcher(l);
                if (zone == null && z.find()) {
                    zone = z.group(1);
                } else if (ok == null && e.find()) {
                    ok = e.group(1).equals("ok");
                    line = e.group(2) == null ? null : Integer.valueOf(e.group(2));
                }
            }
            if (zone == null || ok == null) {
                fail(file + " needs a header: '; zone: <name>' and '; expect: ok' or '; expect: error <line>'");
            }
            return new Header(zone, ok, line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoneFiles")
    void sameVerdictAndSameZoneAsBind(Path file) throws Exception {
        Peers.require("named-checkzone");
        Peers.require("named-compilezone");
        Header h = Header.read(file);
        Path dir = file.getParent();
        String name = file.getFileName().toString();

        Peers.Result bind = Peers.run(dir, scratch, "named-checkzone", "-i", "local", h.zone(), name);
        if (h.ok()) {
            assertEquals(0, bind.code(), "the header says ok but BIND rejects " + name + ":\n" + bind);
        } else {
            assertEquals(1, bind.code(), "the header says error but BIND accepts " + name + ":\n" + bind);
            Integer bindLine = firstBindErrorLine(bind.out(), name);
            if (bindLine != null && h.line() != null) {
                assertEquals(h.line(), bindLine, "BIND's first error is elsewhere:\n" + bind);
            }
        }

        CliRun signet = CliRun.run("checkzone", "-w", dir.toString(), h.zone(), name);
        assertEquals(bind.code(), signet.code(), "verdicts differ for " + name + "\nBIND: " + bind + "\nsignet: " + signet);
        if (!h.ok() && h.line() != null) {
            assertEquals(h.line(), firstSignetErrorLine(signet.out(), name), "signet's first error line:\n" + signet);
        }
        if (bind.code() != 0) {
            return;
        }

        Peers.Result bindDump = Peers.run(dir, scratch, "named-compilezone", "-i", "local", "-s", "full", "-o", "-", h.zone(), name);
        CliRun signetDump = CliRun.run("compilezone", "-w", dir.toString(), "-s", "full", "-o", "-", h.zone(), name);
        assertEquals(bindDump.code(), signetDump.code(), "compilezone verdicts differ\nBIND: " + bindDump + "\nsignet: " + signetDump);
        if (bindDump.code() == 0) {
            assertEquals(normalise(bindDump.out()), normalise(signetDump.out()), "-s full output of " + name);
            assertTrue(signetDump.err().endsWith("OK\n"), signetDump.err());
        }
    }

    /** The line of BIND's first error message naming the file (its warnings filtered out). */
    private static Integer firstBindErrorLine(String output, String name) {
        Pattern at = Pattern.compile(Pattern.quote(name) + ":(\\d+):");
        for (String l : Peers.lines(output)) {
            if (l.contains("warning:") || l.contains("TTL set to prior TTL") || l.contains("out-of-zone")
                    || l.contains("MAXTTL") || l.contains("MINTTL") || l.contains("RFC1035 TTL")
                    || l.contains("does not end with newline") || l.contains("loading from master file")) {
                continue;
            }
            Matcher m = at.matcher(l);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** The line signet's first error (not warning) names. */
    private static Integer firstSignetErrorLine(String output, String name) {
        Pattern at = Pattern.compile("(?:^|/)" + Pattern.quote(name) + ":(\\d+)[:]");
        for (String l : Peers.lines(output)) {
            int colon = l.indexOf(": ");
            String finding = colon < 0 ? l : l.substring(colon + 2);
            if (finding.contains(": warning: ")) {
                continue;
            }
            Matcher m = at.matcher(finding);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        fail("no error line in:\n" + output);
        return null;
    }

    /**
     * The output lines, with one allowance: rdata in the RFC 3597 generic form ({@code \# 4 0a0b0c0d})
     * is compared as its octets, since how the hex is cased and split is the rdata registry's
     * presentation choice, not the zone's content. Every other character must be equal.
     */
    static List<String> normalise(String text) {
        List<String> out = new ArrayList<>();
        for (String l : Peers.lines(text)) {
            int generic = l.indexOf("\t\\# ");
            if (generic >= 0) {
                String[] words = l.substring(generic + 4).trim().split("\\s+");
                StringBuilder hex = new StringBuilder();
                for (int i = 1; i < words.length; i++) {
                    hex.append(words[i].toUpperCase(java.util.Locale.ROOT));
                }
                l = l.substring(0, generic) + "\t\\# " + words[0] + (hex.length() > 0 ? " " + hex : "");
            }
            out.add(l);
        }
        return out;
    }
}

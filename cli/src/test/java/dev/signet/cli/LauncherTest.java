package dev.signet.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/signet run through a link named after a BIND tool runs the matching command: each name
 * the launcher maps leads to a command signet has, and the key, signing and verifying tools are
 * among them. (Running the launcher itself would start a nested Maven build.)
 */
class LauncherTest {

    /** A case branch of the launcher: {@code dnssec-keygen)     set -- keygen "$@" ;;}. */
    private static final Pattern BRANCH = Pattern.compile("(?m)^\\s*([a-z-]+)\\)\\s+set -- ([a-z]+) \"\\$@\" ;;");

    @Test
    void everyBindToolNameRunsAnExistingCommand() throws IOException {
        String launcher = Files.readString(CliRun.testdata("../bin/signet").normalize(), StandardCharsets.UTF_8);
        Map<String, String> links = new TreeMap<>();
        Matcher m = BRANCH.matcher(launcher);
        while (m.find()) {
            links.put(m.group(1), m.group(2));
        }
        assertEquals("keygen", links.get("dnssec-keygen"));
        assertEquals("keyfromlabel", links.get("dnssec-keyfromlabel"));
        assertEquals("dsfromkey", links.get("dnssec-dsfromkey"));
        assertEquals("checkzone", links.get("named-checkzone"));
        assertEquals("signzone", links.get("dnssec-signzone"));
        assertEquals("verify", links.get("dnssec-verify"));
        Set<String> commands = new CommandLine(new SignetCommand(new Streams(System.in, System.out, System.err)))
                .getSubcommands().keySet();
        for (Map.Entry<String, String> e : links.entrySet()) {
            assertTrue(commands.contains(e.getValue()),
                    e.getKey() + " runs '" + e.getValue() + "', which signet does not have");
        }
    }
}

package dev.signet.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.run("--version");
        assertEquals(Main.OK, v.code());
        // The version, then which crypto backend commands would use and why.
        assertTrue(v.out().matches("signet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\ncrypto: (java|openssl), .*\\)\\n"), v.out());
        assertEquals(v.out().substring(0, v.out().indexOf('\n') + 1), CliRun.run("checkzone", "-v").out(),
                "BIND's -v prints the version");

        CliRun help = CliRun.run("--help");
        assertEquals(Main.OK, help.code());
        assertTrue(help.out().contains("checkzone") && help.out().contains("compilezone"), help.out());

        CliRun helpCmd = CliRun.run("help", "compilezone");
        assertEquals(Main.OK, helpCmd.code());
        assertTrue(helpCmd.out().startsWith("Usage: signet compilezone"), helpCmd.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun none = CliRun.run();
        assertEquals(Main.USAGE, none.code());
        assertTrue(none.err().contains("a command is required"), none.err());
        assertEquals(Main.USAGE, CliRun.run("frobnicate").code());
        assertEquals(Main.USAGE, CliRun.run("checkzone", "-x", "example.com", "db").code());
        CliRun badMode = CliRun.run("checkzone", "-k", "maybe", "example.com", "db");
        assertEquals(Main.USAGE, badMode.code());
        assertTrue(badMode.err().contains("invalid argument 'maybe' (fail, warn or ignore)"), badMode.err());
        assertEquals(Main.USAGE, CliRun.run("checkzone", "-s", "pretty", "example.com", "db").code());
        assertEquals(Main.USAGE, CliRun.run("checkzone", "-f", "raw", "example.com", "db").code());
        assertEquals(Main.USAGE, CliRun.run("checkzone").code(), "the zone name is required");
        CliRun noOutput = CliRun.run("compilezone", "example.com", "db");
        assertEquals(Main.USAGE, noOutput.code());
        assertTrue(noOutput.err().contains("output file required"), noOutput.err());
    }
}

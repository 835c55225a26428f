package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The README's first set-up command (Signet's main job on the bundled example) must keep
 * working: this test reads it from the README itself and runs it in process, with its
 * {@code /tmp} outputs redirected to a temporary directory.
 */
class ReadmeExampleTest {

    @TempDir
    Path tmp;

    private static List<String> firstSetupCommand() throws Exception {
        Path readme = CliRun.testdata("").getParent().resolve("README.md");
        String text = Files.readString(readme);
        int setup = text.indexOf("## Set-up");
        assertTrue(setup >= 0, "README has a Set-up section");
        int start = text.indexOf("```sh\n", setup) + "```sh\n".length();
        String line = text.substring(start, text.indexOf('\n', start)).trim();
        assertTrue(line.startsWith("bin/signet "), "first set-up command runs bin/signet: " + line);
        return Arrays.asList(line.substring("bin/signet ".length()).split("\\s+"));
    }

    @Test
    void theReadmeExampleSignsTheBundledZoneAndTheResultVerifies() throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : firstSetupCommand()) {
            if (a.startsWith("testdata/")) {
                args.add(CliRun.testdata(a.substring("testdata/".length())).toString());
            } else if (a.equals("/tmp") || a.startsWith("/tmp/")) {
                args.add(tmp.resolve(a.substring("/tmp".length()).replaceFirst("^/", "")).toString());
            } else {
                args.add(a);
            }
        }
        assertEquals("signzone", args.get(0), "the README's main job is signing");
        CliRun sign = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, sign.code(), sign.err());
        assertTrue(sign.out().contains("Zone fully signed:"), sign.out());
        Path signed = tmp.resolve("example.com.signed");
        assertTrue(Files.size(signed) > 0);
        assertTrue(Files.exists(tmp.resolve("dsset-example.com.")));

        CliRun verify = CliRun.run("verify", "-o", "example.com", signed.toString());
        assertEquals(0, verify.code(), verify.err());
    }
}

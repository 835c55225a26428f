package dev.signet.hsm;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fresh SoftHSM2 tokens for one test class. SoftHSM reads {@code SOFTHSM2_CONF} and scans its
 * tokens once per process, at the first C_Initialize, so the build gives each test class a JVM of
 * its own whose {@code SOFTHSM2_CONF} points under target/ (see the pom); {@link #create} empties
 * that directory and initialises the tokens before any provider is configured. Without SoftHSM2
 * the test is skipped, naming what is missing, unless {@code CI} is set (then it fails).
 */
final class TestToken {

    static final String MODULE = "/usr/lib/softhsm/libsofthsm2.so";
    static final String PIN = "1234";
    static final String SO_PIN = "87654321";

    private TestToken() {
    }

    static void requireSoftHsm() {
        String missing = null;
        if (!Files.isRegularFile(Path.of(MODULE))) {
            missing = MODULE;
        } else if (!onPath("softhsm2-util")) {
            missing = "softhsm2-util";
        }
        if (missing != null) {
            String message = "SoftHSM2 is not installed: " + missing + " is missing (Debian: apt-get install softhsm2 opensc)";
            if (System.getenv("CI") != null) {
                Assertions.fail(message + "; CI is set, so the test must not be skipped");
            }
            Assumptions.abort(message);
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    /** Empties this JVM's SoftHSM directory and initialises one token per label (user PIN {@link #PIN}). */
    static Path create(String... labels) throws IOException, InterruptedException {
        requireSoftHsm();
        String conf = System.getenv("SOFTHSM2_CONF");
        Assertions.assertNotNull(conf, "SOFTHSM2_CONF must be set for the test JVM (the pom sets it)");
        Path dir = Path.of(conf).getParent();
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(Path.of(conf), "directories.tokendir = " + dir.resolve("tokens") + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
        for (String label : labels) {
            run("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", PIN);
        }
        return dir;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(p.waitFor(2, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        Assertions.assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }
}

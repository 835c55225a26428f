package dev.signet.core.testutil;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The peer tools core's interop tests compare against (BIND's named-checkzone,
 * named-compilezone, dnssec-*). A test needing one that is not on PATH is skipped on a
 * developer's machine but fails when the environment variable {@code CI} is set: CI installs
 * every peer, so a missing one there is a broken set-up, not a reason to pass. (The cli module's
 * tests follow the same rule with their own copy, as test classes are not shared between modules.)
 */
public final class Peers {

    private Peers() {
    }

    /** Returns if {@code tool} is on PATH; otherwise skips the test, or fails it under CI. */
    public static void require(String tool) {
        require(tool, System.getenv());
    }

    /** {@link #require(String)} against a given environment (for testing the rule itself). */
    public static void require(String tool, Map<String, String> env) {
        if (onPath(tool, env.get("PATH"))) {
            return;
        }
        String message = tool + " is not installed (Debian: apt-get install bind9-utils bind9-dnsutils ldnsutils)";
        if (env.get("CI") != null) {
            Assertions.fail(message + "; CI is set, so the interop test must not be skipped");
        }
        Assumptions.abort(message);
    }

    static boolean onPath(String tool, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A finished peer process. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs a tool in {@code dir} (after {@link #require}), its output captured in files there so
     * a long report cannot block a pipe, and waits up to ten minutes.
     */
    public static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        require(command.get(0));
        Path out = Files.createTempFile(dir, "peer", ".out");
        Path err = Files.createTempFile(dir, "peer", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                Assertions.fail("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@link #run}, failing the test unless the tool exits 0. */
    public static Result check(Path dir, List<String> command) throws IOException, InterruptedException {
        Result r = run(dir, command);
        Assertions.assertEquals(0, r.code(), String.join(" ", command) + "\n" + r);
        return r;
    }
}

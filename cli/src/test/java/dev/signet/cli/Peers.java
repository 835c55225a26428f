package dev.signet.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The peer tools interop tests compare against (BIND, ldns). A test needing one that is not on
 * PATH is skipped on a developer's machine, but fails when the environment variable {@code CI}
 * is set: CI installs every peer (see .ci/run), so a missing one there is a broken set-up, not
 * a reason to pass.
 */
final class Peers {

    private Peers() {
    }

    static void require(String tool) {
        require(tool, System.getenv());
    }

    /** {@link #require(String)} against a given environment (for testing the rule itself). */
    static void require(String tool, Map<String, String> env) {
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
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs a tool in {@code dir} and waits (at most two minutes) for it. */
    static Result run(Path dir, Path scratch, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "peer", ".out");
        Path err = Files.createTempFile(scratch, "peer", ".err");
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            Assertions.fail("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            out.add(l);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}

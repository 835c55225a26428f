package dev.signet.core.testutil;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        String message = tool + " is not installed (Debian: apt-get install bind9-utils bind9-dnsutils)";
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
}

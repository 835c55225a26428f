package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skip-or-fail rule of interop tests: skipped on a laptop without the tool, failed in CI. */
class PeersTest {

    private static final String MISSING = "no-such-peer-tool-for-signet";

    @Test
    void aMissingToolSkipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Peers.require(MISSING, Map.of("PATH", "/usr/bin:/bin")));
        assertTrue(e.getMessage().contains(MISSING + " is not installed"), e.getMessage());
    }

    @Test
    void aMissingToolFailsInCi() {
        assertThrows(AssertionFailedError.class,
                () -> Peers.require(MISSING, Map.of("PATH", "/usr/bin:/bin", "CI", "true")));
    }

    @Test
    void aToolOnThePathIsFound() {
        Peers.require("sh", Map.of("PATH", "/usr/bin:/bin", "CI", "true"));
    }
}

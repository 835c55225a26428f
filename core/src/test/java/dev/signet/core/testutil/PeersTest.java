package dev.signet.core.testutil;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PeersTest {

    @Test
    void aMissingToolSkipsOutsideCiAndFailsInCi() {
        Map<String, String> noTools = Map.of("PATH", "/nonexistent");
        assertThrows(TestAbortedException.class, () -> Peers.require("named-checkzone", noTools));
        assertThrows(AssertionFailedError.class,
                () -> Peers.require("named-checkzone", Map.of("PATH", "/nonexistent", "CI", "true")));
        Peers.require("sh", Map.of("PATH", "/bin:/usr/bin", "CI", "true"));
    }
}

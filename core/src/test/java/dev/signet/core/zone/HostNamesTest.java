package dev.signet.core.zone;

import dev.signet.core.name.Name;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on their own; one instance is reused throughout, as LoadChecks does. */
class HostNamesTest {

    private final HostNames rules = new HostNames();

    @Test
    void rulesDoNotSeeTheScratchOfAnEarlierLongerName() {
        assertTrue(rules.hasInnerWildcard(Name.of("a.*.b.example.")));
        assertFalse(rules.hasInnerWildcard(Name.ROOT));
        assertFalse(rules.hasInnerWildcard(Name.of("*.example.")));
        assertTrue(rules.isHostname(Name.of("a-b.c1.example."), false));
        assertTrue(rules.isHostname(Name.ROOT, false));
        assertFalse(rules.isHostname(Name.of("*.example."), false));
        assertTrue(rules.isHostname(Name.of("*.example."), true));
        assertFalse(rules.isHostname(Name.of("a.*.example."), true));
        assertTrue(rules.isMailbox(Name.of("first\\.last.example.")));
        assertTrue(rules.isMailbox(Name.ROOT));
        assertFalse(rules.isMailbox(Name.of("first\\032last.example.")));
        assertFalse(rules.isNsec3Owner(Name.ROOT));
        assertTrue(rules.isNsec3Owner(Name.of("0p9mhaveqvm6t7vbl5lop2u3t2rp3tom.example.")));
    }
}

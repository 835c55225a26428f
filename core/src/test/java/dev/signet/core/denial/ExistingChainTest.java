package dev.signet.core.denial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.rr.RRset;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules of dnssec-signzone 9.18 for a zone that already has a chain, each as observed with
 * BIND 9.18.49 (the message texts are BIND's).
 */
class ExistingChainTest {

    static final String BASE = "$TTL 3600\n$ORIGIN example.test.\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n"
            + "@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.2\nsub IN NS ns1\n";
    static final byte[] AABB = HexFormat.of().parseHex("aabb");

    /** The base zone with a chain built by the denial builders (what a signed zone carries). */
    static Zone withChain(DenialMode mode) {
        Zone unsigned = TestZones.parse(BASE, "example.test.");
        StringBuilder text = new StringBuilder(BASE);
        List<RRset> chain;
        if (mode instanceof DenialMode.Nsec3 p) {
            chain = Nsec3Chain.build(unsigned, p);
            text.append(p.nsec3paramRRset(unsigned.apex(), unsigned.rrClass())).append('\n');
        } else {
            chain = NsecChain.build(unsigned);
        }
        for (RRset s : chain) {
            text.append(s).append('\n');
        }
        return TestZones.parse(text.toString(), "example.test.");
    }

    static final Zone UNSIGNED = TestZones.parse(BASE, "example.test.");
    static final Zone NSEC = withChain(DenialMode.NSEC);
    static final Zone NSEC3 = withChain(DenialMode.nsec3(AABB, 2, false));
    static final Zone NSEC3_OPTOUT = withChain(DenialMode.nsec3(AABB, 2, true));

    static DenialMode resolve(Zone zone, DenialRequest request, boolean update) {
        return ExistingChain.of(zone).resolve(request, update).mode();
    }

    static String fatal(Zone zone, DenialRequest request, boolean update) {
        return assertThrows(TextException.class, () -> ExistingChain.of(zone).resolve(request, update)).detail();
    }

    @Test
    void withoutOptionsAnNsec3ZoneKeepsItsChainAndSaysSo() {
        ExistingChain.Resolution r = ExistingChain.of(NSEC3).resolve(DenialRequest.none(), false);
        assertEquals(DenialMode.nsec3(AABB, 2, false), r.mode());
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).contains("salt AABB, 2 iterations, no opt-out"), r.notices().toString());
        assertEquals(DenialMode.nsec3(AABB, 2, true), resolve(NSEC3_OPTOUT, DenialRequest.none(), false));
        assertEquals(DenialMode.NSEC, resolve(NSEC, DenialRequest.none(), false));
        assertEquals(DenialMode.NSEC, resolve(UNSIGNED, DenialRequest.none(), false));
    }

    @Test
    void aDifferentParameterWithoutMinusUIsFatal() {
        DenialRequest none = DenialRequest.none();
        assertEquals("An NSEC3 chain exists with a different salt. Use -u to update it.",
                fatal(NSEC3, none.withSalt(HexFormat.of().parseHex("ccdd")), false));
        assertEquals("An NSEC3 chain exists with different iterations. Use -u to update it.",
                fatal(NSEC3, none.withSalt(AABB).withIterations(5), false));
        assertEquals("An NSEC3 chain exists with different iterations. Use -u to update it.",
                fatal(NSEC3, none.withIterations(5), false));
        assertEquals("An NSEC3 chain exists without OPTOUT. Use -u -A to set it.",
                fatal(NSEC3, none.withOptOut(true), false));
        assertEquals("An NSEC3 chain exists with OPTOUT. Use -u -AA to clear it.",
                fatal(NSEC3_OPTOUT, none.withOptOut(false), false));
        assertEquals(DenialMode.nsec3(AABB, 2, true), resolve(NSEC3_OPTOUT, none.withOptOut(true), false));
        assertEquals("Zone contains NSEC records.  Use -u to update to NSEC3.", fatal(NSEC, none.withSalt(AABB), false));
    }

    @Test
    void minusUReplacesTheChainTakingUnsetParametersFromIt() {
        assertEquals(DenialMode.NSEC, resolve(NSEC3, DenialRequest.none(), true));
        assertEquals(DenialMode.nsec3(HexFormat.of().parseHex("ccdd"), 2, false),
                resolve(NSEC3, DenialRequest.none().withSalt(HexFormat.of().parseHex("ccdd")), true));
        assertEquals(DenialMode.nsec3(AABB, 0, false), resolve(NSEC, DenialRequest.none().withSalt(AABB), true));
    }

    @Test
    void iterationsOrOptOutWithoutSaltStayNsec() {
        assertEquals(DenialMode.NSEC, resolve(NSEC, DenialRequest.none().withIterations(3), false));
        assertEquals(DenialMode.NSEC, resolve(NSEC, DenialRequest.none().withOptOut(true), false));
        assertEquals(DenialMode.NSEC, resolve(UNSIGNED, DenialRequest.none().withIterations(3).withOptOut(true), false));
    }

    @Test
    void theExistingChainIsRead() {
        assertTrue(ExistingChain.of(NSEC).hasNsec());
        assertTrue(ExistingChain.of(NSEC3).hasNsec3());
        assertTrue(!ExistingChain.of(UNSIGNED).hasNsec() && !ExistingChain.of(UNSIGNED).hasNsec3());
    }
}

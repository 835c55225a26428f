package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** RFC 4034 §6.2 as corrected by RFC 6840 §5.1: names lower-cased for exactly the CanonicalForm types. */
class CanonicalFormTest {

    static final java.util.List<RrType> TYPES = RandomRdata.TYPES;

    /**
     * The same random stream with and without lower-cased names: for listed types the canonical
     * form of the mixed-case rdata is exactly the lower-case-names rdata (so only name octets
     * change, all of them); for other types nothing changes.
     */
    @ParameterizedTest
    @FieldSource("TYPES")
    void canonicalFormLowercasesNamesExactlyForListedTypes(RrType type) {
        boolean changedSomething = false;
        for (int i = 0; i < 200; i++) {
            long seed = 0xCA70_0000L + type.code() * 1000L + i;
            byte[] mixed = new RandomRdata(seed, false).generate(type);
            byte[] lower = new RandomRdata(seed, true).generate(type);
            byte[] canonical = RdataCodecs.canonical(type, Rdata.of(mixed));
            if (CanonicalForm.lowercasesNames(type)) {
                assertArrayEquals(lower, canonical, type + " sample " + i);
                assertArrayEquals(lower, RdataCodecs.canonical(type, Rdata.of(lower)), type + ": not idempotent");
            } else {
                assertArrayEquals(mixed, canonical, type + " must keep its case");
            }
            changedSomething |= !Arrays.equals(mixed, canonical);
        }
        assertEquals(CanonicalForm.lowercasesNames(type) && hasNames(type), changedSomething,
                type + ": canonical form changed " + (changedSomething ? "something" : "nothing"));
    }

    /**
     * The canonical form is defined for validated rdata only, but handed a truncation it must
     * refuse with BAD_RDATA_WIRE (never read past the array) or return a result.
     */
    @ParameterizedTest
    @FieldSource("TYPES")
    void truncatedRdataNeverReadsPastTheEnd(RrType type) {
        for (int i = 0; i < 50; i++) {
            byte[] wire = new RandomRdata(0xC0A7_0000L + type.code() * 100L + i, false).generate(type);
            for (int len = 0; len < wire.length; len++) {
                Rdata cut = Rdata.of(Arrays.copyOf(wire, len));
                try {
                    RdataCodecs.canonical(type, cut);
                } catch (TextException e) {
                    assertEquals("BAD_RDATA_WIRE", e.code(), type + " cut to " + len);
                }
            }
        }
    }

    private static boolean hasNames(RrType type) {
        byte[] a = new RandomRdata(1, false).generate(type);
        byte[] b = new RandomRdata(1, true).generate(type);
        for (int s = 2; s < 50 && Arrays.equals(a, b); s++) {
            a = new RandomRdata(s, false).generate(type);
            b = new RandomRdata(s, true).generate(type);
        }
        return !Arrays.equals(a, b);
    }

    @Test
    void rrsigSignerIsLowercasedButNotTheSignature() {
        Rdata rrsig = RdataRoundTripTest.parse(RrType.RRSIG,
                "A 8 3 3600 20300101000000 20260101000000 12345 Example.COM. QUJDREVG", "rrsig");
        byte[] canonical = RdataCodecs.canonical(RrType.RRSIG, rrsig);
        assertEquals("A 8 3 3600 20300101000000 20260101000000 12345 example.com. QUJDREVG",
                RdataCodecs.format(RrType.RRSIG, Rdata.of(canonical)));
    }

    @Test
    void nsecNextNameKeepsItsCase() {
        Rdata nsec = RdataRoundTripTest.parse(RrType.NSEC, "Host.Example.COM. A NSEC", "nsec");
        assertArrayEquals(nsec.toWire(), RdataCodecs.canonical(RrType.NSEC, nsec));
        assertTrue(!CanonicalForm.lowercasesNames(RrType.NSEC));
    }

    @Test
    void hinfoIsUntouched() {
        Rdata hinfo = RdataRoundTripTest.parse(RrType.HINFO, "\"INTEL\" \"LINUX\"", "hinfo");
        assertArrayEquals(hinfo.toWire(), RdataCodecs.canonical(RrType.HINFO, hinfo));
        assertTrue(!CanonicalForm.lowercasesNames(RrType.HINFO));
    }

    @Test
    void namesInOtherListedTypesAreLowercasedButTheirStringsAreNot() {
        assertCanonical(RrType.MX, "10 MAIL.Example.", "10 mail.example.");
        assertCanonical(RrType.SOA, "NS1.X. Host.X. 1 2 3 4 5", "ns1.x. host.x. 1 2 3 4 5");
        assertCanonical(RrType.RP, "Box.X. TXT.X.", "box.x. txt.x.");
        assertCanonical(RrType.SRV, "1 2 3 SIP.X.", "1 2 3 sip.x.");
        assertCanonical(RrType.NAPTR, "1 2 \"U\" \"E2U+SIP\" \"!A!B!\" REPL.X.", "1 2 \"U\" \"E2U+SIP\" \"!A!B!\" repl.x.");
        assertCanonical(RrType.DNAME, "Target.X.", "target.x.");
    }

    @Test
    void unlistedTypesWithNamesKeepTheirCase() {
        for (String[] c : new String[][] {{"LP", "10 L64.Example."}, {"SVCB", "1 Target.Example. alpn=h2"},
            {"HTTPS", "0 Alias.Example."}}) {
            RrType t = RrType.parse(c[0]);
            Rdata r = RdataRoundTripTest.parse(t, c[1], c[0]);
            assertArrayEquals(r.toWire(), RdataCodecs.canonical(t, r), c[0]);
        }
    }

    @Test
    void canonicalComparisonIgnoresNameCaseOnlyForListedTypes() {
        Rdata upper = RdataRoundTripTest.parse(RrType.MX, "10 A.X.", "mx");
        Rdata lower = RdataRoundTripTest.parse(RrType.MX, "10 a.x.", "mx");
        assertEquals(0, RdataCodecs.compareCanonical(RrType.MX, upper, lower));
        Rdata nsecUpper = RdataRoundTripTest.parse(RrType.NSEC, "A.X. A", "nsec");
        Rdata nsecLower = RdataRoundTripTest.parse(RrType.NSEC, "a.x. A", "nsec");
        assertNotEquals(0, RdataCodecs.compareCanonical(RrType.NSEC, nsecUpper, nsecLower));
    }

    private static void assertCanonical(RrType type, String text, String expected) {
        Rdata r = RdataRoundTripTest.parse(type, text, text);
        assertEquals(expected, RdataCodecs.format(type, Rdata.of(RdataCodecs.canonical(type, r))), type.toString());
    }
}

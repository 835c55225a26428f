package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Seeded property tests over random well-formed rdata of every type with a codec: wire → text →
 * wire is the identity, text is stable, the {@code \#} form reads back to the same wire, and
 * validate() accepts what was generated and rejects (or cleanly round-trips) every truncation.
 */
class RdataRoundTripTest {

    private static final int SAMPLES = 300;
    private static final Name ORIGIN = Name.of("example.com.");

    static final java.util.List<RrType> TYPES = RandomRdata.TYPES;

    @Test
    void everyRegisteredTypeHasAGenerator() {
        for (int code = 0; code < 65536; code++) {
            RrType t = RrType.of(code);
            if (RdataCodecs.hasCodec(t)) {
                assertTrue(TYPES.contains(t), "no random generator for " + t);
            }
        }
        for (RrType t : TYPES) {
            assertTrue(RdataCodecs.hasCodec(t), "generator for a type without codec: " + t);
        }
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void wireToTextToWire(RrType type) {
        RandomRdata gen = new RandomRdata(0x5167_0000L + type.code(), false);
        for (int i = 0; i < SAMPLES; i++) {
            byte[] wire = gen.generate(type);
            String context = type + " sample " + i + " wire " + HexFormat.of().formatHex(wire);
            Rdata rdata = Rdata.of(wire);
            try {
                RdataCodecs.codec(type).validate(wire);
            } catch (TextException e) {
                fail(context + ": validate rejected generated rdata: " + e.getMessage());
            }
            String text = RdataCodecs.format(type, rdata);
            Rdata reparsed = parse(type, text, context + " text [" + text + "]");
            assertArrayEquals(wire, reparsed.toWire(), context + " text [" + text + "]");
            assertEquals(text, RdataCodecs.format(type, reparsed), context + ": text not stable");

            String generic = rdata.toString();
            assertArrayEquals(wire, parse(type, generic, context + " generic [" + generic + "]").toWire(), context);
        }
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void truncationsAreRejectedOrRoundTrip(RrType type) {
        RandomRdata gen = new RandomRdata(0x7A0C_0000L + type.code(), false);
        RdataCodec codec = RdataCodecs.codec(type);
        int rejected = 0;
        for (int i = 0; i < SAMPLES / 3; i++) {
            byte[] wire = gen.generate(type);
            for (int len = 0; len < wire.length; len++) {
                byte[] cut = Arrays.copyOf(wire, len);
                try {
                    codec.validate(cut);
                } catch (TextException e) {
                    assertEquals("BAD_RDATA_WIRE", e.code(), type + ": " + e.getMessage());
                    rejected++;
                    continue;
                }
                // Accepted: it must be real rdata of its own (e.g. TXT minus a whole string).
                String text = RdataCodecs.format(type, Rdata.of(cut));
                assertArrayEquals(cut, parse(type, text, type + " truncated [" + text + "]").toWire(),
                        type + " truncated to " + len + ": " + text);
            }
        }
        boolean emptyAccepted;
        try {
            codec.validate(new byte[0]);
            emptyAccepted = true;
        } catch (TextException e) {
            emptyAccepted = false;
        }
        // RFC 3123 §4: an APL RRset may list no prefixes; every other type needs an octet.
        assertEquals(type.equals(RrType.APL), emptyAccepted,
                type + ": empty rdata " + (emptyAccepted ? "accepted" : "rejected"));
        assertTrue(rejected > 0, type + ": no truncation was ever rejected");
    }

    /** Random octet strings: validate() either rejects them or they format and read back unchanged. */
    @ParameterizedTest
    @FieldSource("TYPES")
    void garbageIsRejectedOrRoundTrips(RrType type) {
        Random r = new Random(0x6A2B_0000L + type.code());
        RandomRdata gen = new RandomRdata(0x6A2C_0000L + type.code(), false);
        RdataCodec codec = RdataCodecs.codec(type);
        for (int i = 0; i < SAMPLES * 3; i++) {
            byte[] wire;
            if (i % 2 == 0) {
                wire = new byte[r.nextInt(40)];
                r.nextBytes(wire);
            } else {
                wire = gen.generate(type); // flip one octet of valid rdata
                if (wire.length > 0) {
                    wire[r.nextInt(wire.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            try {
                codec.validate(wire);
            } catch (TextException e) {
                assertEquals("BAD_RDATA_WIRE", e.code(), type + ": " + e.getMessage());
                continue;
            }
            String text = RdataCodecs.format(type, Rdata.of(wire));
            String context = type + " accepted " + HexFormat.of().formatHex(wire) + " as [" + text + "]";
            assertArrayEquals(wire, parse(type, text, context).toWire(), context);
        }
    }

    static Rdata parse(RrType type, String text, String context) {
        ZoneText.Words src = ZoneText.words(text);
        Rdata out;
        try {
            out = RdataCodecs.parse(type, src, ORIGIN);
        } catch (TextException e) {
            throw new AssertionError(context + ": " + e.getMessage(), e);
        }
        assertEquals(0, src.remaining(), context + ": words left over");
        return out;
    }
}

package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.testutil.TestData;
import dev.signet.core.text.TextException;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Soa, Rrsig, Nsec, Nsec3 and Nsec3Param: built from fields and from rdata, and back. */
class RdataViewsTest {

    @Test
    void viewsRoundTripRandomRdata() {
        for (int i = 0; i < 300; i++) {
            for (RrType t : List.of(RrType.SOA, RrType.RRSIG, RrType.NSEC, RrType.NSEC3, RrType.NSEC3PARAM)) {
                Rdata r = Rdata.of(new RandomRdata(0x71E0_0000L + i * 100L + t.code(), false).generate(t));
                Rdata back = switch (t.mnemonic()) {
                    case "SOA" -> Soa.from(r).toRdata();
                    case "RRSIG" -> Rrsig.from(r).toRdata();
                    case "NSEC" -> Nsec.from(r).toRdata();
                    case "NSEC3" -> Nsec3.from(r).toRdata();
                    default -> Nsec3Param.from(r).toRdata();
                };
                assertEquals(r, back, t + " " + r);
            }
        }
    }

    @Test
    void soaFromFields() {
        Soa soa = new Soa(Name.of("ns1.example."), Name.of("hostmaster.example."), 4294967295L, 7200, 3600,
                1209600, 300);
        assertEquals("ns1.example. hostmaster.example. 4294967295 7200 3600 1209600 300", soa.toString());
        assertEquals(soa, Soa.from(soa.toRdata()));
        assertEquals(5, soa.withSerial(5).serial());
        assertThrows(IllegalArgumentException.class, () -> soa.withSerial(1L << 32));
    }

    @Test
    void rrsigSignedDataPrefixMatchesRfc5702Vector() throws Exception {
        // RFC 5702 §6.1: the signed data starts with the RRSIG rdata minus the signature.
        List<ZoneText.Line> zone = ZoneText.records(TestData.path("vectors/rfc5702/example-6.1-rsasha256.zone"),
                Name.of("example.net."));
        Rrsig sig = zone.stream().map(ZoneText.Line::record).filter(r -> r.type().equals(RrType.RRSIG))
                .map(r -> Rrsig.from(r.rdata())).findFirst().orElseThrow();
        byte[] signedData = HexFormat.of().parseHex(
                Files.readString(TestData.path("vectors/rfc5702/rrsig-6.1-rsasha256.signed-data.hex")).trim());
        byte[] prefix = sig.signedDataPrefix();
        assertArrayEquals(Arrays.copyOf(signedData, prefix.length), prefix);
        assertEquals(sig.signedDataPrefixLength(), prefix.length);
    }

    @Test
    void rrsigPrefixLowercasesTheSignerAndLeavesTheRdataAlone() {
        Rrsig sig = Rrsig.of(RrType.A, 13, 3, 3600, 0xFFFF_FFFFL, 0x8000_0000L, 65535, Name.of("Example.COM."),
                new byte[] {1, 2, 3});
        assertEquals(0xFFFF_FFFFL, sig.expiration());
        assertEquals(0x8000_0000L, sig.inception());
        byte[] prefix = new byte[sig.signedDataPrefixLength() + 4];
        int end = sig.writeSignedDataPrefix(prefix, 4);
        assertEquals(prefix.length, end);
        assertEquals("0001" + "0d" + "03" + "00000e10" + "ffffffff" + "80000000" + "ffff" + "076578616d706c6503636f6d00",
                HexFormat.of().formatHex(prefix, 4, end));
        assertEquals("A 13 3 3600 21060207062815 20380119031408 65535 Example.COM. AQID",
                RdataCodecs.format(RrType.RRSIG, sig.toRdata()));
        assertEquals(sig, Rrsig.from(sig.toRdata()));
    }

    @Test
    void unsignedRrsigTemplateHasAPrefixButNoRdata() {
        Rrsig template = Rrsig.of(RrType.MX, 8, 2, 300, 2000, 1000, 7, Name.of("example.net."), new byte[0]);
        assertEquals(0, template.signatureLength());
        assertThrows(IllegalStateException.class, template::toRdata);
        Rrsig signed = template.withSignature(new byte[] {9});
        assertArrayEquals(template.signedDataPrefix(), signed.signedDataPrefix());
        assertArrayEquals(new byte[] {9}, signed.signature());
    }

    @Test
    void rrsigRejectsASignerWithMoreLabelsThanTheLabelsField() {
        assertThrows(IllegalArgumentException.class,
                () -> Rrsig.of(RrType.A, 8, 1, 0, 0, 0, 0, Name.of("a.example."), new byte[] {1}));
    }

    @Test
    void nsecView() {
        Nsec nsec = new Nsec(Name.of("Host.example."), TypeBitmap.of(RrType.NSEC, RrType.A, RrType.RRSIG));
        assertEquals("Host.example. A RRSIG NSEC", nsec.toString());
        assertEquals(nsec, Nsec.from(nsec.toRdata()));
        assertThrows(IllegalArgumentException.class, () -> new Nsec(Name.ROOT, TypeBitmap.EMPTY));
        TextException e = assertThrows(TextException.class, () -> Nsec.from(Rdata.of(new byte[] {0})));
        assertEquals("BAD_RDATA_WIRE", e.code());
    }

    @Test
    void nsec3View() {
        byte[] hash = Base32Hex.decode("2t7b4g4vsa5smi47k61mv5bv1a22bojr");
        Nsec3 n = Nsec3.of(1, 1, 12, HexFormat.of().parseHex("aabbccdd"), hash, TypeBitmap.EMPTY);
        assertTrue(n.isOptOut());
        assertEquals("1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", n.toString());
        assertEquals(n, Nsec3.from(n.toRdata()));
        assertEquals(Nsec3Param.of(1, 1, 12, HexFormat.of().parseHex("aabbccdd")), n.parameters());
        assertFalse(Nsec3.of(1, 0, 0, new byte[0], hash, TypeBitmap.of(RrType.A)).isOptOut());
        assertThrows(IllegalArgumentException.class, () -> Nsec3.of(1, 0, 0, new byte[0], new byte[19], TypeBitmap.EMPTY));
        byte[] copy = n.salt();
        copy[0] = 0;
        assertEquals((byte) 0xAA, n.salt()[0], "views must not expose their arrays");
    }

    @Test
    void nsec3ParamView() {
        Nsec3Param p = Nsec3Param.of(1, 0, 0, new byte[0]);
        assertEquals("1 0 0 -", p.toString());
        assertEquals(p, Nsec3Param.from(p.toRdata()));
        assertThrows(TextException.class, () -> Nsec3Param.from(Rdata.of(new byte[] {1, 0, 0, 0, 1})));
    }
}

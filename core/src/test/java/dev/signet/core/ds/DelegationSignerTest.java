package dev.signet.core.ds;

import dev.signet.core.crypto.DigestType;
import dev.signet.core.crypto.VectorFiles;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Ds;
import dev.signet.core.rdata.KeyTag;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key tags and DS digests of the RFC examples equal the published values. */
class DelegationSignerTest {

    /** Each file holds a DNSKEY and the DS the RFC publishes for it. */
    @ParameterizedTest
    @CsvSource({
        "rfc4034/ds-5.4-example.zone, 60485",
        "rfc4509/ds-sha256-2.3-example.zone, 60485",
        "rfc6605/example-6.1-p256.zone, 55648",
        "rfc6605/example-6.2-p384.zone, 10771",
        "rfc8080/example-6.1-ed25519-3613.zone, 3613",
        "rfc8080/example-6.1-ed25519-35217.zone, 35217",
        "rfc8080/example-6.2-ed448-9713.zone, 9713",
        "rfc8080/example-6.2-ed448-38353.zone, 38353",
    })
    void publishedDsIsReproduced(String file, int tag) {
        Record key = VectorFiles.dnskeyRecord("vectors/" + file);
        Ds published = VectorFiles.ds("vectors/" + file);
        Dnskey dnskey = Dnskey.of(key.rdata());
        assertEquals(tag, dnskey.keyTag());
        assertEquals(tag, KeyTag.of(key.rdata().wireUnsafe()));
        assertEquals(tag, published.keyTag());
        DigestType type = DigestType.fromNumber(published.digestType());
        Ds computed = DelegationSigner.ds(key.owner(), dnskey, type);
        assertEquals(published, computed);
    }

    @Test
    void rfc4034KeyTag2642() {
        assertEquals(2642, VectorFiles.dnskey("vectors/rfc4034/dnskey-2.3-example.zone").keyTag());
    }

    @Test
    void rfc4034Sha1DigestAsPrinted() {
        Record key = VectorFiles.dnskeyRecord("vectors/rfc4034/ds-5.4-example.zone");
        Ds ds = DelegationSigner.ds(key.owner(), Dnskey.of(key.rdata()), DigestType.SHA1);
        assertEquals("60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", ds.toString());
    }

    @Test
    void ownerCaseDoesNotChangeTheDigest() {
        Record key = VectorFiles.dnskeyRecord("vectors/rfc4509/ds-sha256-2.3-example.zone");
        Ds lower = DelegationSigner.ds(key.owner(), Dnskey.of(key.rdata()), DigestType.SHA256);
        Ds upper = DelegationSigner.ds(Name.of("DSKEY.Example.COM."), Dnskey.of(key.rdata()), DigestType.SHA256);
        assertEquals(lower, upper);
        assertEquals("D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A", upper.digestHex());
    }

    /** Derived cross-tool values of rfc4509/README.md (SHA-384 by dnssec-dsfromkey). */
    @Test
    void sha384OfTheRfc4034Key() {
        Record key = VectorFiles.dnskeyRecord("vectors/rfc4509/ds-sha256-2.3-example.zone");
        Ds ds = DelegationSigner.ds(key.owner(), Dnskey.of(key.rdata()), DigestType.SHA384);
        assertEquals("AB64DBEBE13C0B6BAE558B78CCAB93B836F8ADA4CBED2D4484A8715A819DE7B9E846315E70EA5D884B377394BDAF16A3",
                ds.digestHex());
    }

    /** RFC 7344: CDS/CDNSKEY carry the DS/DNSKEY rdata (derived file of rfc7344/). */
    @Test
    void cdsAndCdnskeyMatchTheDerivedVectors() {
        var recs = VectorFiles.records("vectors/rfc7344/derived-cds-cdnskey-from-rfc6605.zone");
        Record cds = recs.stream().filter(r -> r.type().equals(RrType.CDS)).findFirst().orElseThrow();
        Record cdnskey = recs.stream().filter(r -> r.type().equals(RrType.CDNSKEY)).findFirst().orElseThrow();
        Dnskey key = Dnskey.of(cdnskey.rdata());
        assertEquals(cds, DelegationSigner.cdsRecord(cds.owner(), RrClass.IN, 3600, key, DigestType.SHA256));
        assertEquals(cdnskey, DelegationSigner.cdnskeyRecord(cdnskey.owner(), RrClass.IN, 3600, key));
    }

    /** RFC 8078 §4 delete signals, in the erratum 5049 form, equal the vector's wire bytes. */
    @Test
    void deleteSignals() {
        var recs = VectorFiles.records("vectors/rfc8078/cds-delete.zone");
        Name owner = Name.of("example.com.");
        Record cds = DelegationSigner.cdsDelete(owner, RrClass.IN, 3600);
        Record cdnskey = DelegationSigner.cdnskeyDelete(owner, RrClass.IN, 3600);
        assertTrue(recs.contains(cds));
        assertTrue(recs.contains(cdnskey));
        assertEquals("0 0 0 00", RdataCodecs.format(RrType.CDS, cds.rdata()));
        assertEquals("0 3 0 AA==", RdataCodecs.format(RrType.CDNSKEY, cdnskey.rdata()));
        java.util.Map<String, String> wire = new java.util.HashMap<>();
        for (String l : readLines("vectors/rfc8078/cds-delete.rdata.hex")) {
            if (!l.startsWith("#") && !l.isBlank()) {
                String[] f = l.split("\\s+");
                wire.put(f[0], f[1]);
            }
        }
        assertEquals(wire.get("CDS"), java.util.HexFormat.of().formatHex(cds.rdata().wireUnsafe()));
        assertEquals(wire.get("CDNSKEY"), java.util.HexFormat.of().formatHex(cdnskey.rdata().wireUnsafe()));
        assertTrue(Ds.of(cds.rdata()).isDeleteSignal());
        assertTrue(Dnskey.of(cdnskey.rdata()).isDeleteSignal());
    }

    private static java.util.List<String> readLines(String rel) {
        try {
            return java.nio.file.Files.readAllLines(dev.signet.core.testutil.TestData.path(rel));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package dev.signet.core.verify;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lint warnings and the revoked-key rule, on the RFC example zones. */
class ZoneLintsTest {

    private static final VerifyFixtures.Vector NSEC = VerifyFixtures.Vector.RFC4035;

    private static VerifyReport with(VerifyFixtures.Vector v, String... extra) {
        return VerifyFixtures.verify(VerifyFixtures.load(v.text() + "\n" + String.join("\n", extra) + "\n", v.apex), v.inside);
    }

    private static long count(VerifyReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).count();
    }

    @Test
    void cdsAndCdnskeyMustMatchAKsk() {
        // KSK 9465's DS (digest type 2, from the vector README): matches; a wrong digest does not;
        // the delete signal (RFC 8078) is never reported.
        String ksk = Arrays.stream(NSEC.text().split("\n")).filter(l -> l.startsWith("example.\t3600\tIN\tDNSKEY\t257 "))
                .findFirst().orElseThrow();
        String zsk = Arrays.stream(NSEC.text().split("\n")).filter(l -> l.startsWith("example.\t3600\tIN\tDNSKEY\t256 "))
                .findFirst().orElseThrow();
        VerifyReport good = with(NSEC,
                "example. 3600 IN CDS 9465 5 2 40D68DB5C39F036F09D72D945E9541F3396CC822BAF6B1A058865FEB5864CE6B",
                ksk.replace("\tDNSKEY\t", "\tCDNSKEY\t"));
        assertEquals(0, count(good, "CDS_NO_KSK") + count(good, "CDNSKEY_NO_KSK"), good.findings().toString());
        VerifyReport bad = with(NSEC,
                "example. 3600 IN CDS 9465 5 2 40D68DB5C39F036F09D72D945E9541F3396CC822BAF6B1A058865FEB5864CE6C",
                "example. 3600 IN CDS 0 0 0 00",
                zsk.replace("\tDNSKEY\t", "\tCDNSKEY\t"));
        assertTrue(VerifyFixtures.has(bad, "CDS_NO_KSK", "example.", "CDS"), bad.findings().toString());
        assertTrue(bad.findings().stream().anyMatch(f -> f.code().equals("CDNSKEY_NO_KSK") && f.keyTag() == 38519
                && f.message().contains("no SEP flag")), bad.findings().toString());
        assertEquals(1, count(bad, "CDS_NO_KSK"), "the delete signal is not a key");
        assertFalse(bad.findings().stream().filter(f -> f.code().endsWith("_NO_KSK")).anyMatch(Finding::isError));
    }

    @Test
    void sizeAndValidityMargins() {
        VerifyReport uri = VerifyFixtures.verify(VerifyFixtures.Vector.RFC8976_A4.zone(), VerifyFixtures.Vector.RFC8976_A4.inside);
        assertTrue(uri.findings().stream().anyMatch(f -> f.code().equals("DNSKEY_RESPONSE_SIZE")
                && f.message().contains("5 records) takes 1329 octets")), uri.findings().toString());
        // 14 days before expiry is less than the SOA expire (3600000 s) + 3600: the RFC 4035 zone warns.
        VerifyReport r = VerifyFixtures.verify(NSEC.zone(), NSEC.expiration - 14 * 86400);
        assertTrue(r.isValid());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("SHORT_VALIDITY") && f.message().contains("14d 0h after")),
                r.findings().toString());
    }

    @Test
    void aRevokedKskThatNoLongerSignsTheKeySetFails() {
        // Setting the REVOKE bit changes the key (and its tag): its old self-signature no longer fits.
        String text = Arrays.stream(NSEC.text().split("\n"))
                .map(l -> l.startsWith("example.\t3600\tIN\tDNSKEY\t257 ") ? l.replace("\tDNSKEY\t257 ", "\tDNSKEY\t385 ") : l)
                .collect(Collectors.joining("\n")) + "\n";
        VerifyReport r = VerifyFixtures.verify(VerifyFixtures.load(text, NSEC.apex), NSEC.inside);
        assertFalse(r.isValid());
        assertTrue(VerifyFixtures.has(r, "REVOKED_KSK_NOT_SELF_SIGNED", "example.", "DNSKEY"), r.findings().toString());
        assertTrue(r.bindLines().isEmpty());
        assertEquals(1, r.keyCounts().get(0).kskRevoked());
    }
}

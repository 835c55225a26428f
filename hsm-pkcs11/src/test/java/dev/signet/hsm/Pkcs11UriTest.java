package dev.signet.hsm;

import dev.signet.core.spi.KeyException;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Pkcs11UriTest {

    @Test
    void rfc7512ExamplesParse() {
        // RFC 7512 §3 examples.
        Pkcs11Uri a = Pkcs11Uri.parse("pkcs11:token=The%20Software%20PKCS%2311%20Softtoken;"
                + "manufacturer=Snake%20Oil,%20Inc.;model=1.0;object=my-certificate;type=cert;"
                + "id=%69%95%3E%5C%F4%BD%EC%91;serial=");
        assertEquals("The Software PKCS#11 Softtoken", a.token().get());
        assertEquals("Snake Oil, Inc.", a.manufacturer().get());
        assertEquals("my-certificate", a.object().get());
        assertEquals("", a.serial().get());
        assertArrayEquals(new byte[] {0x69, (byte) 0x95, 0x3e, 0x5c, (byte) 0xf4, (byte) 0xbd, (byte) 0xec, (byte) 0x91},
                a.id().get());
        Pkcs11Uri b = Pkcs11Uri.parse("pkcs11:object=my-sign-key;type=private?module-name=mypkcs11");
        assertEquals("private", b.type().get());
        assertTrue(b.token().isEmpty());
        Pkcs11Uri c = Pkcs11Uri.parse("pkcs11:token=A%20name%20with%20a%20substring%20%25%3B;object=my-certificate;type=cert");
        assertEquals("A name with a substring %;", c.token().get());
        Pkcs11Uri d = Pkcs11Uri.parse("pkcs11:slot-id=1;object=k?module-path=/usr/lib/p11.so&pin-source=file:/etc/pin");
        assertEquals(1, d.slotId().getAsLong());
        assertEquals("/usr/lib/p11.so", d.modulePath().get());
        assertEquals("/etc/pin", d.pinSource().get());
        assertTrue(Pkcs11Uri.parse("pkcs11:").object().isEmpty());
        assertTrue(Pkcs11Uri.parse("pkcs11:object=k;x-vendor=1").object().isPresent());
    }

    @Test
    void utf8Values() {
        assertEquals("Ünïcödé", Pkcs11Uri.parse("pkcs11:object=%C3%9Cn%C3%AFc%C3%B6d%C3%A9").object().get());
        assertEquals("Ünïcödé", Pkcs11Uri.parse("pkcs11:object=Ünïcödé").object().get());
    }

    @Test
    void percentEncodingRoundTripsRandomOctets() {
        Random r = new Random(7512);
        for (int i = 0; i < 200; i++) {
            byte[] id = new byte[1 + r.nextInt(20)];
            r.nextBytes(id);
            StringBuilder sb = new StringBuilder("pkcs11:token=t;id=");
            for (byte b : id) {
                sb.append(String.format(r.nextBoolean() ? "%%%02x" : "%%%02X", b & 0xff));
            }
            assertArrayEquals(id, Pkcs11Uri.parse(sb.toString()).id().get());
        }
    }

    @Test
    void malformedUrisAreRefused() {
        for (String bad : new String[] {"file:/x", "pkcs11:token", "pkcs11:token=a;token=b", "pkcs11:color=red",
            "pkcs11:object=%4", "pkcs11:object=%zz", "pkcs11:slot-id=x", "pkcs11:slot-id=-1", "pkcs11:object=%ff%fe",
            "pkcs11:object=a?pin=1"}) {
            KeyException e = assertThrows(KeyException.class, () -> Pkcs11Uri.parse(bad).object(), bad);
            assertEquals("BAD_PKCS11_URI", e.code(), bad);
        }
    }

    @Test
    void pinValueIsRefusedAndNeverShown() {
        KeyException e = assertThrows(KeyException.class,
                () -> Pkcs11Uri.parse("pkcs11:token=t;object=o?pin-value=secret123"));
        assertEquals("BAD_PKCS11_URI", e.code());
        assertFalse(e.getMessage().contains("secret123"), e.getMessage());
        assertTrue(e.getMessage().contains("--pin-file"), e.getMessage());
        assertEquals("pkcs11:object=k?pin-value=***&module-path=/m",
                Pkcs11Uri.redacted("pkcs11:object=k?pin-value=%31%32&module-path=/m"));
    }
}

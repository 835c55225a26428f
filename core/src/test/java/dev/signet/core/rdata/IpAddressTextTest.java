package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals as inet_pton reads them (the zone checks' "is an address" and the codecs' reader). */
class IpAddressTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::1",
        "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1", "1::", "fe80::1:2", "1:2:3:4:5:6:1.2.3.4"})
    void addresses(String s) {
        assertTrue(IpAddressText.isAddress(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "1.2.3.", "a.b.c.d", ":::",
        "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", "mail", "",
        "\u0661::1", "::\uff11"})
    void notAddresses(String s) {
        assertFalse(IpAddressText.isAddress(s), s);
    }

    @Test
    void octetsAndPrintedForm() {
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 1}, IpAddressText.parseIpv4("192.0.2.1"));
        byte[] v6 = IpAddressText.parseIpv6("2001:DB8::0:1");
        assertEquals("20010db8000000000000000000000001", HexFormat.of().formatHex(v6));
        StringBuilder sb = new StringBuilder();
        IpAddressText.appendIpv6(v6, 0, sb);
        assertEquals("2001:db8::1", sb.toString());
    }
}

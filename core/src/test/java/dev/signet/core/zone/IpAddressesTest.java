package dev.signet.core.zone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::1",
        "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1", "1::", "fe80::1:2", "1:2:3:4:5:6:1.2.3.4"})
    void addresses(String s) {
        assertTrue(IpAddresses.isAddress(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "1.2.3.", "a.b.c.d", ":::",
        "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", "mail", ""})
    void notAddresses(String s) {
        assertFalse(IpAddresses.isAddress(s), s);
    }
}

package dev.signet.core.sign;

/**
 * RFC 1982 serial number arithmetic on 32 bits, which RRSIG times use (RFC 4034 §3.1.5) and
 * dnssec-signzone applies when it compares them with the current time.
 */
final class Serial {

    private Serial() {
    }

    /** {@code a < b} in 32-bit serial arithmetic. */
    static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    /** {@code a > b} in 32-bit serial arithmetic. */
    static boolean gt(long a, long b) {
        return (int) (a - b) > 0;
    }
}

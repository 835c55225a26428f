package dev.signet.core.zone;

import dev.signet.core.name.Name;

/**
 * The name syntax rules of BIND's check-names (RFC 952 / RFC 1123 §2.1 host names, RFC 1035
 * mailboxes) and the NSEC3 owner rule, as BIND 9.18 applies them.
 *
 * <p>The rules read a name's wire form from a scratch buffer, so checking every record of a big
 * zone allocates nothing. One instance per thread.
 */
final class HostNames {

    private final byte[] wire = new byte[Name.MAX_WIRE_LENGTH];

    /**
     * Letters, digits and hyphens, every label starting and ending with a letter or digit
     * (RFC 1123 §2.1 allows a leading digit). The root is a host name; with {@code wildcard} a
     * leftmost {@code *} label is allowed.
     */
    boolean isHostname(Name name, boolean wildcard) {
        name.writeWire(wire, 0, false);
        int p = 0;
        if (wildcard && wire[0] == 1 && wire[1] == '*') {
            p = 2;
        }
        return hostLabelsFrom(p);
    }

    /** A mailbox name (SOA RNAME): any printable first label, then a host name. */
    boolean isMailbox(Name name) {
        name.writeWire(wire, 0, false);
        int len = wire[0];
        for (int i = 1; i <= len; i++) {
            int c = wire[i] & 0xFF;
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return len == 0 || hostLabelsFrom(len + 1);
    }

    private boolean hostLabelsFrom(int p) {
        while (wire[p] != 0) {
            int len = wire[p];
            for (int k = 1; k <= len; k++) {
                int c = wire[p + k] & 0xFF;
                boolean border = k == 1 || k == len;
                if (!(isLetterOrDigit(c) || (!border && c == '-'))) {
                    return false;
                }
            }
            p += len + 1;
        }
        return true;
    }

    /** True if a label other than the leftmost is {@code *}: a non-terminal wildcard (RFC 4592 §2.1.1). */
    boolean hasInnerWildcard(Name name) {
        name.writeWire(wire, 0, false);
        if (wire[0] == 0) {
            return false;
        }
        for (int p = wire[0] + 1; wire[p] != 0; p += wire[p] + 1) {
            if (wire[p] == 1 && wire[p + 1] == '*') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first label of an NSEC3 owner must be a hashed name: base32hex without padding
     * (RFC 4648 §7, RFC 5155 §3.3), strictly decoded (unused trailing bits zero).
     */
    boolean isNsec3Owner(Name name) {
        name.writeWire(wire, 0, false);
        int len = wire[0];
        int rest = len % 8;
        if (len == 0 || rest == 1 || rest == 3 || rest == 6) {
            return false;
        }
        int last = 0;
        for (int i = 1; i <= len; i++) {
            last = base32HexValue(wire[i] & 0xFF);
            if (last < 0) {
                return false;
            }
        }
        // Bits of the last character that fall past the final whole octet must be zero.
        int unusedBits = switch (rest) {
            case 2 -> 2;
            case 4 -> 4;
            case 5 -> 1;
            case 7 -> 3;
            default -> 0;
        };
        return (last & ((1 << unusedBits) - 1)) == 0;
    }

    private static int base32HexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'v') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'V') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}

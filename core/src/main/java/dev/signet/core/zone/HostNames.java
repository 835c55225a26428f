package dev.signet.core.zone;

import dev.signet.core.name.Name;

/**
 * The name syntax rules of BIND's check-names (RFC 952 / RFC 1123 §2.1 host names, RFC 1035
 * mailboxes) and the NSEC3 owner rule, as BIND 9.18 applies them.
 */
final class HostNames {

    private HostNames() {
    }

    /**
     * Letters, digits and hyphens, every label starting and ending with a letter or digit
     * (RFC 1123 §2.1 allows a leading digit). The root is a host name; with {@code wildcard} a
     * leftmost {@code *} label is allowed.
     */
    static boolean isHostname(Name name, boolean wildcard) {
        int labels = name.labelCount();
        for (int i = 0; i < labels; i++) {
            byte[] label = name.label(i);
            if (i == 0 && wildcard && label.length == 1 && label[0] == '*') {
                continue;
            }
            for (int k = 0; k < label.length; k++) {
                int c = label[k] & 0xFF;
                boolean border = k == 0 || k == label.length - 1;
                if (!(isLetterOrDigit(c) || (!border && c == '-'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A mailbox name (SOA RNAME): any printable first label, then a host name. */
    static boolean isMailbox(Name name) {
        if (name.labelCount() == 0) {
            return true;
        }
        for (byte b : name.label(0)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return isHostname(name.parent(), false);
    }

    /**
     * The first label of an NSEC3 owner must be a hashed name: base32hex without padding
     * (RFC 4648 §7, RFC 5155 §3.3), strictly decoded (unused trailing bits zero).
     */
    static boolean isNsec3Owner(Name name) {
        if (name.labelCount() == 0) {
            return false;
        }
        byte[] label = name.label(0);
        int rest = label.length % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            return false;
        }
        int last = 0;
        for (byte b : label) {
            int v = base32HexValue(b & 0xFF);
            if (v < 0) {
                return false;
            }
            last = v;
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

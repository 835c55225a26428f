package dev.signet.core.zone;

/**
 * Whether a word is an IPv4 or IPv6 address literal, as the C library's {@code inet_pton} (which
 * BIND uses for its "MX is an address" check) accepts them: dotted quad without leading zeros, or
 * RFC 4291 §2.2 text form.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    static boolean isAddress(String s) {
        return isIpv4(s) || isIpv6(s);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String s) {
        if (s.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int groups = 0;
        String[] sides = doubleColon >= 0 ? new String[] {head, tail} : new String[] {head};
        for (int side = 0; side < sides.length; side++) {
            String part = sides[side];
            if (part.isEmpty()) {
                continue;
            }
            String[] words = part.split(":", -1);
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                boolean last = side == sides.length - 1 && i == words.length - 1;
                if (last && w.indexOf('.') >= 0) {
                    if (!isIpv4(w)) {
                        return false;
                    }
                    groups += 2;
                } else if (!isHexGroup(w)) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    private static boolean isHexGroup(String w) {
        if (w.isEmpty() || w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.digit(w.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

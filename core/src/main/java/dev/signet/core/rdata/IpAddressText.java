package dev.signet.core.rdata;

/**
 * IPv4 and IPv6 addresses in text, read as the C library's {@code inet_pton} reads them (which
 * BIND uses for A/AAAA rdata and for its "MX is an address" check) and printed as
 * {@code inet_ntop} prints them. The one reader for every address field (A, AAAA, APL, IPSECKEY,
 * SVCB hints, L32) and for the zone checks that ask whether a name is written as an address.
 */
public final class IpAddressText {

    private IpAddressText() {
    }

    /** True if {@code s} is an IPv4 or IPv6 address literal. */
    public static boolean isAddress(String s) {
        return parseIpv4(s) != null || parseIpv6(s) != null;
    }

    /**
     * Strict dotted quad as inet_pton reads it (four decimal octets, no sign, no leading zero:
     * BIND rejects {@code 01.2.3.4}), or null.
     */
    public static byte[] parseIpv4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (value == 0) {
                    return null; // a leading zero: "01" is not a decimal octet for inet_pton
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    /** Parses RFC 4291 §2.2 forms (with "::" and a trailing dotted quad), or returns null. */
    public static byte[] parseIpv6(String s) {
        byte[] out = new byte[16];
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        byte[] h = groups(head, gap < 0);
        byte[] t = gap >= 0 ? groups(tail, true) : new byte[0];
        if (h == null || t == null) {
            return null;
        }
        if (gap < 0) {
            if (h.length != 16) {
                return null;
            }
            return h;
        }
        if (h.length + t.length > 14) {
            return null;
        }
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(t, 0, out, 16 - t.length, t.length);
        return out;
    }

    /** Colon-separated hex groups, the last possibly a dotted quad when {@code allowV4}. */
    private static byte[] groups(String s, boolean allowV4) {
        if (s.isEmpty()) {
            return new byte[0];
        }
        String[] parts = s.split(":", -1);
        byte[] out = new byte[parts.length * 2 + 2];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && allowV4 && p.indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(p);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, n, 4);
                n += 4;
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = HexText.value(p.charAt(k)); // ASCII only: parseInt would take any Unicode digit
                if (d < 0) {
                    return null;
                }
                v = v << 4 | d;
            }
            out[n++] = (byte) (v >>> 8);
            out[n++] = (byte) v;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Appends the 16 octets at {@code off} as inet_ntop prints them (what BIND shows). */
    public static void appendIpv6(byte[] wire, int off, StringBuilder out) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = WireBuffer.readU16(wire, off + 2 * i);
        }
        // RFC 5952 §4.2: compress the longest run (first on ties) of two or more zero groups.
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        // BIND prints IPv4-mapped and -compatible forms with a dotted quad (inet_ntop).
        boolean v4tail = bestStart == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xFFFF))
                && !(bestLen == 6 && g[6] == 0 && g[7] <= 1);
        if (v4tail && bestLen == 5) {
            out.append("::ffff:");
        } else if (v4tail) {
            out.append("::");
        }
        if (v4tail) {
            out.append(wire[off + 12] & 0xFF).append('.').append(wire[off + 13] & 0xFF).append('.')
                    .append(wire[off + 14] & 0xFF).append('.').append(wire[off + 15] & 0xFF);
            return;
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLen) {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
    }
}

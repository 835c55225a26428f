package dev.signet.core.rdata;

/**
 * The NAPTR Regexp field check BIND 9.18 applies in text and on the wire (RFC 3403 §4.1
 * {@code delim-char ere delim-char repl delim-char *flags}): the delimiter is not a digit,
 * backslash, {@code i} or NUL; no NUL octet; the only flag is {@code i}; {@code \0} is not a
 * back-reference; and the ERE must be a valid POSIX extended regular expression with at least
 * as many groups as the replacement refers to.
 */
final class NaptrRegexp {

    private NaptrRegexp() {
    }

    /** True if {@code wire[off, off+len)} is an acceptable Regexp field (empty is). */
    static boolean isValid(byte[] wire, int off, int len) {
        if (len == 0) {
            return true;
        }
        int delim = wire[off] & 0xFF;
        if ((delim >= '0' && delim <= '9') || delim == '\\' || delim == 'i' || delim == 0) {
            return false;
        }
        StringBuilder ere = new StringBuilder();
        boolean replace = false;
        boolean flags = false;
        int maxBackReference = 0;
        int end = off + len;
        for (int p = off + 1; p < end; p++) {
            int c = wire[p] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c == delim) {
                if (flags) {
                    return false;
                }
                if (replace) {
                    flags = true;
                } else {
                    replace = true;
                }
                continue;
            }
            if (flags) {
                if (c != 'i') {
                    return false;
                }
                continue;
            }
            if (!replace) {
                ere.append((char) c);
            }
            if (c == '\\') {
                if (++p >= end || wire[p] == 0) {
                    return false;
                }
                int e = wire[p] & 0xFF;
                if (replace && e == '0') {
                    return false;
                }
                if (replace && e >= '1' && e <= '9') {
                    maxBackReference = Math.max(maxBackReference, e - '0');
                }
                if (!replace) {
                    ere.append((char) e);
                }
            }
        }
        if (!flags) {
            return false;
        }
        int groups = PosixEre.countGroups(ere);
        return groups >= 0 && maxBackReference <= groups;
    }
}

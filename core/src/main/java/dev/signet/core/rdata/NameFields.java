package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

/** Domain-name fields inside rdata: parse from a word, read from wire, lower-case in place. */
public final class NameFields {

    private NameFields() {
    }

    /** Parses a name word relative to {@code origin}, locating any error at the word. */
    public static Name parse(Token t, Name origin) {
        if (t.quoted()) {
            throw t.error("BAD_NAME", "a domain name cannot be quoted");
        }
        try {
            return Name.parse(t.text(), origin);
        } catch (TextException e) {
            throw e.at(t);
        }
    }

    /** Labels of the well-formed wire name at {@code off}, not counting the root (RFC 4034 §3.1.3). */
    static int labelCount(byte[] wire, int off) {
        int n = 0;
        for (int p = off; wire[p] != 0; p += (wire[p] & 0xFF) + 1) {
            n++;
        }
        return n;
    }

    /** Length of the uncompressed wire name at {@code off}, or a {@code BAD_RDATA_WIRE} error. */
    public static int wireLength(byte[] wire, int off) {
        int p = off;
        while (true) {
            if (p >= wire.length) {
                throw TextFields.badWire("name runs past the end of the rdata");
            }
            int l = wire[p] & 0xFF;
            if (l > Name.MAX_LABEL_LENGTH) {
                throw TextFields.badWire("compressed or extended label in rdata name");
            }
            p += l + 1;
            if (p - off > Name.MAX_WIRE_LENGTH) {
                throw TextFields.badWire("rdata name longer than 255 octets");
            }
            if (l == 0) {
                return p - off;
            }
        }
    }

    /**
     * Lower-cases ASCII letters of the wire name at {@code off} in {@code buf}; returns its end.
     * Meant for rdata that passed its codec's validate(); on anything else it stops with
     * {@code BAD_RDATA_WIRE} at the end of the buffer instead of reading past it.
     */
    public static int lowercaseInPlace(byte[] buf, int off) {
        int p = off;
        while (true) {
            if (p >= buf.length) {
                throw TextFields.badWire("name runs past the end of the rdata");
            }
            int l = buf[p] & 0xFF;
            if (l == 0) {
                return p + 1;
            }
            if (l > Name.MAX_LABEL_LENGTH || p + l >= buf.length) {
                throw TextFields.badWire("bad label in rdata name");
            }
            for (int j = p + 1; j <= p + l; j++) {
                if (buf[j] >= 'A' && buf[j] <= 'Z') {
                    buf[j] += 32;
                }
            }
            p += l + 1;
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/** A (RFC 1035 §3.4.1): a dotted-quad IPv4 address. */
final class ACodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Token t = tokens.next("IPv4 address");
        byte[] out = parseIpv4(t.text());
        if (out == null || t.quoted()) {
            throw t.error("BAD_ADDRESS", "bad IPv4 address '" + t.text() + "'");
        }
        return out;
    }

    /**
     * Strict dotted quad as inet_pton reads it (four decimal octets, no sign, no leading zero:
     * BIND rejects {@code 01.2.3.4}), or null.
     */
    static byte[] parseIpv4(String s) {
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

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(wire[0] & 0xFF).append('.').append(wire[1] & 0xFF).append('.')
                .append(wire[2] & 0xFF).append('.').append(wire[3] & 0xFF);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length != 4) {
            throw TextFields.badWire("A rdata must be 4 octets, not " + wire.length);
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/** A (RFC 1035 §3.4.1): a dotted-quad IPv4 address. */
final class ACodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Token t = tokens.next("IPv4 address");
        byte[] out = IpAddressText.parseIpv4(t.text());
        if (out == null || t.quoted()) {
            throw t.error("BAD_ADDRESS", "bad IPv4 address '" + t.text() + "'");
        }
        return out;
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

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/** AAAA (RFC 3596 §2.2): an IPv6 address in RFC 4291 §2.2 text form, printed per RFC 5952. */
final class AaaaCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Token t = tokens.next("IPv6 address");
        byte[] out = t.quoted() ? null : IpAddressText.parseIpv6(t.text());
        if (out == null) {
            throw t.error("BAD_ADDRESS", "bad IPv6 address '" + t.text() + "'");
        }
        return out;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        IpAddressText.appendIpv6(wire, 0, out);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length != 16) {
            throw TextFields.badWire("AAAA rdata must be 16 octets, not " + wire.length);
        }
    }
}

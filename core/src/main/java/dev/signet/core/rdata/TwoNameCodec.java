package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** Two domain names: RP (RFC 1183 §2.2: mbox, TXT owner) and MINFO (RFC 1035 §3.3.7). */
final class TwoNameCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Name first = NameFields.parse(tokens.next("first domain name"), origin);
        Name second = NameFields.parse(tokens.next("second domain name"), origin);
        return new WireBuffer(first.wireLength() + second.wireLength()).name(first).name(second).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(Name.fromWire(wire, 0)).append(' ').append(Name.fromWire(wire, NameFields.wireLength(wire, 0)));
    }

    @Override
    public void validate(byte[] wire) {
        int p = NameFields.wireLength(wire, 0);
        if (p + NameFields.wireLength(wire, p) != wire.length) {
            throw TextFields.badWire("expected exactly two names");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, NameFields.lowercaseInPlace(out, 0));
        return out;
    }
}

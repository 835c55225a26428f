package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** A 16-bit number then a domain name: MX (RFC 1035 §3.3.9), AFSDB (RFC 1183), RT, KX. */
final class PreferenceNameCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int pref = TextFields.u16(tokens.next("preference"), "preference");
        Name n = NameFields.parse(tokens.next("domain name"), origin);
        return new WireBuffer(2 + n.wireLength()).u16(pref).name(n).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ').append(Name.fromWire(wire, 2));
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 3 || 2 + NameFields.wireLength(wire, 2) != wire.length) {
            throw TextFields.badWire("expected a 16-bit number and a name");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, 2);
        return out;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** Rdata that is exactly one domain name: NS, CNAME, DNAME, PTR, MD, MF, MB, MG, MR (RFC 1035 §3.3, RFC 6672). */
final class SingleNameCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        return NameFields.parse(tokens.next("domain name"), origin).toWire();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(Name.fromWire(wire, 0));
    }

    @Override
    public void validate(byte[] wire) {
        if (NameFields.wireLength(wire, 0) != wire.length) {
            throw TextFields.badWire("trailing octets after the name");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, 0);
        return out;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/**
 * SOA (RFC 1035 §3.3.13). The four timer fields accept BIND's TTL units ({@code 1w2d}); the
 * serial is a plain 32-bit number.
 */
final class SoaCodec implements RdataCodec {

    private static final String[] TIMERS = {"refresh", "retry", "expire", "minimum"};

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Name mname = NameFields.parse(tokens.next("SOA MNAME"), origin);
        Name rname = NameFields.parse(tokens.next("SOA RNAME"), origin);
        WireBuffer w = new WireBuffer(mname.wireLength() + rname.wireLength() + 20);
        w.name(mname).name(rname);
        w.u32(TextFields.u32(tokens.next("SOA serial"), "SOA serial"));
        for (String timer : TIMERS) {
            w.u32(Ttl.parse(tokens.next("SOA " + timer), "SOA " + timer));
        }
        return w.toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int p = NameFields.wireLength(wire, 0);
        out.append(Name.fromWire(wire, 0)).append(' ').append(Name.fromWire(wire, p));
        p += NameFields.wireLength(wire, p);
        for (int i = 0; i < 5; i++) {
            out.append(' ').append(WireBuffer.readU32(wire, p + 4 * i));
        }
    }

    @Override
    public void validate(byte[] wire) {
        int p = NameFields.wireLength(wire, 0);
        p += NameFields.wireLength(wire, p);
        if (p + 20 != wire.length) {
            throw TextFields.badWire("SOA needs two names and five 32-bit numbers");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        int p = NameFields.lowercaseInPlace(out, 0);
        NameFields.lowercaseInPlace(out, p);
        return out;
    }
}

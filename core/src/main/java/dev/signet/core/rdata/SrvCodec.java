package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** SRV (RFC 2782): priority, weight, port, target. */
final class SrvCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int priority = TextFields.u16(tokens.next("SRV priority"), "SRV priority");
        int weight = TextFields.u16(tokens.next("SRV weight"), "SRV weight");
        int port = TextFields.u16(tokens.next("SRV port"), "SRV port");
        Name target = NameFields.parse(tokens.next("SRV target"), origin);
        return new WireBuffer(6 + target.wireLength()).u16(priority).u16(weight).u16(port).name(target).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ').append(WireBuffer.readU16(wire, 2)).append(' ')
                .append(WireBuffer.readU16(wire, 4)).append(' ').append(Name.fromWire(wire, 6));
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 7 || 6 + NameFields.wireLength(wire, 6) != wire.length) {
            throw TextFields.badWire("SRV needs three 16-bit numbers and a name");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, 6);
        return out;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** CSYNC (RFC 7477 §2.1): SOA serial, flags, and a type bitmap that may be empty. */
final class CsyncCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        long serial = TextFields.u32(tokens.next("CSYNC serial"), "CSYNC serial");
        int flags = TextFields.u16(tokens.next("CSYNC flags"), "CSYNC flags");
        TypeBitmap types = TypeBitmap.parse(tokens, true);
        WireBuffer w = new WireBuffer(6 + types.wireLength()).u32(serial).u16(flags);
        types.writeTo(w);
        return w.toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU32(wire, 0)).append(' ').append(WireBuffer.readU16(wire, 4));
        TypeBitmap types = TypeBitmap.fromWire(wire, 6, wire.length, true);
        if (!types.isEmpty()) {
            out.append(' ');
            types.appendText(out);
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 6) {
            throw TextFields.badWire("CSYNC needs a serial and flags");
        }
        TypeBitmap.fromWire(wire, 6, wire.length, true);
    }
}

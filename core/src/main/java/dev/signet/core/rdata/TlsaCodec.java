package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/**
 * TLSA (RFC 6698 §2.2) and SMIMEA (RFC 8162 §2): usage, selector, matching type, and the
 * certificate association data in hex (at least one octet, as BIND requires).
 */
final class TlsaCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int usage = TextFields.u8(tokens.next("certificate usage"), "certificate usage");
        int selector = TextFields.u8(tokens.next("selector"), "selector");
        int matching = TextFields.u8(tokens.next("matching type"), "matching type");
        byte[] data = HexText.readRemaining(tokens, "certificate association data", false);
        return new WireBuffer(3 + data.length).u8(usage).u8(selector).u8(matching).bytes(data).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(wire[0] & 0xFF).append(' ').append(wire[1] & 0xFF).append(' ').append(wire[2] & 0xFF).append(' ');
        HexText.appendSplit(out, wire, 3, wire.length - 3);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 4) {
            throw TextFields.badWire("TLSA/SMIMEA needs three octets and association data");
        }
    }
}

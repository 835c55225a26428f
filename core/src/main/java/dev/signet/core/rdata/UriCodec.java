package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/** URI (RFC 7553 §4.5): priority, weight and the target as a quoted string (rest of the rdata). */
final class UriCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int priority = TextFields.u16(tokens.next("URI priority"), "URI priority");
        int weight = TextFields.u16(tokens.next("URI weight"), "URI weight");
        Token t = tokens.next("URI target");
        if (!t.quoted()) {
            // BIND insists on the quotes RFC 7553 §4.5 shows.
            throw t.error("BAD_URI", "URI target must be a quoted string");
        }
        byte[] target = TextFields.decodeEscapes(t);
        return new WireBuffer(4 + target.length).u16(priority).u16(weight).bytes(target).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ').append(WireBuffer.readU16(wire, 2)).append(' ');
        TextFields.appendQuoted(out, wire, 4, wire.length - 4);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 4) {
            throw TextFields.badWire("URI needs priority and weight");
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/**
 * NSEC (RFC 4034 §4.2): next owner name and type bitmap. The next name keeps its case in
 * canonical form (RFC 6840 §5.1), so there is no {@code canonical} override. BIND rejects an
 * empty bitmap (an NSEC always covers at least NSEC itself), in text and on the wire.
 */
final class NsecCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Name next = NameFields.parse(tokens.next("NSEC next domain name"), origin);
        TypeBitmap types = TypeBitmap.parse(tokens, false);
        WireBuffer w = new WireBuffer(next.wireLength() + types.wireLength()).name(next);
        types.writeTo(w);
        return w.toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int p = NameFields.wireLength(wire, 0);
        out.append(Name.fromWire(wire, 0)).append(' ');
        TypeBitmap.fromWire(wire, p, wire.length, false).appendText(out);
    }

    @Override
    public void validate(byte[] wire) {
        TypeBitmap.check(wire, NameFields.wireLength(wire, 0), wire.length, false);
    }
}

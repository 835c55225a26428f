package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** TXT (RFC 1035 §3.3.14) and SPF (RFC 7208 §3.1): one or more character-strings. */
final class TxtCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        WireBuffer w = new WireBuffer();
        do {
            byte[] s = TextFields.characterString(tokens.next("text"));
            w.u8(s.length).bytes(s);
        } while (tokens.hasNext());
        return w.toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int p = 0;
        while (p < wire.length) {
            int l = wire[p] & 0xFF;
            if (p > 0) {
                out.append(' ');
            }
            TextFields.appendQuoted(out, wire, p + 1, l);
            p += l + 1;
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length == 0) {
            throw TextFields.badWire("TXT needs at least one character-string");
        }
        int p = 0;
        while (p < wire.length) {
            p += (wire[p] & 0xFF) + 1;
        }
        if (p != wire.length) {
            throw TextFields.badWire("character-string runs past the end of the rdata");
        }
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** HINFO (RFC 1035 §3.3.2): CPU and OS character-strings. Holds no names (RFC 6840 §5.1). */
final class HinfoCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        byte[] cpu = TextFields.characterString(tokens.next("HINFO CPU"));
        byte[] os = TextFields.characterString(tokens.next("HINFO OS"));
        return new WireBuffer(cpu.length + os.length + 2).u8(cpu.length).bytes(cpu).u8(os.length).bytes(os)
                .toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int l = wire[0] & 0xFF;
        TextFields.appendQuoted(out, wire, 1, l);
        out.append(' ');
        TextFields.appendQuoted(out, wire, l + 2, wire[l + 1] & 0xFF);
    }

    @Override
    public void validate(byte[] wire) {
        int p = TextFields.skipCharacterString(wire, 0, wire.length);
        if (TextFields.skipCharacterString(wire, p, wire.length) != wire.length) {
            throw TextFields.badWire("HINFO must be exactly two character-strings");
        }
    }
}

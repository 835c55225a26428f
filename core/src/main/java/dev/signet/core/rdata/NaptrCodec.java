package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * NAPTR (RFC 3403 §4.1): order, preference, flags, services, regexp (three character-strings)
 * and replacement. The regexp is checked as BIND checks it ({@link NaptrRegexp}).
 */
final class NaptrCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int order = TextFields.u16(tokens.next("NAPTR order"), "NAPTR order");
        int preference = TextFields.u16(tokens.next("NAPTR preference"), "NAPTR preference");
        byte[] flags = TextFields.characterString(tokens.next("NAPTR flags"));
        byte[] services = TextFields.characterString(tokens.next("NAPTR services"));
        Token regexpTok = tokens.next("NAPTR regexp");
        byte[] regexp = TextFields.characterString(regexpTok);
        if (!NaptrRegexp.isValid(regexp, 0, regexp.length)) {
            throw regexpTok.error("BAD_REGEXP", "bad NAPTR regexp '" + regexpTok.text() + "'");
        }
        Name replacement = NameFields.parse(tokens.next("NAPTR replacement"), origin);
        WireBuffer w = new WireBuffer(7 + flags.length + services.length + regexp.length + replacement.wireLength());
        w.u16(order).u16(preference);
        w.u8(flags.length).bytes(flags).u8(services.length).bytes(services).u8(regexp.length).bytes(regexp);
        return w.name(replacement).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ').append(WireBuffer.readU16(wire, 2));
        int p = 4;
        for (int i = 0; i < 3; i++) {
            out.append(' ');
            TextFields.appendQuoted(out, wire, p + 1, wire[p] & 0xFF);
            p += 1 + (wire[p] & 0xFF);
        }
        out.append(' ').append(Name.fromWire(wire, p));
    }

    /** Offset of the replacement name: past order, preference, flags, services and regexp. */
    private static int replacementOffset(byte[] wire) {
        int p = 4;
        for (int i = 0; i < 3; i++) {
            p = TextFields.skipCharacterString(wire, p, wire.length);
        }
        return p;
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 4) {
            throw TextFields.badWire("NAPTR order and preference are truncated");
        }
        int p = TextFields.skipCharacterString(wire, 4, wire.length);
        p = TextFields.skipCharacterString(wire, p, wire.length);
        int regexp = p;
        p = TextFields.skipCharacterString(wire, p, wire.length);
        if (!NaptrRegexp.isValid(wire, regexp + 1, wire[regexp] & 0xFF)) {
            throw TextFields.badWire("bad NAPTR regexp");
        }
        if (p + NameFields.wireLength(wire, p) != wire.length) {
            throw TextFields.badWire("trailing octets after the NAPTR replacement");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, replacementOffset(wire));
        return out;
    }
}

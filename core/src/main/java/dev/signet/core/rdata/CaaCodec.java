package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * CAA (RFC 8659 §4.1): flags, tag, value. The tag is one or more ASCII letters and digits (its
 * case is kept, as BIND keeps it); the value is the rest of the rdata, printed as a quoted
 * string.
 */
final class CaaCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int flags = TextFields.u8(tokens.next("CAA flags"), "CAA flags");
        Token tagTok = tokens.next("CAA tag");
        String tag = tagTok.text();
        if (tagTok.quoted() || tag.isEmpty() || tag.length() > 255 || !isAlphanumeric(tag)) {
            throw tagTok.error("BAD_CAA_TAG", "CAA tag must be 1-255 ASCII letters and digits: '" + tag + "'");
        }
        byte[] value = TextFields.decodeEscapes(tokens.next("CAA value"));
        WireBuffer w = new WireBuffer(2 + tag.length() + value.length);
        w.u8(flags).u8(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            w.u8(tag.charAt(i));
        }
        return w.bytes(value).toByteArray();
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAlphanumeric(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int tagLen = wire[1] & 0xFF;
        out.append(wire[0] & 0xFF).append(' ');
        for (int i = 0; i < tagLen; i++) {
            out.append((char) wire[2 + i]);
        }
        out.append(' ');
        TextFields.appendQuoted(out, wire, 2 + tagLen, wire.length - 2 - tagLen);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 3 || wire[1] == 0 || 2 + (wire[1] & 0xFF) > wire.length) {
            throw TextFields.badWire("CAA needs flags and a non-empty tag");
        }
        for (int i = 0; i < (wire[1] & 0xFF); i++) {
            if (!isAlphanumeric(wire[2 + i] & 0xFF)) {
                throw TextFields.badWire("CAA tag must be ASCII letters and digits");
            }
        }
    }
}

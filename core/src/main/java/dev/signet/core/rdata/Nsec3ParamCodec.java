package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/** NSEC3PARAM (RFC 5155 §4.3): hash algorithm, flags, iterations, salt (hex, or {@code -} for none). */
final class Nsec3ParamCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        WireBuffer w = new WireBuffer(16);
        parseParameters(tokens, w);
        return w.toByteArray();
    }

    /** Reads the four fields NSEC3 and NSEC3PARAM share (RFC 5155 §3.3, §4.3); returns the algorithm. */
    static int parseParameters(TokenSource tokens, WireBuffer w) {
        int alg = TextFields.u8(tokens.next("hash algorithm"), "hash algorithm");
        w.u8(alg);
        w.u8(TextFields.u8(tokens.next("flags"), "flags"));
        w.u16(TextFields.u16(tokens.next("iterations"), "iterations"));
        Token saltTok = tokens.next("salt");
        byte[] salt = !saltTok.quoted() && saltTok.text().equals("-") ? new byte[0] : HexText.parseWord(saltTok, "salt");
        if (salt.length > 255) {
            throw saltTok.error("SALT_TOO_LONG", "salt longer than 255 octets");
        }
        w.u8(salt.length).bytes(salt);
        return alg;
    }

    /** Appends "alg flags iterations salt"; returns the offset after the salt. */
    static int formatParameters(byte[] wire, StringBuilder out) {
        out.append(wire[0] & 0xFF).append(' ').append(wire[1] & 0xFF).append(' ').append(WireBuffer.readU16(wire, 2))
                .append(' ');
        int saltLen = wire[4] & 0xFF;
        if (saltLen == 0) {
            out.append('-');
        } else {
            HexText.append(out, wire, 5, saltLen);
        }
        return 5 + saltLen;
    }

    /** Checks the shared fields and returns the offset after the salt. */
    static int validateParameters(byte[] wire) {
        if (wire.length < 5 || 5 + (wire[4] & 0xFF) > wire.length) {
            throw TextFields.badWire("NSEC3 parameters are truncated");
        }
        return 5 + (wire[4] & 0xFF);
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        formatParameters(wire, out);
    }

    @Override
    public void validate(byte[] wire) {
        if (validateParameters(wire) != wire.length) {
            throw TextFields.badWire("trailing octets after the NSEC3PARAM salt");
        }
    }
}

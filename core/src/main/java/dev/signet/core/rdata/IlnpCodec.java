package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * ILNP records (RFC 6742 §2): a 16-bit preference, then for L32 an IPv4-style locator, for NID
 * and L64 a 64-bit value written as four colon-separated groups of 1–4 hex digits (printed
 * without leading zeros, as BIND prints them).
 */
final class IlnpCodec implements RdataCodec {

    private final boolean l32;

    IlnpCodec(boolean l32) {
        this.l32 = l32;
    }

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int preference = TextFields.u16(tokens.next("preference"), "preference");
        Token t = tokens.next("locator");
        byte[] value = t.quoted() ? null : l32 ? IpAddressText.parseIpv4(t.text()) : parseLocator64(t.text());
        if (value == null) {
            throw t.error("BAD_ADDRESS", "bad locator '" + t.text() + "'");
        }
        return new WireBuffer(2 + value.length).u16(preference).bytes(value).toByteArray();
    }

    private static byte[] parseLocator64(String s) {
        String[] groups = s.split(":", -1);
        if (groups.length != 4) {
            return null;
        }
        byte[] out = new byte[8];
        for (int i = 0; i < 4; i++) {
            String g = groups[i];
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> HexText.value((char) c) >= 0)) {
                return null;
            }
            int v = Integer.parseInt(g, 16);
            out[2 * i] = (byte) (v >> 8);
            out[2 * i + 1] = (byte) v;
        }
        return out;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ');
        if (l32) {
            out.append(wire[2] & 0xFF).append('.').append(wire[3] & 0xFF).append('.').append(wire[4] & 0xFF)
                    .append('.').append(wire[5] & 0xFF);
            return;
        }
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                out.append(':');
            }
            out.append(Integer.toHexString(WireBuffer.readU16(wire, 2 + 2 * i)));
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length != (l32 ? 6 : 10)) {
            throw TextFields.badWire("ILNP rdata must be " + (l32 ? 6 : 10) + " octets");
        }
    }
}

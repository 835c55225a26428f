package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * EUI48 and EUI64 (RFC 7043 §3.2, §4.2): six or eight hex octets joined by hyphens, printed in
 * lower case with two digits each. Input groups of one digit are accepted, as BIND accepts them.
 */
final class EuiCodec implements RdataCodec {

    private final int octets;

    EuiCodec(int octets) {
        this.octets = octets;
    }

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Token t = tokens.next("EUI address");
        String[] groups = t.text().split("-", -1);
        byte[] out = new byte[octets];
        boolean ok = !t.quoted() && groups.length == octets;
        for (int i = 0; ok && i < octets; i++) {
            String g = groups[i];
            ok = (g.length() == 1 || g.length() == 2) && g.chars().allMatch(c -> HexText.value((char) c) >= 0);
            if (ok) {
                out[i] = (byte) Integer.parseInt(g, 16);
            }
        }
        if (!ok) {
            throw t.error("BAD_EUI", "bad EUI-" + (octets * 8) + " address '" + t.text() + "'");
        }
        return out;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        for (int i = 0; i < octets; i++) {
            if (i > 0) {
                out.append('-');
            }
            out.append(Character.forDigit((wire[i] >> 4) & 0xF, 16)).append(Character.forDigit(wire[i] & 0xF, 16));
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length != octets) {
            throw TextFields.badWire("EUI-" + (octets * 8) + " rdata must be " + octets + " octets");
        }
    }
}

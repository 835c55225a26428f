package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * ZONEMD (RFC 8976 §2): serial, scheme, hash algorithm, digest. As in BIND, a SHA-384 (1)
 * digest must be 48 octets, SHA-512 (2) 64, and any other at least 12 (RFC 8976 §2.2.4).
 */
final class ZonemdCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        long serial = TextFields.u32(tokens.next("ZONEMD serial"), "ZONEMD serial");
        int scheme = TextFields.u8(tokens.next("ZONEMD scheme"), "ZONEMD scheme");
        Token algTok = tokens.next("ZONEMD hash algorithm");
        int alg = TextFields.u8(algTok, "ZONEMD hash algorithm");
        byte[] digest = HexText.readRemaining(tokens, "ZONEMD digest", false);
        if (!lengthOk(alg, digest.length)) {
            throw algTok.error("DIGEST_LENGTH", "ZONEMD digest of " + digest.length
                    + " octets does not fit hash algorithm " + alg);
        }
        return new WireBuffer(6 + digest.length).u32(serial).u8(scheme).u8(alg).bytes(digest).toByteArray();
    }

    private static boolean lengthOk(int alg, int length) {
        return switch (alg) {
            case 1 -> length == 48;
            case 2 -> length == 64;
            default -> length >= 12;
        };
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU32(wire, 0)).append(' ').append(wire[4] & 0xFF).append(' ')
                .append(wire[5] & 0xFF).append(' ');
        HexText.appendSplit(out, wire, 6, wire.length - 6);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 6 || !lengthOk(wire[5] & 0xFF, wire.length - 6)) {
            throw TextFields.badWire("ZONEMD digest length does not fit its hash algorithm");
        }
    }
}

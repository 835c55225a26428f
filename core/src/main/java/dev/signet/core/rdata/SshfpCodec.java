package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * SSHFP (RFC 4255 §3.2, RFC 6594): algorithm, fingerprint type, hex fingerprint. Like BIND,
 * SHA-1 (type 1) fingerprints must be 20 octets and SHA-256 (type 2) 32; other types may have
 * any length, even none.
 */
final class SshfpCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int algorithm = TextFields.u8(tokens.next("SSHFP algorithm"), "SSHFP algorithm");
        Token typeTok = tokens.next("SSHFP fingerprint type");
        int type = TextFields.u8(typeTok, "SSHFP fingerprint type");
        byte[] fp = HexText.readRemaining(tokens, "SSHFP fingerprint", true);
        if (!lengthOk(type, fp.length)) {
            throw typeTok.error("DIGEST_LENGTH", "SSHFP fingerprint of type " + type + " must be "
                    + expectedLength(type) + " octets, not " + fp.length);
        }
        return new WireBuffer(2 + fp.length).u8(algorithm).u8(type).bytes(fp).toByteArray();
    }

    private static int expectedLength(int type) {
        return type == 1 ? 20 : type == 2 ? 32 : -1;
    }

    private static boolean lengthOk(int type, int length) {
        int expected = expectedLength(type);
        return expected < 0 || expected == length;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(wire[0] & 0xFF).append(' ').append(wire[1] & 0xFF);
        if (wire.length > 2) {
            out.append(' ');
            HexText.appendSplit(out, wire, 2, wire.length - 2);
        }
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 2 || !lengthOk(wire[1] & 0xFF, wire.length - 2)) {
            throw TextFields.badWire("SSHFP fingerprint has the wrong length for its type");
        }
    }
}

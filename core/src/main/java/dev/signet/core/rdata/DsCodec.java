package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * DS (RFC 4034 §5.3) and CDS (RFC 7344 §3.1): {@code keytag algorithm digesttype hex}, the hex
 * digest possibly split across words, printed upper case in 56-character chunks as BIND does.
 * Like BIND, digest types it implements (SHA-1 20, SHA-256 32, SHA-384 48) must have exactly
 * that length; other types (GOST included) any non-empty digest. The RFC 8078 delete form
 * {@code CDS 0 0 0 00} (erratum 5049) is therefore valid and the as-published {@code 0 0 0 0}
 * is odd-length hex, as BIND says.
 */
final class DsCodec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int keyTag = TextFields.u16(tokens.next("DS key tag"), "DS key tag");
        int algorithm = SecurityAlgorithmText.parse(tokens.next("DS algorithm"));
        int digestType = DigestTypeText.parse(tokens.next("DS digest type"));
        Token at = tokens.peek();
        byte[] digest = HexText.readRemaining(tokens, "DS digest", false);
        WireBuffer w = new WireBuffer(4 + digest.length);
        w.u16(keyTag).u8(algorithm).u8(digestType).bytes(digest);
        byte[] wire = w.toByteArray();
        try {
            validate(wire);
        } catch (TextException e) {
            throw new TextException("DIGEST_LENGTH", e.detail()).at(at);
        }
        return wire;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ')
                .append(wire[2] & 0xFF).append(' ').append(wire[3] & 0xFF).append(' ');
        HexText.appendSplit(out, wire, 4, wire.length - 4);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 5) {
            throw TextFields.badWire("DS rdata needs key tag, algorithm, digest type and a digest");
        }
        int expected = DigestTypeText.checkedLength(wire[3] & 0xFF);
        if (expected > 0 && wire.length - 4 != expected) {
            throw TextFields.badWire("DS digest type " + (wire[3] & 0xFF) + " needs " + expected
                    + " octets, not " + (wire.length - 4));
        }
    }
}

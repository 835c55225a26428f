package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * NSEC3 (RFC 5155 §3.3): the NSEC3PARAM fields, then the next hashed owner name in unpadded
 * base32hex and a type bitmap that may be empty (empty non-terminals). Like BIND, the next
 * hashed owner must not be empty, must be 20 octets when the hash algorithm is SHA-1 (1), and at
 * most 39 octets: its base32hex form is an owner label, and 63 characters carry 39 octets.
 */
final class Nsec3Codec implements RdataCodec {

    static final int SHA1 = 1;
    /** The longest hash whose base32hex encoding fits in one 63-octet label. */
    static final int MAX_HASH_LENGTH = 39;

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        WireBuffer w = new WireBuffer(64);
        int alg = Nsec3ParamCodec.parseParameters(tokens, w);
        Token hashTok = tokens.next("next hashed owner name");
        byte[] hash = hashTok.quoted() ? null : Base32Hex.decode(hashTok.text());
        if (hash == null || hash.length == 0) {
            throw hashTok.error("BAD_BASE32", "bad base32hex next hashed owner '" + hashTok.text() + "'");
        }
        if (!hashLengthOk(alg, hash.length)) {
            throw hashTok.error("HASH_LENGTH", "next hashed owner of " + hash.length + " octets: SHA-1 needs 20, "
                    + "others 1-" + MAX_HASH_LENGTH);
        }
        w.u8(hash.length).bytes(hash);
        TypeBitmap.parse(tokens, true).writeTo(w);
        return w.toByteArray();
    }

    private static boolean hashLengthOk(int alg, int length) {
        return length > 0 && length <= MAX_HASH_LENGTH && (alg != SHA1 || length == 20);
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int p = Nsec3ParamCodec.formatParameters(wire, out);
        int hashLen = wire[p] & 0xFF;
        out.append(' ');
        Base32Hex.append(out, wire, p + 1, hashLen);
        TypeBitmap types = TypeBitmap.fromWire(wire, p + 1 + hashLen, wire.length, true);
        if (!types.isEmpty()) {
            out.append(' ');
            types.appendText(out);
        }
    }

    @Override
    public void validate(byte[] wire) {
        int p = Nsec3ParamCodec.validateParameters(wire);
        if (p >= wire.length || p + 1 + (wire[p] & 0xFF) > wire.length) {
            throw TextFields.badWire("NSEC3 next hashed owner is truncated");
        }
        if (!hashLengthOk(wire[0] & 0xFF, wire[p] & 0xFF)) {
            throw TextFields.badWire("NSEC3 next hashed owner has a bad length");
        }
        TypeBitmap.check(wire, p + 1 + (wire[p] & 0xFF), wire.length, true);
    }
}

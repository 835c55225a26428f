package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * RRSIG (RFC 4034 §3.2): type covered, algorithm, labels, original TTL, expiration, inception,
 * key tag, signer's name, signature (base64, possibly split across words).
 *
 * <p>As BIND 9.18 does, the signer's name may not have more labels than the labels field (a
 * signer is always the owner's zone, RFC 4034 §3.1.7), and the signature may not be empty. The
 * signer's name is lower-cased in canonical form (RFC 6840 §5.1).
 */
final class RrsigCodec implements RdataCodec {

    /** Offset of the signer's name: 2 + 1 + 1 + 4 + 4 + 4 + 2. */
    static final int SIGNER_OFFSET = 18;

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        Token typeTok = tokens.next("type covered");
        RrType covered = typeTok.quoted() ? null : RrType.lookup(typeTok.text());
        if (covered == null) {
            throw typeTok.error("UNKNOWN_TYPE", "unknown RR type '" + typeTok.text() + "'");
        }
        int algorithm = SecurityAlgorithmText.parse(tokens.next("algorithm"));
        int labels = TextFields.u8(tokens.next("labels"), "labels");
        long originalTtl = TextFields.u32(tokens.next("original TTL"), "original TTL");
        long expiration = SignatureTime.parse(tokens.next("signature expiration"), "signature expiration");
        long inception = SignatureTime.parse(tokens.next("signature inception"), "signature inception");
        int keyTag = TextFields.u16(tokens.next("key tag"), "key tag");
        Token signerTok = tokens.next("signer's name");
        Name signer = NameFields.parse(signerTok, origin);
        if (signer.labelCount() > labels) {
            throw signerTok.error("SIGNER_LABELS", "signer's name has more labels than the labels field ("
                    + labels + ")");
        }
        byte[] signature = Base64Text.readRemaining(tokens, "signature");
        WireBuffer w = new WireBuffer(SIGNER_OFFSET + signer.wireLength() + signature.length);
        w.u16(covered.code()).u8(algorithm).u8(labels).u32(originalTtl).u32(expiration).u32(inception).u16(keyTag);
        return w.name(signer).bytes(signature).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(RrType.of(WireBuffer.readU16(wire, 0)).mnemonic()).append(' ')
                .append(wire[2] & 0xFF).append(' ').append(wire[3] & 0xFF).append(' ')
                .append(WireBuffer.readU32(wire, 4)).append(' ');
        SignatureTime.append(out, WireBuffer.readU32(wire, 8));
        out.append(' ');
        SignatureTime.append(out, WireBuffer.readU32(wire, 12));
        out.append(' ').append(WireBuffer.readU16(wire, 16)).append(' ').append(Name.fromWire(wire, SIGNER_OFFSET))
                .append(' ');
        int p = SIGNER_OFFSET + NameFields.wireLength(wire, SIGNER_OFFSET);
        Base64Text.appendSplit(out, wire, p, wire.length - p);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < SIGNER_OFFSET + 1) {
            throw TextFields.badWire("RRSIG fixed fields are truncated");
        }
        int nameLen = NameFields.wireLength(wire, SIGNER_OFFSET);
        if (SIGNER_OFFSET + nameLen >= wire.length) {
            throw TextFields.badWire("RRSIG signature is empty");
        }
        if (NameFields.labelCount(wire, SIGNER_OFFSET) > (wire[3] & 0xFF)) {
            throw TextFields.badWire("RRSIG signer's name has more labels than the labels field");
        }
    }

    @Override
    public byte[] canonical(byte[] wire) {
        byte[] out = wire.clone();
        NameFields.lowercaseInPlace(out, SIGNER_OFFSET);
        return out;
    }
}

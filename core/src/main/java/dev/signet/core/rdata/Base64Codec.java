package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

/** Rdata that is one base64 blob of at least one octet: OPENPGPKEY (RFC 7929 §2.3), DHCID (RFC 4701 §3.6). */
final class Base64Codec implements RdataCodec {

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        return Base64Text.readRemaining(tokens, "base64 data");
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        Base64Text.appendSplit(out, wire, 0, wire.length);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length == 0) {
            throw TextFields.badWire("rdata must not be empty");
        }
    }
}

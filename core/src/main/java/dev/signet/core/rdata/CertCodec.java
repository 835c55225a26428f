package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TokenSource;

import java.util.HashMap;
import java.util.Map;

/**
 * CERT (RFC 4398 §2.2): type, key tag, algorithm, base64 certificate. Type and algorithm may be
 * given as mnemonics or numbers and are printed as mnemonics when one exists, as BIND does.
 */
final class CertCodec implements RdataCodec {

    /** RFC 4398 §2.1 certificate types by number; null where there is no mnemonic. */
    private static final String[] TYPES = new String[256];

    /** The same names for reading. */
    private static final Map<String, Integer> TYPE_NUMBERS;

    static {
        String[] low = {null, "PKIX", "SPKI", "PGP", "IPKIX", "ISPKI", "IPGP", "ACPKIX", "IACPKIX"};
        System.arraycopy(low, 0, TYPES, 0, low.length);
        TYPES[253] = "URI";
        TYPES[254] = "OID";
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i] != null) {
                numbers.put(TYPES[i], i);
            }
        }
        TYPE_NUMBERS = Map.copyOf(numbers);
    }

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int type = TextFields.mnemonicOrNumber(tokens.next("certificate type"), TYPE_NUMBERS, 0xFFFF,
                "certificate type", "UNKNOWN_CERT_TYPE");
        int keyTag = TextFields.u16(tokens.next("key tag"), "key tag");
        int algorithm = SecurityAlgorithmText.parse(tokens.next("algorithm"));
        byte[] cert = Base64Text.readRemaining(tokens, "certificate");
        return new WireBuffer(5 + cert.length).u16(type).u16(keyTag).u8(algorithm).bytes(cert).toByteArray();
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        int type = WireBuffer.readU16(wire, 0);
        out.append(type < TYPES.length && TYPES[type] != null ? TYPES[type] : Integer.toString(type)).append(' ')
                .append(WireBuffer.readU16(wire, 2)).append(' ');
        SecurityAlgorithmText.appendMnemonic(out, wire[4] & 0xFF);
        out.append(' ');
        Base64Text.appendSplit(out, wire, 5, wire.length - 5);
    }

    @Override
    public void validate(byte[] wire) {
        if (wire.length < 6) {
            throw TextFields.badWire("CERT needs type, key tag, algorithm and certificate data");
        }
    }
}

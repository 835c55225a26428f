package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.Locale;
import java.util.Map;

/**
 * DNSKEY (RFC 4034 §2.2) and CDNSKEY (RFC 7344 §3.2): {@code flags protocol algorithm key}, the
 * base64 key possibly split across words. Matches BIND 9.18 (checked with named-compilezone):
 * flags as a decimal or {@code 0x} hex number or {@code |}-joined mnemonics ({@code ZONE|KSK});
 * any protocol octet; algorithm by number or mnemonic; strict base64 of at least one octet. The
 * RFC 2535 §3.1.2 "no key" flag value lets only a KEY record end after the algorithm, never a
 * DNSKEY or CDNSKEY (BIND rejects {@code DNSKEY 49152 3 13}). So the RFC 8078 delete form is
 * {@code CDNSKEY 0 3 0 AA==} (erratum 5049); the as-published {@code 0 3 0 0} is bad base64, as
 * BIND says.
 */
final class DnskeyCodec implements RdataCodec {

    /** BIND's KEY flag mnemonics: value and the bits the mnemonic occupies. */
    private static final Map<String, int[]> FLAG_NAMES = flagNames();

    private static Map<String, int[]> flagNames() {
        java.util.HashMap<String, int[]> m = new java.util.HashMap<>();
        m.put("NOCONF", new int[] {0x4000, 0xC000});
        m.put("NOAUTH", new int[] {0x8000, 0xC000});
        m.put("NOKEY", new int[] {0xC000, 0xC000});
        m.put("FLAG2", new int[] {0x2000, 0x2000});
        m.put("EXTEND", new int[] {0x1000, 0x1000});
        m.put("FLAG4", new int[] {0x0800, 0x0800});
        m.put("FLAG5", new int[] {0x0400, 0x0400});
        m.put("USER", new int[] {0x0000, 0x0300});
        m.put("ZONE", new int[] {0x0100, 0x0300});
        m.put("HOST", new int[] {0x0200, 0x0300});
        m.put("NTYP3", new int[] {0x0300, 0x0300});
        m.put("FLAG8", new int[] {0x0080, 0x0080});
        m.put("FLAG9", new int[] {0x0040, 0x0040});
        m.put("FLAG10", new int[] {0x0020, 0x0020});
        m.put("FLAG11", new int[] {0x0010, 0x0010});
        for (int i = 0; i < 16; i++) {
            m.put("SIG" + i, new int[] {i, 0x000F});
        }
        m.put("KSK", new int[] {0x0001, 0x0001});
        return Map.copyOf(m);
    }

    @Override
    public byte[] parse(TokenSource tokens, Name origin) {
        int flags = parseFlags(tokens.next("DNSKEY flags"));
        int protocol = TextFields.u8(tokens.next("DNSKEY protocol"), "DNSKEY protocol");
        int algorithm = SecurityAlgorithmText.parse(tokens.next("DNSKEY algorithm"));
        Token at = tokens.peek();
        byte[] key = Base64Text.readRemaining(tokens, "DNSKEY public key");
        byte[] wire = new WireBuffer(4 + key.length).u16(flags).u8(protocol).u8(algorithm).bytes(key).toByteArray();
        try {
            validate(wire);
        } catch (TextException e) {
            throw e.at(at);
        }
        return wire;
    }

    /** BIND accepts a decimal or 0x-hex number, or mnemonics joined by '|'. */
    static int parseFlags(Token t) {
        String s = t.text();
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            long v;
            try {
                v = s.startsWith("0x") || s.startsWith("0X") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw t.error("BAD_FLAGS", "unknown DNSKEY flag '" + s + "'");
            }
            if (v > 0xFFFF) {
                throw t.error("NUMBER_RANGE", "DNSKEY flags " + s + " is above 65535");
            }
            return (int) v;
        }
        int value = 0;
        int used = 0;
        for (String part : s.split("\\|", -1)) {
            int[] f = FLAG_NAMES.get(part.toUpperCase(Locale.ROOT));
            if (f == null || (used & f[1]) != 0) {
                throw t.error("BAD_FLAGS", "unknown DNSKEY flag '" + part + "'");
            }
            value |= f[0];
            used |= f[1];
        }
        return value;
    }

    @Override
    public void format(byte[] wire, StringBuilder out) {
        out.append(WireBuffer.readU16(wire, 0)).append(' ')
                .append(wire[2] & 0xFF).append(' ').append(wire[3] & 0xFF).append(' ');
        Base64Text.appendSplit(out, wire, 4, wire.length - 4);
    }

    @Override
    public void validate(byte[] wire) {
        // BIND 9.18 wants at least one octet of key whatever the flags and algorithm say, and no
        // more for RSA/MD5 (it no longer reads RFC 4034 Appendix B.1 tags from the modulus).
        if (wire.length < 5) {
            throw TextFields.badWire("DNSKEY rdata needs flags, protocol, algorithm and a key");
        }
        if ((wire[3] & 0xFF) == 253) {
            // RFC 4034 Appendix A.1.1: PRIVATEDNS keys start with the domain name of the algorithm.
            NameFields.wireLength(wire, 4);
        }
    }
}

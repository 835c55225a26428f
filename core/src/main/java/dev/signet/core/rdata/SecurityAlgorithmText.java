package dev.signet.core.rdata;

import dev.signet.core.text.Token;

import java.util.Locale;
import java.util.Map;

/**
 * The DNSSEC algorithm field in presentation format: a number 0–255 or one of the mnemonics
 * BIND 9.18 accepts (case-insensitive). RRSIG prints the number; CERT prints the mnemonic when
 * there is one ({@link #appendMnemonic}), as BIND does. This table only serves text; the
 * algorithm semantics live in the crypto package.
 */
final class SecurityAlgorithmText {

    private static final Map<String, Integer> MNEMONICS = Map.ofEntries(
            Map.entry("RSAMD5", 1), Map.entry("DH", 2), Map.entry("DSA", 3), Map.entry("RSASHA1", 5),
            Map.entry("NSEC3DSA", 6), Map.entry("NSEC3RSASHA1", 7), Map.entry("RSASHA256", 8),
            Map.entry("RSASHA512", 10), Map.entry("ECCGOST", 12), Map.entry("ECDSAP256SHA256", 13),
            Map.entry("ECDSA256", 13), Map.entry("ECDSAP384SHA384", 14), Map.entry("ECDSA384", 14),
            Map.entry("ED25519", 15), Map.entry("ED448", 16), Map.entry("INDIRECT", 252),
            Map.entry("PRIVATEDNS", 253), Map.entry("PRIVATEOID", 254));

    /** The names BIND prints (ECDSA256 and ECDSA384 are input-only aliases). */
    private static final String[] PRINTED = new String[256];

    static {
        MNEMONICS.forEach((name, value) -> {
            if (!name.equals("ECDSA256") && !name.equals("ECDSA384")) {
                PRINTED[value] = name;
            }
        });
    }

    private SecurityAlgorithmText() {
    }

    static int parse(Token t) {
        if (!t.quoted() && !t.text().isEmpty() && Character.isLetter(t.text().charAt(0))) {
            Integer v = MNEMONICS.get(t.text().toUpperCase(Locale.ROOT));
            if (v == null) {
                throw t.error("UNKNOWN_ALGORITHM", "unknown DNSSEC algorithm '" + t.text() + "'");
            }
            return v;
        }
        return TextFields.u8(t, "algorithm");
    }

    /** Appends the algorithm's mnemonic, or its number when it has none. */
    static void appendMnemonic(StringBuilder sb, int algorithm) {
        if (PRINTED[algorithm] != null) {
            sb.append(PRINTED[algorithm]);
        } else {
            sb.append(algorithm);
        }
    }
}

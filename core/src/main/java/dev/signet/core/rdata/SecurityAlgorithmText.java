package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.util.Map;

/**
 * The one table of DNSSEC algorithm mnemonics (IANA "DNS Security Algorithm Numbers" plus BIND's
 * input aliases {@code ECDSA256}/{@code ECDSA384}), for every place that reads or prints the
 * algorithm field: DNSKEY, DS, RRSIG and CERT rdata here, key files and command-line options in
 * the crypto and cli packages. Checked against {@code named-checkzone} and {@code dnssec-keygen}:
 * case-insensitive; decimal numbers 0–255 of up to 12 digits; {@code RSASHA1-NSEC3-SHA1},
 * {@code DSA-NSEC3-SHA1}, {@code ECC} and {@code DELETE} are rejected.
 *
 * <p>Covers algorithms Signet cannot sign with (DSA, GOST, …): a DS or DNSKEY of any algorithm
 * must still parse. What an algorithm means for signing lives in the crypto package, which
 * depends on this one and not the other way round.
 */
public final class SecurityAlgorithmText {

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

    /**
     * The algorithm number for a mnemonic or decimal number ({@code dnssec-keygen -a} and the
     * like).
     *
     * @throws TextException {@code UNKNOWN_ALGORITHM} or {@code NUMBER_RANGE}, without a position
     */
    public static int parse(String text) {
        return TextFields.mnemonicOrNumber(text, MNEMONICS, 255, "DNSSEC algorithm", "UNKNOWN_ALGORITHM");
    }

    /** The algorithm field of rdata, errors located at the word. */
    static int parse(Token t) {
        return TextFields.mnemonicOrNumber(t, MNEMONICS, 255, "DNSSEC algorithm", "UNKNOWN_ALGORITHM");
    }

    /** The name BIND prints for an algorithm number ({@code ECDSAP256SHA256}), or null if none. */
    public static String mnemonic(int algorithm) {
        return algorithm >= 0 && algorithm < PRINTED.length ? PRINTED[algorithm] : null;
    }

    /** Appends the algorithm's mnemonic, or its number when it has none (CERT, as BIND prints it). */
    static void appendMnemonic(StringBuilder sb, int algorithm) {
        String name = mnemonic(algorithm);
        if (name != null) {
            sb.append(name);
        } else {
            sb.append(algorithm);
        }
    }
}

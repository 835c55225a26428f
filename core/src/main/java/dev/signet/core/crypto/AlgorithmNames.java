package dev.signet.core.crypto;

import dev.signet.core.text.TextException;

import java.util.Locale;
import java.util.Map;

/**
 * The DNSSEC algorithm-number mnemonics BIND 9.18 accepts in presentation format (DNSKEY, DS,
 * RRSIG algorithm fields) and on its command lines: the IANA "DNS Security Algorithm Numbers"
 * mnemonics plus BIND's aliases {@code ECDSA256}/{@code ECDSA384}. Checked against
 * {@code named-checkzone} and {@code dnssec-keygen}: case-insensitive; decimal numbers (leading
 * zeros allowed, no hex) 0–255; {@code RSASHA1-NSEC3-SHA1}, {@code DSA-NSEC3-SHA1}, {@code ECC}
 * and {@code DELETE} are rejected.
 *
 * <p>Covers algorithm numbers Signet cannot sign with (DSA, GOST, …): a DS or DNSKEY of any
 * algorithm must still parse.
 */
public final class AlgorithmNames {

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("RSAMD5", 1), Map.entry("DH", 2), Map.entry("DSA", 3),
            Map.entry("RSASHA1", 5), Map.entry("NSEC3DSA", 6), Map.entry("NSEC3RSASHA1", 7),
            Map.entry("RSASHA256", 8), Map.entry("RSASHA512", 10), Map.entry("ECCGOST", 12),
            Map.entry("ECDSAP256SHA256", 13), Map.entry("ECDSA256", 13),
            Map.entry("ECDSAP384SHA384", 14), Map.entry("ECDSA384", 14),
            Map.entry("ED25519", 15), Map.entry("ED448", 16),
            Map.entry("INDIRECT", 252), Map.entry("PRIVATEDNS", 253), Map.entry("PRIVATEOID", 254));

    private AlgorithmNames() {
    }

    /**
     * The algorithm number for a mnemonic or decimal number.
     *
     * @throws TextException {@code UNKNOWN_ALGORITHM} for an unknown mnemonic, {@code NUMBER_RANGE}
     *     above 255 (no position: the caller adds it)
     */
    public static int parse(String text) {
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long v = Long.parseLong(text);
            if (v > 255) {
                throw new TextException("NUMBER_RANGE", "algorithm " + text + " is above 255");
            }
            return (int) v;
        }
        Integer n = BY_NAME.get(text.toUpperCase(Locale.ROOT));
        if (n == null) {
            throw new TextException("UNKNOWN_ALGORITHM", "unknown DNSSEC algorithm '" + text + "'");
        }
        return n;
    }
}

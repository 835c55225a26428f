package dev.signet.core.rdata;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.util.Map;

/**
 * The DS digest-type field (RFC 4034 §5.1.3) in presentation format: BIND 9.18's mnemonics
 * ({@code SHA-1 SHA1 SHA-256 SHA256 GOST SHA-384 SHA384}, any case) or a decimal number 0–255,
 * and the digest lengths BIND checks DS rdata against. The one table for DS/CDS rdata here and
 * for {@code dsfromkey -a} in the crypto package, which computes the digests.
 */
public final class DigestTypeText {

    /** GOST R 34.11-94 (RFC 5933): BIND knows the mnemonic but no longer computes it. */
    public static final int GOST = 3;

    private static final Map<String, Integer> MNEMONICS = Map.of(
            "SHA-1", 1, "SHA1", 1, "SHA-256", 2, "SHA256", 2, "GOST", GOST, "SHA-384", 4, "SHA384", 4);

    private DigestTypeText() {
    }

    /**
     * A digest-type number from a mnemonic or decimal number.
     *
     * @throws TextException {@code UNKNOWN_DIGEST} or {@code NUMBER_RANGE}, without a position
     */
    public static int parse(String text) {
        return TextFields.mnemonicOrNumber(text, MNEMONICS, 255, "DS digest type", "UNKNOWN_DIGEST");
    }

    static int parse(Token t) {
        return TextFields.mnemonicOrNumber(t, MNEMONICS, 255, "DS digest type", "UNKNOWN_DIGEST");
    }

    /**
     * The digest length BIND 9.18 requires for a digest type: SHA-1 20, SHA-256 32 (RFC 4509),
     * SHA-384 48 (RFC 6605); -1 for every other type, GOST included (BIND no longer implements
     * it and accepts any non-empty digest).
     */
    public static int checkedLength(int digestType) {
        return switch (digestType) {
            case 1 -> 20;
            case 2 -> 32;
            case 4 -> 48;
            default -> -1;
        };
    }
}

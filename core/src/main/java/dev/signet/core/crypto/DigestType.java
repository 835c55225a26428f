package dev.signet.core.crypto;

import dev.signet.core.text.TextException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * DS digest types Signet can compute (RFC 4034 §5.1.3 SHA-1, RFC 4509 SHA-256, RFC 6605 SHA-384),
 * and the digest-type mnemonics BIND 9.18 accepts for any type.
 */
public enum DigestType {
    SHA1(1, "SHA-1", "SHA-1", 20),
    SHA256(2, "SHA-256", "SHA-256", 32),
    SHA384(4, "SHA-384", "SHA-384", 48);

    /** GOST R 34.11-94 (RFC 5933): BIND knows the mnemonic but no longer computes it. */
    public static final int GOST = 3;

    private final int number;
    private final String mnemonic;
    private final String jcaName;
    private final int length;

    DigestType(int number, String mnemonic, String jcaName, int length) {
        this.number = number;
        this.mnemonic = mnemonic;
        this.jcaName = jcaName;
        this.length = length;
    }

    public int number() {
        return number;
    }

    /** BIND's name, as {@code dnssec-dsfromkey -a} takes it: {@code SHA-256}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** Digest length in octets. */
    public int length() {
        return length;
    }

    /** A new digest object (JDK provider: these digests are not worth a provider choice). */
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jcaName, e);
        }
    }

    /** The type with this number, or {@code null}. */
    public static DigestType fromNumber(int number) {
        for (DigestType t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        return null;
    }

    /**
     * The digest length of a digest-type number BIND 9.18 checks DS digests against (SHA-1,
     * SHA-256, SHA-384), or -1: BIND no longer implements GOST and accepts any length for it.
     */
    public static int lengthOf(int number) {
        DigestType t = fromNumber(number);
        return t != null ? t.length : -1;
    }

    /**
     * A digest-type number from BIND's mnemonics ({@code SHA-1 SHA1 SHA-256 SHA256 GOST SHA-384
     * SHA384}, any case) or a decimal number 0–255.
     *
     * @throws TextException {@code UNKNOWN_DIGEST} or {@code NUMBER_RANGE}, without a position
     */
    public static int parseNumber(String text) {
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long v = Long.parseLong(text);
            if (v > 255) {
                throw new TextException("NUMBER_RANGE", "digest type " + text + " is above 255");
            }
            return (int) v;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "SHA-1", "SHA1":
                return 1;
            case "SHA-256", "SHA256":
                return 2;
            case "GOST":
                return GOST;
            case "SHA-384", "SHA384":
                return 4;
            default:
                throw new TextException("UNKNOWN_DIGEST", "unknown DS digest type '" + text + "'");
        }
    }

    /**
     * A digest type Signet can compute, by mnemonic or number.
     *
     * @throws TextException {@code UNKNOWN_DIGEST} / {@code UNSUPPORTED_DIGEST}
     */
    public static DigestType parse(String text) {
        int n = parseNumber(text);
        DigestType t = fromNumber(n);
        if (t == null) {
            throw new TextException("UNSUPPORTED_DIGEST", "DS digest type " + text + " is not supported");
        }
        return t;
    }
}

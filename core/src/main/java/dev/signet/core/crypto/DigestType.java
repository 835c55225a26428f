package dev.signet.core.crypto;

import dev.signet.core.rdata.DigestTypeText;
import dev.signet.core.text.TextException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * DS digest types Signet can compute (RFC 4034 §5.1.3 SHA-1, RFC 4509 SHA-256, RFC 6605 SHA-384).
 * Mnemonics and lengths come from {@link DigestTypeText}, the table the DS codec reads with.
 */
public enum DigestType {
    SHA1(1, "SHA-1", "SHA-1"),
    SHA256(2, "SHA-256", "SHA-256"),
    SHA384(4, "SHA-384", "SHA-384");

    private final int number;
    private final String mnemonic;
    private final String jcaName;

    DigestType(int number, String mnemonic, String jcaName) {
        this.number = number;
        this.mnemonic = mnemonic;
        this.jcaName = jcaName;
    }

    public int number() {
        return number;
    }

    /** BIND's name, as {@code dnssec-dsfromkey -a} takes it: {@code SHA-256}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** Digest length in octets (the one BIND checks DS rdata against). */
    public int length() {
        return DigestTypeText.checkedLength(number);
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
     * A digest type Signet can compute, by mnemonic or number.
     *
     * @throws TextException {@code UNKNOWN_DIGEST} / {@code UNSUPPORTED_DIGEST}
     */
    public static DigestType parse(String text) {
        int n = DigestTypeText.parse(text);
        DigestType t = fromNumber(n);
        if (t == null) {
            throw new TextException("UNSUPPORTED_DIGEST", "DS digest type " + text + " is not supported");
        }
        return t;
    }
}

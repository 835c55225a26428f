package dev.signet.core.crypto;

import dev.signet.core.rdata.SecurityAlgorithmText;
import dev.signet.core.text.TextException;

/**
 * The DNSSEC signing algorithms Signet can create and check signatures for, with what each
 * needs from the JCA. Numbers and mnemonics are the IANA ones BIND 9.18 prints (RFC 8624 lists
 * their status; 5 and 7 are deprecated for signing but still validate).
 */
public enum Algorithm {
    RSASHA1(5, Family.RSA, "SHA-1", "SHA1withRSA", null, 0),
    NSEC3RSASHA1(7, Family.RSA, "SHA-1", "SHA1withRSA", null, 0),
    RSASHA256(8, Family.RSA, "SHA-256", "SHA256withRSA", null, 0),
    RSASHA512(10, Family.RSA, "SHA-512", "SHA512withRSA", null, 0),
    ECDSAP256SHA256(13, Family.ECDSA, "SHA-256", "SHA256withECDSA", "secp256r1", 32),
    ECDSAP384SHA384(14, Family.ECDSA, "SHA-384", "SHA384withECDSA", "secp384r1", 48),
    ED25519(15, Family.EDDSA, null, "Ed25519", "Ed25519", 32),
    ED448(16, Family.EDDSA, null, "Ed448", "Ed448", 57);

    /** The kind of public-key mathematics, which decides key and signature encodings. */
    public enum Family { RSA, ECDSA, EDDSA }

    private final int number;
    private final Family family;
    private final String hashName;
    private final String jcaSignature;
    private final String curve;
    private final int fieldLength;

    Algorithm(int number, Family family, String hashName, String jcaSignature, String curve, int fieldLength) {
        this.number = number;
        this.family = family;
        this.hashName = hashName;
        this.jcaSignature = jcaSignature;
        this.curve = curve;
        this.fieldLength = fieldLength;
    }

    public int number() {
        return number;
    }

    /** BIND's name, as in {@code Algorithm: 13 (ECDSAP256SHA256)} (from the one mnemonic table). */
    public String mnemonic() {
        return SecurityAlgorithmText.mnemonic(number);
    }

    public Family family() {
        return family;
    }

    /** JCA message-digest name hashed before RSA/ECDSA signing; {@code null} for EdDSA (pure). */
    public String hashName() {
        return hashName;
    }

    /** The JCA {@code Signature} name (DER-encoded output for ECDSA). */
    public String jcaSignatureName() {
        return jcaSignature;
    }

    /** JCA curve name: {@code secp256r1}, {@code secp384r1}, {@code Ed25519}, {@code Ed448}; null for RSA. */
    public String curve() {
        return curve;
    }

    /**
     * ECDSA: octets of one coordinate / of r and s (RFC 6605 §4). EdDSA: octets of the public key
     * and of the private seed (RFC 8080 §3). 0 for RSA.
     */
    public int fieldLength() {
        return fieldLength;
    }

    /** Signature length in octets, or -1 for RSA (the modulus length). */
    public int signatureLength() {
        return switch (family) {
            case RSA -> -1;
            case ECDSA -> 2 * fieldLength;
            case EDDSA -> this == ED25519 ? 64 : 114;
        };
    }

    /** RFC 8624 §3.1: MUST NOT sign with 5 or 7 (still allowed by BIND with a warning). */
    public boolean isDeprecated() {
        return this == RSASHA1 || this == NSEC3RSASHA1;
    }

    /** The algorithm with this number, or {@code null} if Signet does not implement it. */
    public static Algorithm fromNumber(int number) {
        for (Algorithm a : values()) {
            if (a.number == number) {
                return a;
            }
        }
        return null;
    }

    /**
     * An algorithm by BIND mnemonic, alias or decimal number ({@code dnssec-keygen -a}).
     *
     * @throws TextException {@code UNKNOWN_ALGORITHM} or {@code UNSUPPORTED_ALGORITHM}
     */
    public static Algorithm parse(String text) {
        int n = SecurityAlgorithmText.parse(text);
        Algorithm a = fromNumber(n);
        if (a == null) {
            throw new TextException("UNSUPPORTED_ALGORITHM", "DNSSEC algorithm " + text + " is not supported");
        }
        return a;
    }

    /**
     * Like {@link #fromNumber} but failing.
     *
     * @throws TextException {@code UNSUPPORTED_ALGORITHM}
     */
    public static Algorithm require(int number) {
        Algorithm a = fromNumber(number);
        if (a == null) {
            throw new TextException("UNSUPPORTED_ALGORITHM", "DNSSEC algorithm " + number + " is not supported");
        }
        return a;
    }
}

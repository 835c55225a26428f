package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;

/** The SunPKCS11 names Signet signs and generates RSA and ECDSA keys with (EdDSA: {@link RawTokenKeys}). */
final class Pkcs11Algorithms {

    private Pkcs11Algorithms() {
    }

    /**
     * The JCA signature name whose output is already DNSSEC's format: RSA PKCS#1 v1.5 (RFC 3110
     * §3), ECDSA as fixed-length r | s (RFC 6605 §4: the P1363 form, not DER).
     */
    static String signatureName(Algorithm alg) {
        return switch (alg.family()) {
            case RSA -> alg.jcaSignatureName();
            case ECDSA -> alg.jcaSignatureName() + "inP1363Format";
            case EDDSA -> throw new IllegalArgumentException("SunPKCS11 has no EdDSA: " + alg);
        };
    }

    /** The KeyPairGenerator name. */
    static String keyPairName(Algorithm alg) {
        return switch (alg.family()) {
            case RSA -> "RSA";
            case ECDSA -> "EC";
            case EDDSA -> throw new IllegalArgumentException("SunPKCS11 has no EdDSA: " + alg);
        };
    }
}

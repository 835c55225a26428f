package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.spi.KeyException;

/** The SunPKCS11 names Signet signs and generates with, per DNSSEC algorithm. */
final class Pkcs11Algorithms {

    private Pkcs11Algorithms() {
    }

    /**
     * The JCA signature name whose output is already DNSSEC's format: RSA PKCS#1 v1.5 (RFC 3110
     * §3), ECDSA as fixed-length r | s (RFC 6605 §4: the P1363 form, not DER).
     */
    static String signatureName(Algorithm alg, String source) {
        return switch (alg.family()) {
            case RSA -> alg.jcaSignatureName();
            case ECDSA -> alg.jcaSignatureName() + "inP1363Format";
            case EDDSA -> throw noEdDsa(alg, source);
        };
    }

    /** The KeyPairGenerator name. */
    static String keyPairName(Algorithm alg, String source) {
        return switch (alg.family()) {
            case RSA -> "RSA";
            case ECDSA -> "EC";
            case EDDSA -> throw noEdDsa(alg, source);
        };
    }

    /** SunPKCS11 (OpenJDK 17 to 25) offers no EdDSA service, whatever the token supports. */
    static KeyException noEdDsa(Algorithm alg, String source) {
        return new KeyException("PKCS11_ALGORITHM_UNSUPPORTED", source, null, "SunPKCS11 on this JDK cannot use "
                + alg.mnemonic() + " token keys (it has no EdDSA); use ECDSAP256SHA256, ECDSAP384SHA384 or RSASHA256");
    }
}

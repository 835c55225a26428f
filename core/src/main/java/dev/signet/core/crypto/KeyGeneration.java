package dev.signet.core.crypto;

import dev.signet.core.text.TextException;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * Software key-pair generation as {@code dnssec-keygen} does it: RSA moduli of 1024–4096 bits
 * with public exponent 65537 (F4), the algorithm's curve for ECDSA and EdDSA.
 */
public final class KeyGeneration {

    public static final int RSA_MIN_BITS = 1024;
    public static final int RSA_MAX_BITS = 4096;
    /** BIND's default RSA size for both KSKs and ZSKs. */
    public static final int RSA_DEFAULT_BITS = 2048;

    private KeyGeneration() {
    }

    /**
     * Generates a key pair.
     *
     * @param bits RSA modulus size; ignored for ECDSA and EdDSA
     * @throws TextException {@code BAD_KEY_SIZE} for an RSA size outside 1024–4096
     */
    public static KeyPair generate(Algorithm alg, int bits, SecureRandom random) {
        try {
            KeyPairGenerator g;
            switch (alg.family()) {
                case RSA -> {
                    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
                        throw new TextException("BAD_KEY_SIZE", alg.mnemonic() + " key size " + bits
                                + " is outside " + RSA_MIN_BITS + "-" + RSA_MAX_BITS);
                    }
                    g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), random);
                }
                case ECDSA -> {
                    g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec(alg.curve()), random);
                }
                default -> {
                    g = KeyPairGenerator.getInstance(alg.curve());
                    g.initialize(alg == Algorithm.ED25519 ? 255 : 448, random);
                }
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + alg.mnemonic() + " keys", e);
        }
    }

    /** Size in bits as BIND reports it (modulus bits; 256/384 for ECDSA; 256/456 for EdDSA). */
    public static int keySize(Algorithm alg, byte[] dnskeyPublicKey) {
        return switch (alg.family()) {
            case RSA -> {
                BigInteger n = DnskeyPublicKeys.rsaFields(dnskeyPublicKey)[1];
                yield n.bitLength();
            }
            case ECDSA -> alg.fieldLength() * 8;
            case EDDSA -> alg == Algorithm.ED25519 ? 256 : 456;
        };
    }
}

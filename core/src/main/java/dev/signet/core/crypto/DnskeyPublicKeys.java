package dev.signet.core.crypto;

import dev.signet.core.text.TextException;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The public-key field of a DNSKEY to and from {@link PublicKey}: RFC 3110 §2 for RSA (exponent
 * length in one octet, or zero and two octets for exponents longer than 255 octets), RFC 6605 §4
 * for ECDSA (x | y, no point-format prefix), RFC 8080 §3 for EdDSA (the RFC 8032 encoding).
 * Keys are built with the JDK's key factories; every provider accepts them.
 */
public final class DnskeyPublicKeys {

    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112), before the 32 key octets. */
    private static final byte[] ED25519_SPKI = hex("302a300506032b6570032100");
    /** The same for Ed448 (OID 1.3.101.113), before 57 key octets. */
    private static final byte[] ED448_SPKI = hex("3043300506032b6571033a00");

    private static final Map<Algorithm, ECParameterSpec> CURVES = new EnumMap<>(Algorithm.class);

    static {
        for (Algorithm a : Algorithm.values()) {
            if (a.family() == Algorithm.Family.ECDSA) {
                try {
                    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
                    p.init(new ECGenParameterSpec(a.curve()));
                    CURVES.put(a, p.getParameterSpec(ECParameterSpec.class));
                } catch (GeneralSecurityException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    private DnskeyPublicKeys() {
    }

    /** The JDK's parameters of an ECDSA algorithm's curve. */
    public static ECParameterSpec curve(Algorithm alg) {
        ECParameterSpec spec = CURVES.get(alg);
        if (spec == null) {
            throw new IllegalArgumentException(alg + " is not ECDSA");
        }
        return spec;
    }

    /**
     * Decodes a DNSKEY public-key field.
     *
     * @throws TextException {@code BAD_PUBLIC_KEY} if the octets are not a key of this algorithm
     */
    public static PublicKey decode(Algorithm alg, byte[] key) {
        try {
            return switch (alg.family()) {
                case RSA -> decodeRsa(key);
                case ECDSA -> decodeEc(alg, key);
                case EDDSA -> decodeEd(alg, key);
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TextException("BAD_PUBLIC_KEY", alg.mnemonic() + " public key: " + e.getMessage());
        }
    }

    /** Encodes a public key as the DNSKEY public-key field of {@code alg}. */
    public static byte[] encode(Algorithm alg, PublicKey key) {
        return switch (alg.family()) {
            case RSA -> encodeRsa((RSAPublicKey) key);
            case ECDSA -> encodeEc(alg, (ECPublicKey) key);
            case EDDSA -> encodeEd(alg, key);
        };
    }

    /** RFC 3110 §2 encoding of an exponent and modulus. */
    public static byte[] encodeRsa(BigInteger exponent, BigInteger modulus) {
        byte[] e = unsigned(exponent);
        byte[] n = unsigned(modulus);
        int head = e.length <= 255 ? 1 : 3;
        byte[] out = new byte[head + e.length + n.length];
        if (head == 1) {
            out[0] = (byte) e.length;
        } else {
            out[1] = (byte) (e.length >>> 8);
            out[2] = (byte) e.length;
        }
        System.arraycopy(e, 0, out, head, e.length);
        System.arraycopy(n, 0, out, head + e.length, n.length);
        return out;
    }

    private static byte[] encodeRsa(RSAPublicKey key) {
        return encodeRsa(key.getPublicExponent(), key.getModulus());
    }

    /** RFC 3110 §2 fields of an RSA DNSKEY: {exponent, modulus}. */
    public static BigInteger[] rsaFields(byte[] key) {
        if (key.length < 1) {
            throw new IllegalArgumentException("empty key");
        }
        int p = 1;
        int elen = key[0] & 0xFF;
        if (elen == 0) {
            if (key.length < 3) {
                throw new IllegalArgumentException("truncated exponent length");
            }
            elen = ((key[1] & 0xFF) << 8) | (key[2] & 0xFF);
            p = 3;
        }
        if (elen == 0 || p + elen >= key.length) {
            throw new IllegalArgumentException("exponent length " + elen + " leaves no modulus");
        }
        BigInteger e = new BigInteger(1, Arrays.copyOfRange(key, p, p + elen));
        BigInteger n = new BigInteger(1, Arrays.copyOfRange(key, p + elen, key.length));
        return new BigInteger[] {e, n};
    }

    private static PublicKey decodeRsa(byte[] key) throws GeneralSecurityException {
        BigInteger[] f = rsaFields(key);
        RSAPublicKeySpec spec = new RSAPublicKeySpec(f[1], f[0]);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (java.security.spec.InvalidKeySpecException e) {
            // The JDK refuses exponents over 64 bits with moduli over 3072 bits; RFC 3110 allows
            // them, and Bouncy Castle takes them.
            return KeyFactory.getInstance("RSA", BouncyCastle.provider()).generatePublic(spec);
        }
    }

    private static byte[] encodeEc(Algorithm alg, ECPublicKey key) {
        int len = alg.fieldLength();
        byte[] out = new byte[2 * len];
        EcdsaSignatureFormat.putUnsigned(key.getW().getAffineX(), out, 0, len);
        EcdsaSignatureFormat.putUnsigned(key.getW().getAffineY(), out, len, len);
        return out;
    }

    private static PublicKey decodeEc(Algorithm alg, byte[] key) throws GeneralSecurityException {
        int len = alg.fieldLength();
        if (key.length != 2 * len) {
            throw new IllegalArgumentException("expected " + 2 * len + " octets (x | y), got " + key.length);
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(key, 0, len));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(key, len, 2 * len));
        // The JDK's key factory does not check that the point is on the curve; Bouncy Castle's
        // curve arithmetic does (and that x and y are field elements).
        BcLowLevelBackend.domain(alg).getCurve().validatePoint(x, y);
        ECPoint w = new ECPoint(x, y);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, curve(alg)));
    }

    private static byte[] encodeEd(Algorithm alg, PublicKey key) {
        byte[] spki = key.getEncoded();
        byte[] prefix = alg == Algorithm.ED25519 ? ED25519_SPKI : ED448_SPKI;
        if (spki.length != prefix.length + alg.fieldLength()
                || !Arrays.equals(spki, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalArgumentException("not an " + alg.curve() + " public key");
        }
        return Arrays.copyOfRange(spki, prefix.length, spki.length);
    }

    private static PublicKey decodeEd(Algorithm alg, byte[] key) throws GeneralSecurityException {
        if (key.length != alg.fieldLength()) {
            throw new IllegalArgumentException("expected " + alg.fieldLength() + " octets, got " + key.length);
        }
        return KeyFactory.getInstance(alg.curve()).generatePublic(new X509EncodedKeySpec(edSpki(alg, key)));
    }

    /** The X.509 SubjectPublicKeyInfo DER of a raw EdDSA public key. */
    static byte[] edSpki(Algorithm alg, byte[] key) {
        byte[] prefix = alg == Algorithm.ED25519 ? ED25519_SPKI : ED448_SPKI;
        byte[] spki = Arrays.copyOf(prefix, prefix.length + key.length);
        System.arraycopy(key, 0, spki, prefix.length, key.length);
        return spki;
    }

    /** Big-endian octets of a positive integer without a sign octet. */
    public static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            return Arrays.copyOfRange(b, 1, b.length);
        }
        return b;
    }

    static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}

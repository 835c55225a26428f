package dev.signet.core.crypto;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Private keys from the raw values key files hold (RSA CRT integers, the ECDSA scalar, the EdDSA
 * seed), the reverse, and the public key that belongs to a private key.
 */
public final class PrivateKeys {

    /** PKCS#8 prefix for an Ed25519 seed (RFC 8410 §7): version 0, OID 1.3.101.112, OCTET STRING. */
    private static final byte[] ED25519_PKCS8 = DnskeyPublicKeys.hex("302e020100300506032b657004220420");
    private static final byte[] ED448_PKCS8 = DnskeyPublicKeys.hex("3047020100300506032b6571043b0439");

    private PrivateKeys() {
    }

    public static PrivateKey rsa(BigInteger modulus, BigInteger publicExponent, BigInteger privateExponent,
            BigInteger prime1, BigInteger prime2, BigInteger exponent1, BigInteger exponent2, BigInteger coefficient)
            throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(modulus, publicExponent,
                privateExponent, prime1, prime2, exponent1, exponent2, coefficient));
    }

    /** An ECDSA private key from its scalar. */
    public static PrivateKey ec(Algorithm alg, BigInteger scalar) throws GeneralSecurityException {
        BigInteger order = DnskeyPublicKeys.curve(alg).getOrder();
        if (scalar.signum() <= 0 || scalar.compareTo(order) >= 0) {
            throw new java.security.InvalidKeyException("ECDSA private key out of range");
        }
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, DnskeyPublicKeys.curve(alg)));
    }

    /** An EdDSA private key from its RFC 8032 seed (32 octets for Ed25519, 57 for Ed448). */
    public static PrivateKey ed(Algorithm alg, byte[] seed) throws GeneralSecurityException {
        if (seed.length != alg.fieldLength()) {
            throw new java.security.InvalidKeyException(alg.mnemonic() + " private key must be "
                    + alg.fieldLength() + " octets, not " + seed.length);
        }
        byte[] prefix = alg == Algorithm.ED25519 ? ED25519_PKCS8 : ED448_PKCS8;
        byte[] der = Arrays.copyOf(prefix, prefix.length + seed.length);
        System.arraycopy(seed, 0, der, prefix.length, seed.length);
        return KeyFactory.getInstance(alg.curve()).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** The RFC 8032 seed of an EdDSA private key from any provider (read from its PKCS#8 form). */
    public static byte[] edSeed(Algorithm alg, PrivateKey key) throws GeneralSecurityException {
        byte[] der = key.getEncoded();
        if (der == null) {
            throw new java.security.InvalidKeyException("EdDSA private key is not extractable");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
            byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            if (seed.length != alg.fieldLength()) {
                throw new java.security.InvalidKeyException("not an " + alg.curve() + " private key");
            }
            return seed;
        } catch (IOException | IllegalArgumentException e) {
            throw new java.security.InvalidKeyException("unreadable EdDSA private key", e);
        }
    }

    /** The public key that belongs to a private key. */
    public static PublicKey publicKey(Algorithm alg, PrivateKey key) throws GeneralSecurityException {
        switch (alg.family()) {
            case RSA: {
                RSAPrivateCrtKey k = (RSAPrivateCrtKey) key;
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(k.getModulus(), k.getPublicExponent()));
            }
            case ECDSA: {
                ECDomainParameters d = BcLowLevelBackend.domain(alg);
                org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier()
                        .multiply(d.getG(), ((ECPrivateKey) key).getS()).normalize();
                ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
                return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, DnskeyPublicKeys.curve(alg)));
            }
            default: {
                byte[] seed = edSeed(alg, key);
                byte[] raw = alg == Algorithm.ED25519
                        ? new Ed25519PrivateKeyParameters(seed).generatePublicKey().getEncoded()
                        : new Ed448PrivateKeyParameters(seed).generatePublicKey().getEncoded();
                return KeyFactory.getInstance(alg.curve()).generatePublic(
                        new X509EncodedKeySpec(DnskeyPublicKeys.edSpki(alg, raw)));
            }
        }
    }
}

package dev.signet.core.crypto;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Bouncy Castle's low-level (non-JCA) API. Its EdDSA and its ECDSA on the special-form P-256 and
 * P-384 curve implementations ({@link CustomNamedCurves}) are several times faster than the JDK
 * 17 providers. ECDSA nonces are deterministic (RFC 6979, HMAC-DRBG), so signing does not depend
 * on the quality of a random source; RFC 6605 allows any valid nonce.
 */
public final class BcLowLevelBackend implements CryptoBackend {

    private static final byte[] NO_CONTEXT = new byte[0];
    private static final Map<Algorithm, ECDomainParameters> DOMAINS = new EnumMap<>(Algorithm.class);

    static {
        for (Algorithm a : Algorithm.values()) {
            if (a.family() == Algorithm.Family.ECDSA) {
                X9ECParameters x9 = CustomNamedCurves.getByName(a.curve());
                DOMAINS.put(a, new ECDomainParameters(x9));
            }
        }
    }

    @Override
    public String name() {
        return "BC-lowlevel";
    }

    @Override
    public boolean supports(Algorithm alg) {
        return true;
    }

    static ECDomainParameters domain(Algorithm alg) {
        return DOMAINS.get(alg);
    }

    @Override
    public SignFunction signer(Algorithm alg, PrivateKey privateKey, PublicKey publicKey)
            throws GeneralSecurityException {
        switch (alg.family()) {
            case RSA: {
                if (!(privateKey instanceof RSAPrivateCrtKey k)) {
                    throw new InvalidKeyException("RSA signing needs the CRT form of the private key");
                }
                RSADigestSigner s = new RSADigestSigner(digest(alg));
                s.init(true, new RSAPrivateCrtKeyParameters(k.getModulus(), k.getPublicExponent(),
                        k.getPrivateExponent(), k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(),
                        k.getPrimeExponentQ(), k.getCrtCoefficient()));
                return (data, off, len) -> {
                    s.update(data, off, len);
                    try {
                        return s.generateSignature();
                    } catch (org.bouncycastle.crypto.CryptoException e) {
                        throw new IllegalStateException("RSA signing failed", e);
                    }
                };
            }
            case ECDSA: {
                ECPrivateKey k = (ECPrivateKey) privateKey;
                ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(digest(alg)));
                s.init(true, new ECPrivateKeyParameters(k.getS(), DOMAINS.get(alg)));
                MessageDigest md = MessageDigest.getInstance(alg.hashName());
                int field = alg.fieldLength();
                return (data, off, len) -> {
                    md.update(data, off, len);
                    BigInteger[] rs = s.generateSignature(md.digest());
                    return EcdsaSignatureFormat.toRaw(rs[0], rs[1], field);
                };
            }
            default: {
                byte[] seed = PrivateKeys.edSeed(alg, privateKey);
                if (alg == Algorithm.ED25519) {
                    // The key object derives its public key once and keeps it for every signature.
                    Ed25519PrivateKeyParameters k = new Ed25519PrivateKeyParameters(seed);
                    return (data, off, len) -> {
                        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
                        k.sign(Ed25519.Algorithm.Ed25519, null, data, off, len, sig, 0);
                        return sig;
                    };
                }
                Ed448PrivateKeyParameters k = new Ed448PrivateKeyParameters(seed);
                return (data, off, len) -> {
                    byte[] sig = new byte[Ed448.SIGNATURE_SIZE];
                    k.sign(Ed448.Algorithm.Ed448, NO_CONTEXT, data, off, len, sig, 0);
                    return sig;
                };
            }
        }
    }

    @Override
    public VerifyFunction verifier(Algorithm alg, PublicKey publicKey) throws GeneralSecurityException {
        switch (alg.family()) {
            case RSA: {
                RSAPublicKey k = (RSAPublicKey) publicKey;
                RSADigestSigner s = new RSADigestSigner(digest(alg));
                s.init(false, new RSAKeyParameters(false, k.getModulus(), k.getPublicExponent()));
                return (data, off, len, signature) -> {
                    s.update(data, off, len);
                    try {
                        return s.verifySignature(signature);
                    } catch (RuntimeException e) {
                        s.reset();
                        return false;
                    }
                };
            }
            case ECDSA: {
                ECPublicKey k = (ECPublicKey) publicKey;
                ECDomainParameters d = DOMAINS.get(alg);
                ECPublicKeyParameters params;
                try {
                    params = new ECPublicKeyParameters(
                            d.getCurve().createPoint(k.getW().getAffineX(), k.getW().getAffineY()), d);
                } catch (IllegalArgumentException e) {
                    throw new InvalidKeyException("ECDSA public key is not on " + alg.curve(), e);
                }
                ECDSASigner s = new ECDSASigner();
                s.init(false, params);
                MessageDigest md = MessageDigest.getInstance(alg.hashName());
                int field = alg.fieldLength();
                BigInteger order = d.getN();
                return (data, off, len, signature) -> {
                    md.update(data, off, len);
                    byte[] h = md.digest();
                    if (signature.length != 2 * field) {
                        return false;
                    }
                    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, field));
                    BigInteger sv = new BigInteger(1, Arrays.copyOfRange(signature, field, 2 * field));
                    if (r.signum() == 0 || sv.signum() == 0 || r.compareTo(order) >= 0 || sv.compareTo(order) >= 0) {
                        return false;
                    }
                    return s.verifySignature(h, r, sv);
                };
            }
            default: {
                byte[] raw = DnskeyPublicKeys.encode(alg, publicKey);
                if (alg == Algorithm.ED25519) {
                    Ed25519PublicKeyParameters k = new Ed25519PublicKeyParameters(raw);
                    return (data, off, len, signature) -> signature.length == Ed25519.SIGNATURE_SIZE
                            && k.verify(Ed25519.Algorithm.Ed25519, null, data, off, len, signature, 0);
                }
                Ed448PublicKeyParameters k = new Ed448PublicKeyParameters(raw);
                return (data, off, len, signature) -> signature.length == Ed448.SIGNATURE_SIZE
                        && k.verify(Ed448.Algorithm.Ed448, NO_CONTEXT, data, off, len, signature, 0);
            }
        }
    }

    private static Digest digest(Algorithm alg) {
        return switch (alg.hashName()) {
            case "SHA-1" -> new SHA1Digest();
            case "SHA-256" -> new SHA256Digest();
            case "SHA-384" -> new SHA384Digest();
            case "SHA-512" -> new SHA512Digest();
            default -> throw new IllegalArgumentException(alg.hashName());
        };
    }

    @Override
    public String toString() {
        return name();
    }
}

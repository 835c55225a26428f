package dev.signet.core.crypto;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * DNSSEC signatures through a JCA {@link Signature}: a given {@link Provider} object, or the
 * JDK's default provider order when none is given. ECDSA output is DER and goes through
 * {@link EcdsaSignatureFormat}; RSA and EdDSA signatures are already in DNSSEC form.
 */
public final class JcaBackend implements CryptoBackend {

    private final Provider provider;
    private final String name;

    private JcaBackend(Provider provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    /** The JDK's own providers, in the installation's order (SunRsaSign, SunEC). */
    public static JcaBackend jdk() {
        return new JcaBackend(null, "JDK");
    }

    /** A specific provider object (never registered globally). */
    public static JcaBackend of(Provider provider, String name) {
        return new JcaBackend(provider, name);
    }

    @Override
    public String name() {
        return name;
    }

    private Signature newSignature(Algorithm alg) throws NoSuchAlgorithmException {
        return provider == null ? Signature.getInstance(alg.jcaSignatureName())
                : Signature.getInstance(alg.jcaSignatureName(), provider);
    }

    @Override
    public boolean supports(Algorithm alg) {
        try {
            newSignature(alg);
            return true;
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }

    @Override
    public SignFunction signer(Algorithm alg, PrivateKey privateKey, PublicKey publicKey)
            throws GeneralSecurityException {
        Signature sig = newSignature(alg);
        sig.initSign(privateKey);
        boolean ecdsa = alg.family() == Algorithm.Family.ECDSA;
        return (data, off, len) -> {
            try {
                sig.update(data, off, len);
                byte[] out = sig.sign();
                return ecdsa ? EcdsaSignatureFormat.derToRaw(out, alg.fieldLength()) : out;
            } catch (SignatureException e) {
                throw new IllegalStateException(name + " " + alg.mnemonic() + " signing failed", e);
            }
        };
    }

    @Override
    public VerifyFunction verifier(Algorithm alg, PublicKey publicKey) throws GeneralSecurityException {
        Signature sig = newSignature(alg);
        sig.initVerify(publicKey);
        boolean ecdsa = alg.family() == Algorithm.Family.ECDSA;
        int sigLen = alg.signatureLength();
        return (data, off, len, signature) -> {
            try {
                if (sigLen > 0 && signature.length != sigLen) {
                    return false;
                }
                byte[] s = ecdsa ? EcdsaSignatureFormat.rawToDer(signature) : signature;
                sig.update(data, off, len);
                return sig.verify(s);
            } catch (SignatureException | IllegalArgumentException e) {
                resetQuietly(sig, publicKey);
                return false;
            }
        };
    }

    /** A failed verify may leave the object mid-operation; re-initialising resets it. */
    private static void resetQuietly(Signature sig, PublicKey key) {
        try {
            sig.initVerify(key);
        } catch (GeneralSecurityException ignored) {
            // the key was accepted a moment ago; nothing more to do
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.VerifyFunction;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * DNSSEC signatures by the system's libcrypto (OpenSSL 3) through {@code java.lang.foreign}.
 * Each {@link #signer} and {@link #verifier} call builds its own native key and context, so the
 * functions it returns are independent engines for one thread each, as {@link CryptoBackend}
 * asks; a signer's {@link SignFunction#close()} frees its key.
 */
public final class OpenSslBackend implements CryptoBackend {

    @Override
    public String name() {
        return "OpenSSL";
    }

    @Override
    public boolean supports(Algorithm alg) {
        return true;
    }

    /** @throws GeneralSecurityException one line with OpenSSL's reason when it refuses the key */
    @Override
    public SignFunction signer(Algorithm alg, PrivateKey privateKey, PublicKey publicKey)
            throws GeneralSecurityException {
        return new OpenSslSigner(alg, privateKey, publicKey);
    }

    @Override
    public VerifyFunction verifier(Algorithm alg, PublicKey publicKey) throws GeneralSecurityException {
        return new OpenSslVerifier(alg, publicKey);
    }

    @Override
    public String toString() {
        return name();
    }
}

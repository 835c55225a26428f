package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.Signer;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

/**
 * Signs with a private key that stays on the token. Thread-safe: each thread has its own
 * {@link Signature} (SunPKCS11 takes a pooled session per operation, so threads sign in parallel
 * up to the token's session limit); the key object is shared.
 */
final class Pkcs11Signer implements Signer {

    private final Dnskey dnskey;
    private final Algorithm algorithm;
    private final String source;
    private final ThreadLocal<Signature> engines;

    Pkcs11Signer(Dnskey dnskey, Algorithm algorithm, PrivateKey key, Provider provider, String source) {
        this.dnskey = dnskey;
        this.algorithm = algorithm;
        this.source = source;
        String name = Pkcs11Algorithms.signatureName(algorithm);
        if (provider.getService("Signature", name) == null) {
            throw new KeyException("PKCS11_ALGORITHM_UNSUPPORTED", source, null, "the token cannot sign "
                    + algorithm.mnemonic() + " (its module offers no mechanism for " + name + ")");
        }
        this.engines = ThreadLocal.withInitial(() -> {
            try {
                Signature s = Signature.getInstance(name, provider);
                s.initSign(key);
                return s;
            } catch (GeneralSecurityException e) {
                throw new KeyException("PKCS11_SIGN_FAILED", source, null, "cannot sign with the token key: "
                        + Pkcs11Errors.describe(e));
            }
        });
        engines.get(); // fail here, not in a worker thread
    }

    @Override
    public Dnskey dnskey() {
        return dnskey;
    }

    @Override
    public Algorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] data, int off, int len) {
        Signature s = engines.get();
        try {
            // sign() leaves the Signature initialised for the same key (JCA), ready for the next call.
            s.update(data, off, len);
            return s.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            engines.remove(); // a failed operation may leave the object mid-way: start afresh
            throw new KeyException("PKCS11_SIGN_FAILED", source, null, "the token refused to sign: "
                    + Pkcs11Errors.describe(e));
        }
    }
}

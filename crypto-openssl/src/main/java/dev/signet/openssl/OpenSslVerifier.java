package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.EcdsaSignatureFormat;
import dev.signet.core.crypto.VerifyFunction;

import java.lang.foreign.MemorySegment;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * One thread's OpenSSL verification engine for one public key: {@code EVP_Digest} and
 * {@code EVP_PKEY_verify} on one reused context for RSA and ECDSA (the DNSSEC {@code r | s}
 * turned into DER by core's {@link EcdsaSignatureFormat}), {@code EVP_DigestVerifyInit} and
 * one-shot {@code EVP_DigestVerify} for EdDSA. A wrong or malformed signature is {@code false};
 * the error OpenSSL queues for it is discarded so that it cannot be mistaken for a later failure.
 * Nobody closes a verifier (they live in per-thread caches), so the {@link NativeHandles}
 * cleaner frees it when it is dropped.
 */
final class OpenSslVerifier extends Engine implements VerifyFunction {

    private MemorySegment signatureBuffer;

    OpenSslVerifier(Algorithm alg, PublicKey publicKey) throws GeneralSecurityException {
        super(alg, NativeKeys.publicKey(alg, publicKey), false);
        signatureBuffer = buffers.allocate(Math.max(maxSignatureLength, 1));
    }

    @Override
    public boolean verify(byte[] data, int off, int len, byte[] signature) {
        ensureOpen();
        int expected = alg.signatureLength();
        if (expected > 0 && signature.length != expected || signature.length == 0) {
            return false;
        }
        byte[] sig = signature;
        if (alg.family() == Algorithm.Family.ECDSA) {
            try {
                sig = EcdsaSignatureFormat.rawToDer(signature);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (sig.length > signatureBuffer.byteSize()) {
            if (alg.family() != Algorithm.Family.ECDSA) {
                return false; // longer than the modulus: cannot be an RSA signature by this key
            }
            signatureBuffer = buffers.allocate(sig.length);
        }
        MemorySegment.copy(sig, 0, signatureBuffer, JAVA_BYTE, 0, sig.length);
        MemorySegment in = input(data, off, len);
        int rc;
        try {
            if (alg.family() == Algorithm.Family.EDDSA) {
                // Initialised for every check: a context that failed a verification is not
                // reused (one-shot EdDSA verification is cheap to set up next to its cost).
                check((int) LibCrypto.Signatures.EVP_DigestVerifyInit.invokeExact(mdContext, MemorySegment.NULL,
                        MemorySegment.NULL, MemorySegment.NULL, key), "EVP_DigestVerifyInit");
                rc = (int) LibCrypto.Signatures.EVP_DigestVerify.invokeExact(mdContext, signatureBuffer,
                        (long) sig.length, in, (long) len);
            } else {
                check((int) LibCrypto.Digests.EVP_Digest.invokeExact(in, (long) len, hash, MemorySegment.NULL, md,
                        MemorySegment.NULL), "EVP_Digest");
                rc = (int) LibCrypto.Signatures.EVP_PKEY_verify.invokeExact(pkeyContext, signatureBuffer,
                        (long) sig.length, hash, (long) hashLength);
            }
        } catch (OpenSslException e) {
            throw new IllegalStateException("OpenSSL " + alg.mnemonic() + " verification: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (rc != 1) {
            OpenSslErrors.clear();
            return false;
        }
        return true;
    }
}

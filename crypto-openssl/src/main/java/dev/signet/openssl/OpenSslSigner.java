package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.EcdsaSignatureFormat;
import dev.signet.core.crypto.SignFunction;

import java.lang.foreign.MemorySegment;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * One thread's OpenSSL signing engine for one key.
 *
 * <p>RSA and ECDSA: the engine keeps one {@code EVP_PKEY_CTX} initialised for signing with the
 * algorithm's digest, and per signature calls {@code EVP_Digest} then {@code EVP_PKEY_sign} on
 * the hash — the two halves of {@code EVP_DigestSign*}, which in OpenSSL 3.0 cannot be reused
 * after {@code EVP_DigestSignFinal} without a re-initialisation or context copy per signature
 * (provider fetches and allocations that cost more than an ECDSA P-256 signature's hash). RSA
 * output is PKCS #1 v1.5 as RFC 3110 §3 wants; ECDSA output is DER, turned into RFC 6605 §4
 * {@code r | s} by core's {@link EcdsaSignatureFormat}.
 *
 * <p>EdDSA (pure, RFC 8080 §4): one-shot {@code EVP_DigestSign} on an {@code EVP_MD_CTX}
 * initialised once with {@code EVP_DigestSignInit}. OpenSSL 3.0 lets the context sign again
 * (re-initialising it costs 7 % of an Ed25519 signature); should a version refuse, the engine
 * re-initialises before every signature from then on.
 */
final class OpenSslSigner extends Engine implements SignFunction {

    private final MemorySegment out;
    private final MemorySegment outLength = buffers.allocate(JAVA_LONG);
    /** EdDSA: the context has a key; and whether it must be initialised again for each signature. */
    private boolean initialised;
    private boolean reinitialise;

    OpenSslSigner(Algorithm alg, PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        super(alg, NativeKeys.privateKey(alg, privateKey, publicKey), true);
        out = buffers.allocate(Math.max(maxSignatureLength, 1));
    }

    /** Re-initialise before every EdDSA signature, as with an OpenSSL that refuses reuse (tests). */
    OpenSslSigner reinitialisingEachTime() {
        reinitialise = true;
        return this;
    }

    private void initialise() throws Throwable {
        check((int) LibCrypto.Signatures.EVP_DigestSignInit.invokeExact(mdContext, MemorySegment.NULL,
                MemorySegment.NULL, MemorySegment.NULL, key), "EVP_DigestSignInit");
        initialised = true;
    }

    @Override
    public byte[] sign(byte[] data, int off, int len) {
        ensureOpen();
        MemorySegment in = input(data, off, len);
        outLength.set(JAVA_LONG, 0, out.byteSize());
        try {
            if (alg.family() == Algorithm.Family.EDDSA) {
                if (reinitialise || !initialised) {
                    initialise();
                }
                int rc = (int) LibCrypto.Signatures.EVP_DigestSign.invokeExact(mdContext, out, outLength, in,
                        (long) len);
                if (rc != 1 && !reinitialise) {
                    // This OpenSSL does not sign twice with one context: start again, and from now on.
                    OpenSslErrors.clear();
                    reinitialise = true;
                    initialise();
                    outLength.set(JAVA_LONG, 0, out.byteSize());
                    rc = (int) LibCrypto.Signatures.EVP_DigestSign.invokeExact(mdContext, out, outLength, in,
                            (long) len);
                }
                check(rc, "EVP_DigestSign");
            } else {
                check((int) LibCrypto.Digests.EVP_Digest.invokeExact(in, (long) len, hash, MemorySegment.NULL, md,
                        MemorySegment.NULL), "EVP_Digest");
                check((int) LibCrypto.Signatures.EVP_PKEY_sign.invokeExact(pkeyContext, out, outLength, hash,
                        (long) hashLength), "EVP_PKEY_sign");
            }
        } catch (OpenSslException e) {
            throw new IllegalStateException("OpenSSL " + alg.mnemonic() + " signing: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        byte[] sig = out.asSlice(0, outLength.get(JAVA_LONG, 0)).toArray(JAVA_BYTE);
        return alg.family() == Algorithm.Family.ECDSA ? EcdsaSignatureFormat.derToRaw(sig, alg.fieldLength()) : sig;
    }
}

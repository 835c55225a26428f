package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * What a signing and a verifying engine share: the native buffers they reuse for every
 * operation (so that a signature costs no native allocation on the Java side), the message
 * digest of the algorithm, and the handles to free. One engine serves one thread.
 *
 * <p>The buffers hold only public data (the signed data, its hash, signatures), so they live in
 * an automatic arena and go with the engine; the key lives in OpenSSL's memory and is freed by
 * {@link NativeHandles}.
 */
abstract class Engine implements AutoCloseable {

    /** {@code EVP_MD}s fetched once per process (OpenSSL names), freed with it. */
    private static final Map<Algorithm, MemorySegment> DIGESTS = new EnumMap<>(Algorithm.class);

    static {
        for (Algorithm a : Algorithm.values()) {
            if (a.hashName() != null) {
                String name = a.hashName().replace("-", "");
                try {
                    MemorySegment md = (MemorySegment) LibCrypto.Digests.EVP_MD_fetch.invokeExact(MemorySegment.NULL,
                            LibCrypto.cString(name), MemorySegment.NULL);
                    if (!LibCrypto.isNull(md)) {
                        DIGESTS.put(a, md);
                    }
                } catch (Throwable t) {
                    throw new ExceptionInInitializerError(t);
                }
            }
        }
    }

    protected final Algorithm alg;
    protected final Arena buffers = Arena.ofAuto();
    private MemorySegment input;
    protected final MemorySegment hash = buffers.allocate(64);
    protected final NativeHandles handles;
    /** The EVP_PKEY this engine signs or verifies with. */
    protected final MemorySegment key;
    /** RSA and ECDSA: an EVP_PKEY_CTX initialised once for the operation and the digest. */
    protected final MemorySegment pkeyContext;
    /** EdDSA: the EVP_MD_CTX that signs or verifies in one shot. */
    protected final MemorySegment mdContext;
    /** RSA and ECDSA: the digest and its length in octets; NULL and 0 for EdDSA. */
    protected final MemorySegment md;
    protected final int hashLength;
    /** EVP_PKEY_get_size: the longest signature of this key. */
    protected final int maxSignatureLength;

    /**
     * Takes ownership of {@code key} (freed here if setup fails, else by {@link #handles}) and
     * prepares the contexts that signing and verification share the shape of: for RSA and ECDSA
     * an EVP_PKEY_CTX initialised for {@code signing} or verifying with the algorithm's digest,
     * for EdDSA an empty EVP_MD_CTX that the subclass initialises.
     */
    Engine(Algorithm alg, MemorySegment key, boolean signing) throws GeneralSecurityException {
        this.alg = alg;
        this.input = buffers.allocate(512);
        MemorySegment pctx = MemorySegment.NULL;
        MemorySegment mctx = MemorySegment.NULL;
        try {
            maxSignatureLength = (int) LibCrypto.Keys.EVP_PKEY_get_size.invokeExact(key);
            if (alg.family() == Algorithm.Family.EDDSA) {
                md = MemorySegment.NULL;
                hashLength = 0;
                mctx = (MemorySegment) LibCrypto.Digests.EVP_MD_CTX_new.invokeExact();
                if (LibCrypto.isNull(mctx)) {
                    throw OpenSslErrors.failure("EVP_MD_CTX_new");
                }
            } else {
                md = digest(alg);
                hashLength = hashLength(alg);
                pctx = (MemorySegment) LibCrypto.Signatures.EVP_PKEY_CTX_new_from_pkey.invokeExact(MemorySegment.NULL,
                        key, MemorySegment.NULL);
                if (LibCrypto.isNull(pctx)) {
                    throw OpenSslErrors.failure("EVP_PKEY_CTX_new_from_pkey");
                }
                if (signing) {
                    check((int) LibCrypto.Signatures.EVP_PKEY_sign_init.invokeExact(pctx), "EVP_PKEY_sign_init");
                } else {
                    check((int) LibCrypto.Signatures.EVP_PKEY_verify_init.invokeExact(pctx), "EVP_PKEY_verify_init");
                }
                check((int) LibCrypto.Signatures.EVP_PKEY_CTX_set_signature_md.invokeExact(pctx, md),
                        "EVP_PKEY_CTX_set_signature_md");
            }
        } catch (GeneralSecurityException | RuntimeException | Error e) {
            free(key, pctx, mctx);
            throw e;
        } catch (Throwable t) {
            free(key, pctx, mctx);
            throw new IllegalStateException(t);
        }
        this.key = key;
        this.pkeyContext = pctx;
        this.mdContext = mctx;
        this.handles = new NativeHandles(this, key, pctx, mctx);
    }

    /** The {@code EVP_MD} RSA and ECDSA hash with. */
    static MemorySegment digest(Algorithm alg) throws OpenSslException {
        MemorySegment md = DIGESTS.get(alg);
        if (md == null) {
            throw new OpenSslException("EVP_MD_fetch(" + alg.hashName() + ") failed: digest not available");
        }
        return md;
    }

    /** Hash length in octets of the algorithm's digest. */
    static int hashLength(Algorithm alg) {
        return switch (alg.hashName()) {
            case "SHA-1" -> 20;
            case "SHA-256" -> 32;
            case "SHA-384" -> 48;
            default -> 64;
        };
    }

    /** {@code data[off, off+len)} in the reused native input buffer (grown when too small). */
    protected final MemorySegment input(byte[] data, int off, int len) {
        if (len > input.byteSize()) {
            input = buffers.allocate(Math.max(len, 2 * input.byteSize()));
        }
        MemorySegment.copy(data, off, input, JAVA_BYTE, 0, len);
        return input;
    }

    protected final void ensureOpen() {
        if (handles.isClosed()) {
            throw new IllegalStateException("OpenSSL " + alg.mnemonic() + " engine is closed");
        }
    }

    @Override
    public void close() {
        handles.close();
    }

    static void check(int rc, String call) throws OpenSslException {
        if (rc != 1) {
            throw OpenSslErrors.failure(call);
        }
    }

    static void free(MemorySegment key, MemorySegment pkeyContext, MemorySegment mdContext) {
        new NativeHandles(new Object(), key, pkeyContext, mdContext).close();
    }
}

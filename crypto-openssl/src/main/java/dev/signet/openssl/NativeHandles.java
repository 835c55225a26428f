package dev.signet.openssl;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The OpenSSL objects one engine owns (an {@code EVP_PKEY} and an {@code EVP_PKEY_CTX} or
 * {@code EVP_MD_CTX}), freed exactly once: by an explicit {@link #close()} (a signer's key source
 * closing) or, for engines nobody closes (per-thread verifiers dropped with their thread), by a
 * {@link Cleaner} when the engine becomes unreachable. {@code EVP_PKEY_free} wipes the private
 * key (OpenSSL clears private {@code BIGNUM}s and raw EdDSA keys when it frees them).
 */
final class NativeHandles implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    /** Holds only addresses, never the engine, so that the engine can become unreachable. */
    private static final class Release implements Runnable {
        private final AtomicBoolean done = new AtomicBoolean();
        private final MemorySegment key;
        private final MemorySegment pkeyContext;
        private final MemorySegment mdContext;

        Release(MemorySegment key, MemorySegment pkeyContext, MemorySegment mdContext) {
            this.key = key;
            this.pkeyContext = pkeyContext;
            this.mdContext = mdContext;
        }

        @Override
        public void run() {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            try {
                if (!LibCrypto.isNull(mdContext)) {
                    LibCrypto.Digests.EVP_MD_CTX_free.invokeExact(mdContext);
                }
                if (!LibCrypto.isNull(pkeyContext)) {
                    LibCrypto.Keys.EVP_PKEY_CTX_free.invokeExact(pkeyContext);
                }
                if (!LibCrypto.isNull(key)) {
                    LibCrypto.Keys.EVP_PKEY_free.invokeExact(key);
                }
            } catch (Throwable t) {
                throw new IllegalStateException("freeing OpenSSL objects", t);
            }
        }
    }

    private final Release release;
    private final Cleaner.Cleanable cleanable;

    /**
     * @param owner the engine whose unreachability frees the handles
     * @param pkeyContext an {@code EVP_PKEY_CTX} or {@code NULL}
     * @param mdContext an {@code EVP_MD_CTX} or {@code NULL}
     */
    NativeHandles(Object owner, MemorySegment key, MemorySegment pkeyContext, MemorySegment mdContext) {
        this.release = new Release(key, pkeyContext, mdContext);
        this.cleanable = CLEANER.register(owner, release);
    }

    boolean isClosed() {
        return release.done.get();
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}

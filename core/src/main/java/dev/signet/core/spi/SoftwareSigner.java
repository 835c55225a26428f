package dev.signet.core.spi;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.CryptoBackendProvider;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.PrivateKeys;
import dev.signet.core.crypto.SignFunction;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.rdata.Dnskey;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Signer} over a private key held in memory. Thread-safe: each thread gets its own
 * signing engine (JCA {@code Signature} objects, Bouncy Castle signers and OpenSSL contexts are
 * not thread-safe), created on its first call. {@link #close()} releases every engine (a native
 * backend's keys and contexts); the key source that made the signer closes it.
 */
public final class SoftwareSigner implements Signer, AutoCloseable {

    private final Dnskey dnskey;
    private final Algorithm algorithm;
    private final CryptoBackend backend;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final ThreadLocal<SignFunction> engines;
    /** Every engine handed out, so that close() reaches those of other threads too. */
    private final List<SignFunction> created = new ArrayList<>();
    private boolean closed;

    private SoftwareSigner(Dnskey dnskey, Algorithm algorithm, PrivateKey privateKey, PublicKey publicKey,
            CryptoBackend backend) {
        this.dnskey = dnskey;
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.backend = backend;
        this.engines = ThreadLocal.withInitial(this::newEngine);
    }

    /**
     * A signer with the fastest software implementation of the key's algorithm.
     *
     * @param source names the key in errors (file name or label)
     * @throws KeyException {@code UNSUPPORTED_ALGORITHM}, or {@code KEY_MISMATCH} when the
     *     private key does not belong to the DNSKEY
     */
    public static SoftwareSigner create(Dnskey dnskey, PrivateKey privateKey, String source) {
        return create(dnskey, privateKey, source, supported(dnskey, source, SoftwareCrypto::forSigning));
    }

    /** A signer with the implementation {@code provider} chooses for the key's algorithm. */
    public static SoftwareSigner create(Dnskey dnskey, PrivateKey privateKey, String source,
            CryptoBackendProvider provider) {
        return create(dnskey, privateKey, source, supported(dnskey, source, provider::forSigning));
    }

    private static CryptoBackend supported(Dnskey dnskey, String source,
            java.util.function.Function<Algorithm, CryptoBackend> choose) {
        Algorithm alg = Algorithm.fromNumber(dnskey.algorithm());
        if (alg == null) {
            throw new KeyException("UNSUPPORTED_ALGORITHM", source, "Algorithm",
                    "DNSSEC algorithm " + dnskey.algorithm() + " is not supported");
        }
        return choose.apply(alg);
    }

    /** A signer with an explicit implementation (benchmarks, cross-checks). */
    public static SoftwareSigner create(Dnskey dnskey, PrivateKey privateKey, String source, CryptoBackend backend) {
        Algorithm alg = Algorithm.require(dnskey.algorithm());
        PublicKey pub;
        try {
            pub = PrivateKeys.publicKey(alg, privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyException("BAD_PRIVATE_KEY", source, null,
                    "not a usable " + alg.mnemonic() + " private key: " + e.getMessage());
        }
        if (!Arrays.equals(DnskeyPublicKeys.encode(alg, pub), dnskey.publicKey())) {
            throw new KeyException("KEY_MISMATCH", source, null,
                    "private key does not belong to DNSKEY with key tag " + dnskey.keyTag());
        }
        SoftwareSigner s = new SoftwareSigner(dnskey, alg, privateKey, pub, backend);
        try {
            s.engines.get(); // fail here, not in a worker thread, if the backend refuses the key
        } catch (KeyException e) {
            throw new KeyException(e.code(), source, null, e.detail());
        }
        return s;
    }

    private SignFunction newEngine() {
        SignFunction f;
        try {
            f = backend.signer(algorithm, privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new KeyException("BAD_PRIVATE_KEY", null, null,
                    backend.name() + " refuses the " + algorithm.mnemonic() + " key: " + e.getMessage());
        }
        synchronized (created) {
            if (closed) {
                f.close();
                throw new IllegalStateException("signer for key tag " + dnskey.keyTag() + " is closed");
            }
            created.add(f);
        }
        return f;
    }

    @Override
    public Dnskey dnskey() {
        return dnskey;
    }

    @Override
    public Algorithm algorithm() {
        return algorithm;
    }

    /** The implementation in use, e.g. {@code BC-lowlevel}. */
    public String backendName() {
        return backend.name();
    }

    @Override
    public byte[] sign(byte[] data, int off, int len) {
        return engines.get().sign(data, off, len);
    }

    /**
     * Releases every thread's engine. Call it when no thread signs any more (after the zone is
     * signed): an engine closed under a running signature would free memory in use.
     */
    @Override
    public void close() {
        List<SignFunction> all;
        synchronized (created) {
            closed = true;
            all = new ArrayList<>(created);
            created.clear();
        }
        for (SignFunction f : all) {
            f.close();
        }
        engines.remove();
    }
}

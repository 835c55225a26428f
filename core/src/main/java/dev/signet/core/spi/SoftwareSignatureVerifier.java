package dev.signet.core.spi;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.CryptoBackend;
import dev.signet.core.crypto.CryptoBackendProvider;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.SoftwareCrypto;
import dev.signet.core.crypto.VerifyFunction;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.text.TextException;

import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Verifies with the fastest software implementation per algorithm (or a fixed backend). Thread-
 * safe: each thread keeps its own verification engines for the few keys of a zone.
 */
public final class SoftwareSignatureVerifier implements SignatureVerifier {

    /** Keys remembered per thread; a zone has a handful, a verifier of many zones drops them. */
    private static final int MAX_CACHED_KEYS = 64;

    private final Function<Algorithm, CryptoBackend> backends;
    private final ThreadLocal<Map<Dnskey, VerifyFunction>> engines = ThreadLocal.withInitial(HashMap::new);

    private SoftwareSignatureVerifier(Function<Algorithm, CryptoBackend> backends) {
        this.backends = backends;
    }

    /** The fastest software implementation per algorithm. */
    public static SoftwareSignatureVerifier create() {
        return new SoftwareSignatureVerifier(SoftwareCrypto::forVerifying);
    }

    /** The implementations a crypto backend provider chooses ({@code java}, {@code openssl}). */
    public static SoftwareSignatureVerifier of(CryptoBackendProvider provider) {
        return new SoftwareSignatureVerifier(provider::forVerifying);
    }

    /** One fixed implementation (benchmarks, cross-checks). */
    public static SoftwareSignatureVerifier using(CryptoBackend backend) {
        return new SoftwareSignatureVerifier(a -> backend);
    }

    @Override
    public boolean verify(Dnskey dnskey, byte[] data, byte[] signature) {
        Map<Dnskey, VerifyFunction> cache = engines.get();
        VerifyFunction f = cache.get(dnskey);
        if (f == null) {
            f = newEngine(dnskey);
            if (cache.size() >= MAX_CACHED_KEYS) {
                cache.clear();
            }
            cache.put(dnskey, f);
        }
        return f.verify(data, 0, data.length, signature);
    }

    private VerifyFunction newEngine(Dnskey dnskey) {
        Algorithm alg = Algorithm.fromNumber(dnskey.algorithm());
        if (alg == null) {
            throw new TextException("UNSUPPORTED_ALGORITHM",
                    "DNSSEC algorithm " + dnskey.algorithm() + " cannot be verified");
        }
        CryptoBackend backend = backends.apply(alg);
        try {
            return backend.verifier(alg, DnskeyPublicKeys.decode(alg, dnskey.publicKey()));
        } catch (GeneralSecurityException e) {
            throw new TextException("BAD_PUBLIC_KEY", alg.mnemonic() + " public key of key tag "
                    + dnskey.keyTag() + " rejected by " + backend.name() + ": " + e.getMessage());
        }
    }
}

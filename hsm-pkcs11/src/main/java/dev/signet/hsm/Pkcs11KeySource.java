package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.Signer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code pkcs11} key source: keys on a PKCS#11 token named by RFC 7512 URIs, used through
 * the JDK's SunPKCS11 (RSA and ECDSA keys it lists: those stored with a certificate, as keygen
 * stores them) and otherwise the JDK's PKCS#11 wrapper ({@link RawTokenKeys}: EdDSA, which
 * SunPKCS11 lacks, and keys other tools made without a certificate). Settings: {@code pkcs11.module} (the library; else the URI's
 * {@code module-path}, else the environment variable {@code SIGNET_PKCS11_MODULE}),
 * {@code pkcs11.pin-file}, {@code pkcs11.pin-env} (see {@link PinSource}).
 */
public final class Pkcs11KeySource implements KeySource {

    public static final String MODULE = KeySourceContext.PKCS11_MODULE;
    public static final String MODULE_ENV = "SIGNET_PKCS11_MODULE";

    private final KeySourceContext context;
    private final PinSource pins;

    Pkcs11KeySource(KeySourceContext context) {
        this.context = context;
        this.pins = new PinSource(context);
    }

    @Override
    public String scheme() {
        return KeyRef.PKCS11;
    }

    /** The library path: setting, URI, environment; checked to exist before anything loads it. */
    private String module(Pkcs11Uri uri) {
        Optional<String> m = context.setting(MODULE).or(uri::modulePath)
                .or(() -> Optional.ofNullable(System.getenv(MODULE_ENV)).filter(s -> !s.isEmpty()));
        if (m.isEmpty()) {
            throw new KeyException("PKCS11_NO_MODULE", uri.toString(), null, "no PKCS#11 module: give"
                    + " --pkcs11-module or set " + MODULE_ENV);
        }
        Path p = Path.of(m.get());
        if (!Files.isRegularFile(p)) {
            throw new KeyException("PKCS11_MODULE_MISSING", m.get(), null, "cannot load the PKCS#11 module: "
                    + (Files.exists(p) ? "not a file" : "file not found"));
        }
        // Absolute, so that every provider uses one path text (the JDK caches the loaded module by it).
        return p.toAbsolutePath().normalize().toString();
    }

    private Pkcs11Token token(Pkcs11Uri uri) {
        String module = module(uri);
        return Pkcs11Token.open(module, uri, label -> pins.pin(uri, label));
    }

    private static Pkcs11Uri uri(KeyRef ref) {
        if (!KeyRef.PKCS11.equals(ref.scheme())) {
            throw new KeyException("WRONG_KEY_SOURCE", ref.toString(), null, "not a PKCS#11 key reference");
        }
        return Pkcs11Uri.parse(ref.location());
    }

    private static String object(Pkcs11Uri uri) {
        return uri.object().filter(o -> !o.isEmpty()).orElseThrow(() -> new KeyException("BAD_PKCS11_URI",
                uri.toString(), null, "the URI names no key: object= (the key's label) is needed"));
    }

    /**
     * @throws KeyException {@code PKCS11_NO_KEY}, {@code KEY_MISMATCH} when the token's key is not
     *     the DNSKEY's, {@code PKCS11_ALGORITHM_UNSUPPORTED}, or any open/login error
     */
    @Override
    public Signer signer(KeyRef ref, Dnskey dnskey) {
        Pkcs11Uri uri = uri(ref);
        Algorithm alg = Algorithm.fromNumber(dnskey.algorithm());
        if (alg == null) {
            throw new KeyException("UNSUPPORTED_ALGORITHM", uri.toString(), "Algorithm",
                    "DNSSEC algorithm " + dnskey.algorithm() + " is not supported");
        }
        String object = object(uri);
        Pkcs11Token token = token(uri);
        Optional<Pkcs11Token.KeyPairOnToken> listed = alg.family() == Algorithm.Family.EDDSA
                ? Optional.empty() : token.keyPair(object, uri.toString());
        if (listed.isEmpty()) {
            // EdDSA, or a key stored without a certificate: through the PKCS#11 wrapper.
            RawTokenKeys raw = token.raw();
            if (!Arrays.equals(raw.dnskeyPublicKey(alg, object, uri.toString()), dnskey.publicKey())) {
                throw mismatch(uri, dnskey);
            }
            return new RawSigner(dnskey, alg, raw, raw.privateKey(object, uri.toString()), uri.toString());
        }
        Pkcs11Token.KeyPairOnToken pair = listed.get();
        byte[] onToken;
        try {
            onToken = DnskeyPublicKeys.encode(alg, pair.publicKey());
        } catch (RuntimeException e) {
            onToken = null;
        }
        if (onToken == null || !Arrays.equals(onToken, dnskey.publicKey())) {
            throw mismatch(uri, dnskey);
        }
        return new Pkcs11Signer(dnskey, alg, pair.privateKey(), token.provider(), uri.toString());
    }

    private static KeyException mismatch(Pkcs11Uri uri, Dnskey dnskey) {
        return new KeyException("KEY_MISMATCH", uri.toString(), null, "the token's key is not the one of"
                + " DNSKEY with key tag " + dnskey.keyTag());
    }

    @Override
    public PublicKey publicKey(KeyRef ref, Algorithm algorithm) {
        Pkcs11Uri uri = uri(ref);
        String object = object(uri);
        Pkcs11Token token = token(uri);
        Optional<Pkcs11Token.KeyPairOnToken> listed = algorithm.family() == Algorithm.Family.EDDSA
                ? Optional.empty() : token.keyPair(object, uri.toString());
        if (listed.isEmpty()) {
            RawTokenKeys raw = token.raw();
            byte[] key = raw.dnskeyPublicKey(algorithm, object, uri.toString());
            raw.method(algorithm, uri.toString()); // the token can sign with it
            return DnskeyPublicKeys.decode(algorithm, key);
        }
        PublicKey pub = listed.get().publicKey();
        checkKind(algorithm, pub, uri);
        return pub;
    }

    private static void checkKind(Algorithm alg, PublicKey pub, Pkcs11Uri uri) {
        try {
            DnskeyPublicKeys.encode(alg, pub);
            if (!pub.getAlgorithm().equals(alg.family() == Algorithm.Family.RSA ? "RSA" : "EC")) {
                throw new IllegalArgumentException(pub.getAlgorithm());
            }
            if (alg.family() == Algorithm.Family.ECDSA
                    && ((java.security.interfaces.ECPublicKey) pub).getParams().getCurve().getField().getFieldSize()
                            != alg.fieldLength() * 8) {
                throw new IllegalArgumentException("another curve");
            }
        } catch (RuntimeException e) {
            throw new KeyException("KEY_MISMATCH", uri.toString(), null, "the token's key is " + pub.getAlgorithm()
                    + " (" + e.getMessage() + "), not a " + alg.mnemonic() + " key");
        }
    }

    /**
     * Generates the pair on the token: label and CKA_ID from {@code object=} (SunPKCS11's KeyStore
     * sets CKA_ID to the label when it stores the certificate, so a label is refused when taken,
     * which keeps IDs unique), the private key sensitive, never extractable, for signing only.
     */
    @Override
    public PublicKey generate(KeyRef ref, Algorithm algorithm, int bits) {
        Pkcs11Uri uri = uri(ref);
        String object = object(uri);
        if (algorithm.family() == Algorithm.Family.RSA
                && (bits < 2048 || bits > KeyGeneration.RSA_MAX_BITS)) {
            throw new KeyException("BAD_KEY_SIZE", uri.toString(), null, "RSA keys on a token are 2048 to "
                    + KeyGeneration.RSA_MAX_BITS + " bits, not " + bits);
        }
        Pkcs11Token token = token(uri);
        // Any private key with the label, with a certificate (the KeyStore's) or without (EdDSA, other tools').
        if (token.contains(object) || token.raw().exists(object, uri.toString())) {
            throw new KeyException("PKCS11_KEY_EXISTS", uri.toString(), null, "token '" + token.label()
                    + "' already holds a key labelled '" + object + "'");
        }
        if (algorithm.family() == Algorithm.Family.EDDSA) {
            return DnskeyPublicKeys.decode(algorithm, token.raw().generateEdDsa(algorithm, object, uri.toString()));
        }
        String keyPairName = Pkcs11Algorithms.keyPairName(algorithm);
        String signatureName = Pkcs11Algorithms.signatureName(algorithm);
        Provider p = token.generatingProvider(object, object.getBytes(StandardCharsets.UTF_8));
        if (p.getService("KeyPairGenerator", keyPairName) == null || p.getService("Signature", signatureName) == null) {
            throw new KeyException("PKCS11_ALGORITHM_UNSUPPORTED", uri.toString(), null, "token '" + token.label()
                    + "' cannot generate or sign " + algorithm.mnemonic() + " keys");
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(keyPairName, p);
            if (algorithm.family() == Algorithm.Family.RSA) {
                g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4));
            } else {
                g.initialize(new ECGenParameterSpec(algorithm.curve()));
            }
            KeyPair pair = g.generateKeyPair();
            Certificate cert = ThrowawayCertificate.create(pair, object, Instant.now(), p);
            Pkcs11Token.store(p, object, pair.getPrivate(), cert, uri.toString());
            return pair.getPublic();
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof KeyException k) {
                throw k;
            }
            throw new KeyException("PKCS11_GENERATE_FAILED", uri.toString(), null, "cannot generate the "
                    + algorithm.mnemonic() + " key pair on token '" + token.label() + "': " + Pkcs11Errors.describe(e));
        }
    }
}

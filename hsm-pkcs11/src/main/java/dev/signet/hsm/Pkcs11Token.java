package dev.signet.hsm;

import dev.signet.core.spi.KeyException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One token, logged in once for the whole process: a SunPKCS11 provider instance configured for
 * its slot (never registered with {@link Security#addProvider}) and its KeyStore. PKCS#11 login
 * state belongs to the process, shared by all sessions (PKCS#11 2.40 §5.6), so the PIN is asked
 * for once and a wrong one is never retried: real HSMs lock a PIN after a few failures.
 */
final class Pkcs11Token {

    /** Logged-in tokens of this process, by module path and slot. */
    private static final Map<String, Pkcs11Token> OPEN = new ConcurrentHashMap<>();

    private final String module;
    private final TokenDirectory.TokenInfo info;
    private final Provider provider;
    /** SunPKCS11's KeyStore reads the token's labels when loaded; guarded by itself. */
    private final KeyStore keyStore;
    private volatile RawTokenKeys raw;

    private Pkcs11Token(String module, TokenDirectory.TokenInfo info, Provider provider, KeyStore keyStore) {
        this.module = module;
        this.info = info;
        this.provider = provider;
        this.keyStore = keyStore;
    }

    /**
     * The logged-in token the URI names, opened on first use.
     *
     * @param pin asked only when the token is not logged in yet; the array is cleared here
     */
    static Pkcs11Token open(String module, Pkcs11Uri uri, java.util.function.Function<String, char[]> pin) {
        TokenDirectory.TokenInfo info = TokenDirectory.find(module, uri);
        String key = module + "#" + info.slotId();
        synchronized (OPEN) {
            Pkcs11Token t = OPEN.get(key);
            if (t == null) {
                t = login(module, info, uri, () -> pin.apply(info.label()));
                OPEN.put(key, t);
            }
            return t;
        }
    }

    private static Pkcs11Token login(String module, TokenDirectory.TokenInfo info, Pkcs11Uri uri,
            Supplier<char[]> pinSupplier) {
        if (info.pinLocked()) {
            throw new KeyException("PKCS11_PIN_LOCKED", uri.toString(), null, "the user PIN of token '"
                    + info.label() + "' is locked");
        }
        Provider p = configure(module, info, "");
        char[] pin = info.needsNoPin() ? null : pinSupplier.get();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, pin);
            return new Pkcs11Token(module, info, p, ks);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw loginFailure(e, uri, info);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private static KeyException loginFailure(Exception e, Pkcs11Uri uri, TokenDirectory.TokenInfo info) {
        String code = Pkcs11Errors.returnCode(e);
        String token = "token '" + info.label() + "'";
        if ("CKR_PIN_INCORRECT".equals(code) || "CKR_PIN_LEN_RANGE".equals(code)) {
            return new KeyException("PKCS11_PIN_INCORRECT", uri.toString(), null, "login to " + token
                    + " failed: the PIN is incorrect (not retried: tokens lock the PIN after repeated failures)");
        }
        if ("CKR_PIN_LOCKED".equals(code)) {
            return new KeyException("PKCS11_PIN_LOCKED", uri.toString(), null, "the user PIN of " + token
                    + " is locked");
        }
        return new KeyException("PKCS11_LOGIN_FAILED", uri.toString(), null, "login to " + token + " failed: "
                + Pkcs11Errors.describe(e));
    }

    /** A new SunPKCS11 instance for the token's slot, with extra configuration lines. */
    private static Provider configure(String module, TokenDirectory.TokenInfo info, String extra) {
        String config = "--name=signet\nlibrary=" + module + "\nslotListIndex=" + info.listIndex() + "\n" + extra;
        try {
            return Security.getProvider("SunPKCS11").configure(config);
        } catch (RuntimeException e) {
            throw new KeyException("PKCS11_MODULE_UNUSABLE", module, null, "cannot configure SunPKCS11 for token '"
                    + info.label() + "': " + Pkcs11Errors.describe(e));
        }
    }

    /**
     * A second provider instance on the same (already logged-in) slot whose generated key pairs
     * are token objects labelled {@code label}: private key sensitive, never extractable, for
     * signing only (attribute templates of the SunPKCS11 configuration). ID values go through
     * BigInteger there, so {@code id} must not start with a zero octet (ASCII text never does).
     */
    Provider generatingProvider(String label, byte[] id) {
        String hexLabel = HexFormat.of().formatHex(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hexId = HexFormat.of().formatHex(id);
        String names = "  CKA_LABEL = 0h" + hexLabel + "\n  CKA_ID = 0h" + hexId + "\n";
        String extra = "attributes(generate, CKO_PRIVATE_KEY, *) = {\n  CKA_TOKEN = true\n  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n  CKA_SIGN = true\n  CKA_DECRYPT = false\n"
                + names + "}\n"
                + "attributes(generate, CKO_PUBLIC_KEY, *) = {\n  CKA_TOKEN = true\n  CKA_VERIFY = true\n"
                + "  CKA_ENCRYPT = false\n" + names + "}\n";
        Provider p = configure(module, info, extra);
        try {
            // Already logged in (process-wide): SunPKCS11 sees that and asks for no PIN.
            KeyStore.getInstance("PKCS11", p).load(null, new char[0]);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("PKCS11_LOGIN_FAILED", label, null, Pkcs11Errors.describe(e));
        }
        return p;
    }

    String label() {
        return info.label();
    }

    /** The token's keys through the PKCS#11 wrapper (EdDSA; keys stored without a certificate). */
    RawTokenKeys raw() {
        RawTokenKeys r = raw;
        if (r == null) {
            synchronized (this) {
                if (raw == null) {
                    raw = new RawTokenKeys(module, info.slotId(), info.label());
                }
                r = raw;
            }
        }
        return r;
    }

    String module() {
        return module;
    }

    Provider provider() {
        return provider;
    }

    /** Whether the KeyStore lists an entry with this label (SunPKCS11: keys with a certificate). */
    boolean contains(String object) {
        try {
            synchronized (keyStore) {
                refresh();
                return keyStore.containsAlias(object);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyException("PKCS11_TOKEN_ERROR", info.label(), null, Pkcs11Errors.describe(e));
        }
    }

    /** A private key and its public half, found by CKA_LABEL. */
    record KeyPairOnToken(PrivateKey privateKey, PublicKey publicKey) {
    }

    /**
     * The key pair labelled {@code object} as SunPKCS11's KeyStore lists it: only private keys
     * stored with a certificate; empty otherwise.
     */
    java.util.Optional<KeyPairOnToken> keyPair(String object, String source) {
        try {
            Key k;
            Certificate cert;
            synchronized (keyStore) {
                k = keyStore.getKey(object, null);
                if (k == null) {
                    refresh(); // made since the KeyStore was loaded (by keygen, or another process)
                    k = keyStore.getKey(object, null);
                }
                cert = keyStore.getCertificate(object);
            }
            if (!(k instanceof PrivateKey priv) || cert == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new KeyPairOnToken(priv, cert.getPublicKey()));
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyException("PKCS11_TOKEN_ERROR", source, null, Pkcs11Errors.describe(e));
        }
    }

    /** Re-reads the token's objects; the process is logged in already, so no PIN is needed. */
    private void refresh() throws IOException, GeneralSecurityException {
        keyStore.load(null, new char[0]);
    }

    /** Stores a generated pair's certificate under {@code object}, through the provider that made the pair. */
    static void store(Provider generator, String object, PrivateKey key, Certificate cert, String source) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", generator);
            ks.load(null, new char[0]);
            ks.setKeyEntry(object, key, null, new Certificate[] {cert});
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("PKCS11_TOKEN_ERROR", source, null, "cannot store the key's certificate: "
                    + Pkcs11Errors.describe(e));
        }
    }
}

package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.spi.KeyException;
import sun.security.pkcs11.wrapper.CK_ATTRIBUTE;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.CK_MECHANISM;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Constants;
import sun.security.pkcs11.wrapper.PKCS11Exception;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * EdDSA keys on a token, through the JDK's PKCS#11 wrapper directly: SunPKCS11 (OpenJDK 17 to
 * 25) offers no EdDSA service although tokens such as SoftHSM2 implement CKM_EDDSA (PKCS#11 3.0
 * §2.3.14). The process is already logged in to the token (through SunPKCS11, {@link
 * Pkcs11Token}), and login state is shared by all of the process's sessions (PKCS#11 §5.6), so
 * the sessions opened here need no PIN. Sessions are pooled: one per concurrent signer at most.
 */
final class EdDsaTokenKeys {

    /** DER of the curve OIDs (RFC 8410 §3): id-Ed25519 1.3.101.112, id-Ed448 1.3.101.113. */
    private static final byte[] ED25519_OID = {0x06, 0x03, 0x2b, 0x65, 0x70};
    private static final byte[] ED448_OID = {0x06, 0x03, 0x2b, 0x65, 0x71};

    private final PKCS11 p11;
    private final long slot;
    private final String token;
    private final ConcurrentLinkedDeque<Long> idle = new ConcurrentLinkedDeque<>();

    EdDsaTokenKeys(String module, long slot, String token) {
        this.slot = slot;
        this.token = token;
        try {
            CK_C_INITIALIZE_ARGS init = new CK_C_INITIALIZE_ARGS();
            init.flags = PKCS11Constants.CKF_OS_LOCKING_OK;
            this.p11 = PKCS11.getInstance(module, "C_GetFunctionList", init, false);
        } catch (IOException | PKCS11Exception e) {
            throw new KeyException("PKCS11_MODULE_UNUSABLE", module, null, Pkcs11Errors.describe(e));
        }
    }

    /** Whether the token implements EdDSA key generation and signing. */
    boolean supported() {
        try {
            long[] mechs = p11.C_GetMechanismList(slot);
            return contains(mechs, PKCS11Constants.CKM_EDDSA) && contains(mechs, PKCS11Constants.CKM_EC_EDWARDS_KEY_PAIR_GEN);
        } catch (PKCS11Exception e) {
            return false;
        }
    }

    private static boolean contains(long[] all, long one) {
        for (long m : all) {
            if (m == one) {
                return true;
            }
        }
        return false;
    }

    private long borrow() throws PKCS11Exception {
        Long s = idle.pollFirst();
        return s != null ? s : p11.C_OpenSession(slot, PKCS11Constants.CKF_SERIAL_SESSION | PKCS11Constants.CKF_RW_SESSION,
                null, null);
    }

    private void release(long session) {
        idle.addFirst(session);
    }

    /** A session whose last operation failed may be mid-operation: close it rather than reuse it. */
    private void discard(long session) {
        try {
            p11.C_CloseSession(session);
        } catch (PKCS11Exception e) {
            // already unusable; nothing more to do
        }
    }

    /**
     * Generates a pair labelled {@code label} (also its CKA_ID): a token object, private,
     * sensitive, never extractable, for signing only.
     *
     * @return the public key, raw (RFC 8032 encoding, as in the DNSKEY, RFC 8080 §3)
     */
    byte[] generate(Algorithm alg, String label, String source) {
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        CK_ATTRIBUTE[] pub = {
            new CK_ATTRIBUTE(PKCS11Constants.CKA_TOKEN, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_VERIFY, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_EC_PARAMS, alg == Algorithm.ED448 ? ED448_OID : ED25519_OID),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_LABEL, name),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_ID, name)};
        CK_ATTRIBUTE[] priv = {
            new CK_ATTRIBUTE(PKCS11Constants.CKA_TOKEN, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_PRIVATE, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_SENSITIVE, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_EXTRACTABLE, false),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_SIGN, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_LABEL, name),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_ID, name)};
        long session = -1;
        try {
            session = borrow();
            long[] handles = p11.C_GenerateKeyPair(session,
                    new CK_MECHANISM(PKCS11Constants.CKM_EC_EDWARDS_KEY_PAIR_GEN), pub, priv);
            byte[] key = publicKey(session, handles[0], alg, source);
            release(session);
            return key;
        } catch (PKCS11Exception e) {
            if (session != -1) {
                discard(session);
            }
            throw new KeyException("PKCS11_GENERATE_FAILED", source, null, "cannot generate the " + alg.mnemonic()
                    + " key pair on token '" + token + "': " + Pkcs11Errors.describe(e));
        }
    }

    /** Whether any private key on the token has this label (of any type, with or without certificate). */
    boolean exists(String label, String source) {
        return find(PKCS11Constants.CKO_PRIVATE_KEY, label, source).length > 0;
    }

    /** The raw public key of the EdDSA pair labelled {@code label}. */
    byte[] publicKey(Algorithm alg, String label, String source) {
        long[] h = find(PKCS11Constants.CKO_PUBLIC_KEY, label, source);
        if (h.length != 1) {
            throw new KeyException("PKCS11_NO_KEY", source, null, "token '" + token + "' holds " + (h.length == 0
                    ? "no" : h.length) + " " + alg.mnemonic() + " public key" + (h.length > 1 ? "s" : "")
                    + " labelled '" + label + "'");
        }
        long session = -1;
        try {
            session = borrow();
            byte[] key = publicKey(session, h[0], alg, source);
            release(session);
            return key;
        } catch (PKCS11Exception e) {
            if (session != -1) {
                discard(session);
            }
            throw new KeyException("PKCS11_TOKEN_ERROR", source, null, Pkcs11Errors.describe(e));
        }
    }

    /**
     * CKA_EC_POINT of an Edwards key: PKCS#11 3.0 §2.3.6 says the raw encoding, and some tokens
     * (SoftHSM2 among them) give it DER-wrapped in an OCTET STRING; both are accepted.
     */
    private byte[] publicKey(long session, long handle, Algorithm alg, String source) throws PKCS11Exception {
        CK_ATTRIBUTE[] a = {new CK_ATTRIBUTE(PKCS11Constants.CKA_EC_POINT)};
        p11.C_GetAttributeValue(session, handle, a);
        byte[] v = a[0].getByteArray();
        int n = alg.fieldLength();
        if (v != null && v.length == n + 2 && v[0] == 0x04 && v[1] == n) {
            return Arrays.copyOfRange(v, 2, v.length);
        }
        if (v != null && v.length == n) {
            return v;
        }
        throw new KeyException("KEY_MISMATCH", source, null, "the token's key is not a " + alg.mnemonic() + " key");
    }

    /** The private key handle labelled {@code label}. */
    long privateKey(Algorithm alg, String label, String source) {
        long[] h = find(PKCS11Constants.CKO_PRIVATE_KEY, label, source);
        if (h.length != 1) {
            throw new KeyException("PKCS11_NO_KEY", source, null, "token '" + token + "' holds " + (h.length == 0
                    ? "no" : h.length) + " private key" + (h.length > 1 ? "s" : "") + " labelled '" + label + "'");
        }
        return h[0];
    }

    private long[] find(long objectClass, String label, String source) {
        CK_ATTRIBUTE[] template = {
            new CK_ATTRIBUTE(PKCS11Constants.CKA_CLASS, objectClass),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_LABEL, label.getBytes(StandardCharsets.UTF_8))};
        long session = -1;
        try {
            session = borrow();
            p11.C_FindObjectsInit(session, template);
            long[] found = p11.C_FindObjects(session, 16);
            p11.C_FindObjectsFinal(session);
            release(session);
            return found;
        } catch (PKCS11Exception e) {
            if (session != -1) {
                discard(session);
            }
            throw new KeyException("PKCS11_TOKEN_ERROR", source, null, Pkcs11Errors.describe(e));
        }
    }

    /** Signs with CKM_EDDSA (pure EdDSA, RFC 8032; the DNSSEC signature as is, RFC 8080 §4). Thread-safe. */
    byte[] sign(long key, byte[] data, String source) {
        long session = -1;
        try {
            session = borrow();
            p11.C_SignInit(session, new CK_MECHANISM(PKCS11Constants.CKM_EDDSA), key);
            byte[] sig = p11.C_Sign(session, data);
            release(session);
            return sig;
        } catch (PKCS11Exception e) {
            if (session != -1) {
                discard(session);
            }
            throw new KeyException("PKCS11_SIGN_FAILED", source, null, "the token refused to sign: "
                    + Pkcs11Errors.describe(e));
        }
    }
}

package dev.signet.hsm;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.spi.KeyException;
import sun.security.pkcs11.wrapper.CK_ATTRIBUTE;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.CK_MECHANISM;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Constants;
import sun.security.pkcs11.wrapper.PKCS11Exception;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Token keys through the JDK's PKCS#11 wrapper directly, for what SunPKCS11 cannot do: EdDSA
 * (SunPKCS11 in OpenJDK 17 to 25 has no EdDSA service, although tokens such as SoftHSM2 implement
 * CKM_EDDSA, PKCS#11 3.0 §2.3.14) and RSA or ECDSA keys stored without a certificate (made by other
 * tools; SunPKCS11's KeyStore does not list them). Keys are found by CKA_LABEL. The process is
 * already logged in (through SunPKCS11, {@link Pkcs11Token}) and login state is shared by all the
 * process's sessions (PKCS#11 2.40 §5.6), so the sessions opened here need no PIN. Sessions are
 * pooled: at most one per concurrent signer.
 */
final class RawTokenKeys {

    /** DER of the curve OIDs: id-Ed25519 1.3.101.112, id-Ed448 1.3.101.113 (RFC 8410 §3). */
    private static final byte[] ED25519_OID = {0x06, 0x03, 0x2b, 0x65, 0x70};
    private static final byte[] ED448_OID = {0x06, 0x03, 0x2b, 0x65, 0x71};
    /** secp256r1 1.2.840.10045.3.1.7 and secp384r1 1.3.132.0.34 (RFC 5480 §2.1.1.1). */
    private static final byte[] P256_OID = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};
    private static final byte[] P384_OID = {0x06, 0x05, 0x2b, (byte) 0x81, 0x04, 0x00, 0x22};

    private final PKCS11 p11;
    private final long slot;
    private final String token;
    private final ConcurrentLinkedDeque<Long> idle = new ConcurrentLinkedDeque<>();
    private volatile long[] mechanisms;

    RawTokenKeys(String module, long slot, String token) {
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

    /** Whether the token implements a mechanism (C_GetMechanismList). */
    boolean has(long mechanism) {
        long[] m = mechanisms;
        if (m == null) {
            try {
                m = p11.C_GetMechanismList(slot);
            } catch (PKCS11Exception e) {
                m = new long[0];
            }
            mechanisms = m;
        }
        for (long x : m) {
            if (x == mechanism) {
                return true;
            }
        }
        return false;
    }

    private static byte[] curveOid(Algorithm alg) {
        return switch (alg) {
            case ECDSAP256SHA256 -> P256_OID;
            case ECDSAP384SHA384 -> P384_OID;
            case ED25519 -> ED25519_OID;
            case ED448 -> ED448_OID;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ sessions

    private long borrow() throws PKCS11Exception {
        Long s = idle.pollFirst();
        return s != null ? s : p11.C_OpenSession(slot, PKCS11Constants.CKF_SERIAL_SESSION | PKCS11Constants.CKF_RW_SESSION,
                null, null);
    }

    private void release(long session) {
        idle.addFirst(session);
    }

    /** A session whose operation failed may be mid-operation: close it rather than reuse it. */
    private void discard(long session) {
        try {
            p11.C_CloseSession(session);
        } catch (PKCS11Exception e) {
            // unusable already; nothing more to do
        }
    }

    private interface SessionWork<T> {
        T run(long session) throws PKCS11Exception;
    }

    private <T> T withSession(SessionWork<T> work, String code, String source, String what) {
        long session = -1;
        try {
            session = borrow();
            T result = work.run(session);
            release(session);
            return result;
        } catch (PKCS11Exception e) {
            if (session != -1) {
                discard(session);
            }
            throw new KeyException(code, source, null, what + Pkcs11Errors.describe(e));
        }
    }

    // ------------------------------------------------------------------ keys

    /**
     * Generates an EdDSA pair labelled {@code label} (also its CKA_ID): token objects, the private
     * key private, sensitive, never extractable, for signing only.
     *
     * @return the public key as in the DNSKEY (RFC 8080 §3)
     * @throws KeyException {@code PKCS11_ALGORITHM_UNSUPPORTED} when the token has no EdDSA
     */
    byte[] generateEdDsa(Algorithm alg, String label, String source) {
        if (!has(PKCS11Constants.CKM_EC_EDWARDS_KEY_PAIR_GEN) || !has(PKCS11Constants.CKM_EDDSA)) {
            throw unsupported(alg, source, "CKM_EC_EDWARDS_KEY_PAIR_GEN, CKM_EDDSA");
        }
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        CK_ATTRIBUTE[] pub = {
            new CK_ATTRIBUTE(PKCS11Constants.CKA_TOKEN, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_VERIFY, true),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_EC_PARAMS, curveOid(alg)),
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
        return withSession(s -> {
            long[] h = p11.C_GenerateKeyPair(s, new CK_MECHANISM(PKCS11Constants.CKM_EC_EDWARDS_KEY_PAIR_GEN), pub, priv);
            return dnskeyPublicKey(s, h[0], alg, label, source);
        }, "PKCS11_GENERATE_FAILED", source, "cannot generate the " + alg.mnemonic() + " key pair on token '"
                + token + "': ");
    }

    /** Whether any private key on the token has this label (of any type, with or without certificate). */
    boolean exists(String label, String source) {
        return find(PKCS11Constants.CKO_PRIVATE_KEY, label, source).length > 0;
    }

    /**
     * The DNSKEY public-key field of the pair labelled {@code label}, from its public key object.
     *
     * @throws KeyException {@code PKCS11_NO_KEY}, or {@code KEY_MISMATCH} when it is not a key of {@code alg}
     */
    byte[] dnskeyPublicKey(Algorithm alg, String label, String source) {
        long handle = one(PKCS11Constants.CKO_PUBLIC_KEY, "public", label, source);
        return withSession(s -> dnskeyPublicKey(s, handle, alg, label, source), "PKCS11_TOKEN_ERROR", source, "");
    }

    private byte[] dnskeyPublicKey(long session, long handle, Algorithm alg, String label, String source)
            throws PKCS11Exception {
        CK_ATTRIBUTE[] type = {new CK_ATTRIBUTE(PKCS11Constants.CKA_KEY_TYPE)};
        p11.C_GetAttributeValue(session, handle, type);
        long keyType = type[0].getLong();
        long wanted = switch (alg.family()) {
            case RSA -> PKCS11Constants.CKK_RSA;
            case ECDSA -> PKCS11Constants.CKK_EC;
            case EDDSA -> PKCS11Constants.CKK_EC_EDWARDS;
        };
        KeyException mismatch = new KeyException("KEY_MISMATCH", source, null, "the token's key '" + label
                + "' is not a " + alg.mnemonic() + " key");
        if (keyType != wanted) {
            throw mismatch;
        }
        if (alg.family() == Algorithm.Family.RSA) {
            CK_ATTRIBUTE[] a = {new CK_ATTRIBUTE(PKCS11Constants.CKA_MODULUS),
                new CK_ATTRIBUTE(PKCS11Constants.CKA_PUBLIC_EXPONENT)};
            p11.C_GetAttributeValue(session, handle, a);
            return DnskeyPublicKeys.encodeRsa(new BigInteger(1, a[1].getByteArray()), new BigInteger(1, a[0].getByteArray()));
        }
        CK_ATTRIBUTE[] a = {new CK_ATTRIBUTE(PKCS11Constants.CKA_EC_PARAMS), new CK_ATTRIBUTE(PKCS11Constants.CKA_EC_POINT)};
        p11.C_GetAttributeValue(session, handle, a);
        if (!Arrays.equals(a[0].getByteArray(), curveOid(alg))) {
            throw mismatch;
        }
        // CKA_EC_POINT: DER OCTET STRING around the point (PKCS#11 2.40 §2.3.3; for Edwards keys
        // 3.0 says raw, SoftHSM2 wraps it), the point uncompressed 04 | x | y for ECDSA.
        byte[] point = a[1].getByteArray();
        int n = alg.family() == Algorithm.Family.ECDSA ? 1 + 2 * alg.fieldLength() : alg.fieldLength();
        if (point != null && point.length == n + 2 && point[0] == 0x04 && (point[1] & 0xff) == n) {
            point = Arrays.copyOfRange(point, 2, point.length);
        }
        if (point == null || point.length != n) {
            throw mismatch;
        }
        return alg.family() == Algorithm.Family.ECDSA ? Arrays.copyOfRange(point, 1, n) : point;
    }

    /** The handle of the private key labelled {@code label}. */
    long privateKey(String label, String source) {
        return one(PKCS11Constants.CKO_PRIVATE_KEY, "private", label, source);
    }

    private long one(long objectClass, String kind, String label, String source) {
        long[] h = find(objectClass, label, source);
        if (h.length != 1) {
            throw new KeyException("PKCS11_NO_KEY", source, null, "token '" + token + "' holds " + (h.length == 0
                    ? "no " + kind + " key" : h.length + " " + kind + " keys") + " labelled '" + label + "'");
        }
        return h[0];
    }

    private long[] find(long objectClass, String label, String source) {
        CK_ATTRIBUTE[] template = {
            new CK_ATTRIBUTE(PKCS11Constants.CKA_CLASS, objectClass),
            new CK_ATTRIBUTE(PKCS11Constants.CKA_LABEL, label.getBytes(StandardCharsets.UTF_8))};
        return withSession(s -> {
            p11.C_FindObjectsInit(s, template);
            try {
                return p11.C_FindObjects(s, 16);
            } finally {
                p11.C_FindObjectsFinal(s);
            }
        }, "PKCS11_TOKEN_ERROR", source, "");
    }

    // ------------------------------------------------------------------ signing

    /** How one algorithm is signed on this token. */
    record Method(long mechanism, String digest) {
    }

    /**
     * The mechanism for {@code alg}: RSA PKCS#1 v1.5 with the hash (RFC 3110 §3, RFC 5702 §3),
     * ECDSA with the hash on the token or, when it only offers CKM_ECDSA, hashed here (both give
     * r | s, RFC 6605 §4), pure EdDSA (RFC 8080 §4).
     *
     * @throws KeyException {@code PKCS11_ALGORITHM_UNSUPPORTED} when the token has none
     */
    Method method(Algorithm alg, String source) {
        long m = switch (alg) {
            case RSASHA1, NSEC3RSASHA1 -> PKCS11Constants.CKM_SHA1_RSA_PKCS;
            case RSASHA256 -> PKCS11Constants.CKM_SHA256_RSA_PKCS;
            case RSASHA512 -> PKCS11Constants.CKM_SHA512_RSA_PKCS;
            case ECDSAP256SHA256 -> PKCS11Constants.CKM_ECDSA_SHA256;
            case ECDSAP384SHA384 -> PKCS11Constants.CKM_ECDSA_SHA384;
            case ED25519, ED448 -> PKCS11Constants.CKM_EDDSA;
        };
        if (has(m)) {
            return new Method(m, null);
        }
        if (alg.family() == Algorithm.Family.ECDSA && has(PKCS11Constants.CKM_ECDSA)) {
            return new Method(PKCS11Constants.CKM_ECDSA, alg.hashName());
        }
        throw unsupported(alg, source, "a signing mechanism");
    }

    private KeyException unsupported(Algorithm alg, String source, String mechanisms) {
        return new KeyException("PKCS11_ALGORITHM_UNSUPPORTED", source, null, "token '" + token + "' cannot"
                + " generate or sign " + alg.mnemonic() + " keys (no " + mechanisms + ")");
    }

    /** Signs; thread-safe (each call takes a pooled session). */
    byte[] sign(long key, Method method, byte[] data, String source) {
        byte[] input = data;
        if (method.digest() != null) {
            try {
                input = MessageDigest.getInstance(method.digest()).digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        byte[] in = input;
        return withSession(s -> {
            p11.C_SignInit(s, new CK_MECHANISM(method.mechanism()), key);
            return p11.C_Sign(s, in);
        }, "PKCS11_SIGN_FAILED", source, "the token refused to sign: ");
    }
}

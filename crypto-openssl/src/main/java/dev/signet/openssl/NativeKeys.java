package dev.signet.openssl;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.PrivateKeys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Builds OpenSSL {@code EVP_PKEY}s from the values BIND key files hold: RSA from its eight CRT
 * integers (OpenSSL parameter names {@code n e d rsa-factor1 rsa-factor2 rsa-exponent1
 * rsa-exponent2 rsa-coefficient1}), ECDSA from the private scalar with the public point, both
 * through {@code OSSL_PARAM_BLD} and {@code EVP_PKEY_fromdata}; EdDSA from the raw RFC 8032 seed
 * with {@code EVP_PKEY_new_raw_private_key_ex}. Public keys likewise from DNSKEY values.
 *
 * <p>Every copy of private key material this class makes — Java byte arrays, native buffers,
 * the {@code BIGNUM}s, the parameter array — is wiped before it is released. The caller owns the
 * returned key and frees it with {@code EVP_PKEY_free}.
 */
final class NativeKeys {

    private static final MemorySegment RSA = LibCrypto.cString("RSA");
    private static final MemorySegment EC = LibCrypto.cString("EC");
    private static final MemorySegment GROUP = LibCrypto.cString("group");
    private static final MemorySegment PRIV = LibCrypto.cString("priv");
    private static final MemorySegment PUB = LibCrypto.cString("pub");
    private static final List<MemorySegment> RSA_NAMES = List.of(LibCrypto.cString("n"), LibCrypto.cString("e"),
            LibCrypto.cString("d"), LibCrypto.cString("rsa-factor1"), LibCrypto.cString("rsa-factor2"),
            LibCrypto.cString("rsa-exponent1"), LibCrypto.cString("rsa-exponent2"),
            LibCrypto.cString("rsa-coefficient1"));

    private NativeKeys() {
    }

    /** The private key, with the public key it belongs to (needed for ECDSA). */
    static MemorySegment privateKey(Algorithm alg, PrivateKey key, PublicKey pub) throws GeneralSecurityException {
        try {
            return switch (alg.family()) {
                case RSA -> {
                    if (!(key instanceof RSAPrivateCrtKey k)) {
                        throw new InvalidKeyException("RSA signing needs the CRT form of the private key");
                    }
                    yield rsa(new BigInteger[] {k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(),
                        k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(), k.getPrimeExponentQ(),
                        k.getCrtCoefficient()});
                }
                case ECDSA -> ec(alg, DnskeyPublicKeys.unsigned(((ECPrivateKey) key).getS()),
                        uncompressedPoint(alg, pub));
                case EDDSA -> ed(alg, PrivateKeys.edSeed(alg, key), true);
            };
        } catch (ClassCastException e) {
            throw new InvalidKeyException("not an " + alg.mnemonic() + " private key: " + key.getClass().getName());
        }
    }

    /** The public key alone, for verification. */
    static MemorySegment publicKey(Algorithm alg, PublicKey pub) throws GeneralSecurityException {
        try {
            return switch (alg.family()) {
                case RSA -> {
                    RSAPublicKey k = (RSAPublicKey) pub;
                    yield rsa(new BigInteger[] {k.getModulus(), k.getPublicExponent()});
                }
                case ECDSA -> ec(alg, null, uncompressedPoint(alg, pub));
                case EDDSA -> ed(alg, DnskeyPublicKeys.encode(alg, pub), false);
            };
        } catch (ClassCastException e) {
            throw new InvalidKeyException("not an " + alg.mnemonic() + " public key: " + pub.getClass().getName());
        }
    }

    /** SEC 1 §2.3.3 uncompressed point {@code 04 | x | y} from the RFC 6605 {@code x | y}. */
    private static byte[] uncompressedPoint(Algorithm alg, PublicKey pub) {
        byte[] xy = DnskeyPublicKeys.encode(alg, pub);
        byte[] out = new byte[xy.length + 1];
        out[0] = 4;
        System.arraycopy(xy, 0, out, 1, xy.length);
        return out;
    }

    /**
     * RSA from {n, e} (public) or all eight CRT values (key pair).
     */
    static MemorySegment rsa(BigInteger[] values) throws GeneralSecurityException {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = DnskeyPublicKeys.unsigned(values[i]);
        }
        try (Params p = new Params()) {
            for (int i = 0; i < bytes.length; i++) {
                p.pushBigNumber(RSA_NAMES.get(i), bytes[i]);
            }
            return p.fromData(RSA, values.length > 2 ? LibCrypto.EVP_PKEY_KEYPAIR : LibCrypto.EVP_PKEY_PUBLIC_KEY);
        } finally {
            for (byte[] b : bytes) {
                Arrays.fill(b, (byte) 0);
            }
        }
    }

    /**
     * ECDSA on the algorithm's curve (OpenSSL group names P-256, P-384) from the point and,
     * for a key pair, the scalar (big-endian octets). OpenSSL checks that the point is on the curve.
     */
    static MemorySegment ec(Algorithm alg, byte[] scalar, byte[] point) throws GeneralSecurityException {
        String group = alg == Algorithm.ECDSAP256SHA256 ? "P-256" : "P-384";
        try (Params p = new Params()) {
            p.pushUtf8(GROUP, group);
            p.pushOctets(PUB, point);
            if (scalar != null) {
                p.pushBigNumber(PRIV, scalar);
            }
            return p.fromData(EC, scalar != null ? LibCrypto.EVP_PKEY_KEYPAIR : LibCrypto.EVP_PKEY_PUBLIC_KEY);
        } finally {
            if (scalar != null) {
                Arrays.fill(scalar, (byte) 0);
            }
        }
    }

    /** EdDSA from the raw private seed or public key (RFC 8032 octets); wipes {@code raw} if private. */
    static MemorySegment ed(Algorithm alg, byte[] raw, boolean isPrivate) throws GeneralSecurityException {
        String type = alg == Algorithm.ED25519 ? "ED25519" : "ED448";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(type);
            MemorySegment buf = arena.allocate(Math.max(1, raw.length));
            MemorySegment.copy(raw, 0, buf, JAVA_BYTE, 0, raw.length);
            try {
                MemorySegment key = (MemorySegment) (isPrivate ? LibCrypto.Keys.EVP_PKEY_new_raw_private_key_ex
                        : LibCrypto.Keys.EVP_PKEY_new_raw_public_key_ex).invokeExact(MemorySegment.NULL, name,
                        MemorySegment.NULL, buf, (long) raw.length);
                if (LibCrypto.isNull(key)) {
                    throw OpenSslErrors.failure(isPrivate ? "EVP_PKEY_new_raw_private_key_ex(" + type + ")"
                            : "EVP_PKEY_new_raw_public_key_ex(" + type + ")");
                }
                return key;
            } catch (GeneralSecurityException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                buf.fill((byte) 0);
            }
        } finally {
            if (isPrivate) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /**
     * One {@code OSSL_PARAM_BLD} and everything pushed into it. Closing wipes and frees the
     * native copies: the octet buffers, the {@code BIGNUM}s ({@code BN_clear_free}), and the
     * built parameter array (OpenSSL 3.0 has no {@code OSSL_PARAM_clear_free}, so each
     * parameter's data is cleansed before {@code OSSL_PARAM_free}).
     */
    private static final class Params implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        private final List<MemorySegment> bigNumbers = new ArrayList<>();
        private final List<MemorySegment> buffers = new ArrayList<>();
        private final MemorySegment builder;
        private MemorySegment params = MemorySegment.NULL;

        Params() throws GeneralSecurityException {
            try {
                builder = (MemorySegment) LibCrypto.Keys.OSSL_PARAM_BLD_new.invokeExact();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (LibCrypto.isNull(builder)) {
                arena.close();
                throw OpenSslErrors.failure("OSSL_PARAM_BLD_new");
            }
        }

        private MemorySegment copy(byte[] value) {
            MemorySegment buf = arena.allocate(Math.max(1, value.length));
            MemorySegment.copy(value, 0, buf, JAVA_BYTE, 0, value.length);
            buffers.add(buf);
            return buf;
        }

        void pushBigNumber(MemorySegment name, byte[] value) throws GeneralSecurityException {
            try {
                MemorySegment bn = (MemorySegment) LibCrypto.Keys.BN_bin2bn.invokeExact(copy(value), value.length,
                        MemorySegment.NULL);
                if (LibCrypto.isNull(bn)) {
                    throw OpenSslErrors.failure("BN_bin2bn");
                }
                bigNumbers.add(bn);
                check((int) LibCrypto.Keys.OSSL_PARAM_BLD_push_BN.invokeExact(builder, name, bn),
                        "OSSL_PARAM_BLD_push_BN");
            } catch (GeneralSecurityException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        void pushUtf8(MemorySegment name, String value) throws GeneralSecurityException {
            MemorySegment s = arena.allocateFrom(value);
            try {
                check((int) LibCrypto.Keys.OSSL_PARAM_BLD_push_utf8_string.invokeExact(builder, name, s,
                        (long) value.length()), "OSSL_PARAM_BLD_push_utf8_string");
            } catch (GeneralSecurityException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        void pushOctets(MemorySegment name, byte[] value) throws GeneralSecurityException {
            try {
                check((int) LibCrypto.Keys.OSSL_PARAM_BLD_push_octet_string.invokeExact(builder, name, copy(value),
                        (long) value.length), "OSSL_PARAM_BLD_push_octet_string");
            } catch (GeneralSecurityException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        /** {@code EVP_PKEY_fromdata} of the pushed parameters; the caller owns the key. */
        MemorySegment fromData(MemorySegment keyType, int selection) throws GeneralSecurityException {
            try {
                params = (MemorySegment) LibCrypto.Keys.OSSL_PARAM_BLD_to_param.invokeExact(builder);
                if (LibCrypto.isNull(params)) {
                    throw OpenSslErrors.failure("OSSL_PARAM_BLD_to_param");
                }
                MemorySegment ctx = (MemorySegment) LibCrypto.Keys.EVP_PKEY_CTX_new_from_name.invokeExact(
                        MemorySegment.NULL, keyType, MemorySegment.NULL);
                if (LibCrypto.isNull(ctx)) {
                    throw OpenSslErrors.failure("EVP_PKEY_CTX_new_from_name");
                }
                try {
                    check((int) LibCrypto.Keys.EVP_PKEY_fromdata_init.invokeExact(ctx), "EVP_PKEY_fromdata_init");
                    MemorySegment out = arena.allocate(ADDRESS);
                    check((int) LibCrypto.Keys.EVP_PKEY_fromdata.invokeExact(ctx, out, selection, params),
                            "EVP_PKEY_fromdata");
                    MemorySegment key = out.get(ADDRESS, 0);
                    if (LibCrypto.isNull(key)) {
                        throw OpenSslErrors.failure("EVP_PKEY_fromdata");
                    }
                    return key;
                } finally {
                    LibCrypto.Keys.EVP_PKEY_CTX_free.invokeExact(ctx);
                }
            } catch (GeneralSecurityException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public void close() {
            try {
                if (!LibCrypto.isNull(params)) {
                    // Walk the array to its terminating entry (key == NULL), wiping each value.
                    for (long off = 0; ; off += LibCrypto.OSSL_PARAM.byteSize()) {
                        if (LibCrypto.isNull(params.get(ADDRESS, off + LibCrypto.PARAM_KEY))) {
                            break;
                        }
                        MemorySegment data = params.get(ADDRESS, off + LibCrypto.PARAM_DATA);
                        long size = params.get(JAVA_LONG, off + LibCrypto.PARAM_DATA_SIZE);
                        if (!LibCrypto.isNull(data) && size > 0) {
                            LibCrypto.Keys.OPENSSL_cleanse.invokeExact(data, size);
                        }
                    }
                    LibCrypto.Keys.OSSL_PARAM_free.invokeExact(params);
                }
                for (MemorySegment bn : bigNumbers) {
                    LibCrypto.Keys.BN_clear_free.invokeExact(bn);
                }
                LibCrypto.Keys.OSSL_PARAM_BLD_free.invokeExact(builder);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                for (MemorySegment b : buffers) {
                    b.fill((byte) 0);
                }
                arena.close();
            }
        }

        private static void check(int rc, String call) throws OpenSslException {
            if (rc != 1) {
                throw OpenSslErrors.failure(call);
            }
        }
    }
}

package dev.signet.openssl;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The libcrypto.so.3 functions Signet calls, as {@code java.lang.foreign} downcall handles
 * (OpenSSL 3.0 API; every function used exists since 3.0.0). Loading this class loads the
 * library; if that fails the class fails to initialise and {@link OpenSslProvider} reports why.
 * The handles are made per group (a nested class each) when first used: making a downcall handle
 * costs a few milliseconds, and a run that only asks whether OpenSSL is there (EdDSA keys under
 * {@code auto}, {@code signet --version}) needs the version functions and the digests only.
 *
 * <p>C types: pointers are {@code ADDRESS}; {@code int} is {@code JAVA_INT}; {@code size_t} and
 * {@code unsigned long} are {@code JAVA_LONG} (LP64: Linux and macOS on 64-bit CPUs, the only
 * platforms this module supports).
 */
final class LibCrypto {

    static final String LIBRARY = "libcrypto.so.3";

    /** OSSL_KEYMGMT_SELECT_* of openssl/core_dispatch.h: EVP_PKEY_PUBLIC_KEY and EVP_PKEY_KEYPAIR. */
    static final int EVP_PKEY_PUBLIC_KEY = 0x86;
    static final int EVP_PKEY_KEYPAIR = 0x87;

    /** {@code struct ossl_param_st}: key, data_type (+ padding), data, data_size, return_size. */
    static final MemoryLayout OSSL_PARAM = MemoryLayout.structLayout(ADDRESS.withName("key"),
            JAVA_INT.withName("data_type"), MemoryLayout.paddingLayout(4), ADDRESS.withName("data"),
            JAVA_LONG.withName("data_size"), JAVA_LONG.withName("return_size"));
    static final long PARAM_KEY = OSSL_PARAM.byteOffset(MemoryLayout.PathElement.groupElement("key"));
    static final long PARAM_DATA = OSSL_PARAM.byteOffset(MemoryLayout.PathElement.groupElement("data"));
    static final long PARAM_DATA_SIZE = OSSL_PARAM.byteOffset(MemoryLayout.PathElement.groupElement("data_size"));

    /** A pointer whose target may be read up to this many bytes (an OSSL_PARAM array, a C string). */
    static final AddressLayout UNBOUNDED = ADDRESS.withTargetLayout(MemoryLayout.sequenceLayout(Long.MAX_VALUE,
            java.lang.foreign.ValueLayout.JAVA_BYTE));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIB = SymbolLookup.libraryLookup(LIBRARY, Arena.global());

    static final MethodHandle OpenSSL_version_num = fn("OpenSSL_version_num", FunctionDescriptor.of(JAVA_LONG));
    static final MethodHandle OpenSSL_version = fn("OpenSSL_version", FunctionDescriptor.of(UNBOUNDED, JAVA_INT));

    /** The error queue (OpenSslErrors). */
    static final class Errors {
        static final MethodHandle ERR_get_error = fn("ERR_get_error", FunctionDescriptor.of(JAVA_LONG));
        static final MethodHandle ERR_error_string_n = fn("ERR_error_string_n",
                FunctionDescriptor.ofVoid(JAVA_LONG, ADDRESS, JAVA_LONG));
        static final MethodHandle ERR_clear_error = fn("ERR_clear_error", FunctionDescriptor.ofVoid());

        private Errors() {
        }
    }

    /** Building and freeing keys from BIND key material (NativeKeys). */
    static final class Keys {
        static final MethodHandle OPENSSL_cleanse = fn("OPENSSL_cleanse", FunctionDescriptor.ofVoid(ADDRESS,
                JAVA_LONG));
        static final MethodHandle BN_bin2bn = fn("BN_bin2bn", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT,
                ADDRESS));
        static final MethodHandle BN_clear_free = fn("BN_clear_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle OSSL_PARAM_BLD_new = fn("OSSL_PARAM_BLD_new", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle OSSL_PARAM_BLD_push_BN = fn("OSSL_PARAM_BLD_push_BN",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle OSSL_PARAM_BLD_push_utf8_string = fn("OSSL_PARAM_BLD_push_utf8_string",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle OSSL_PARAM_BLD_push_octet_string = fn("OSSL_PARAM_BLD_push_octet_string",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle OSSL_PARAM_BLD_to_param = fn("OSSL_PARAM_BLD_to_param",
                FunctionDescriptor.of(UNBOUNDED, ADDRESS));
        static final MethodHandle OSSL_PARAM_BLD_free = fn("OSSL_PARAM_BLD_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle OSSL_PARAM_free = fn("OSSL_PARAM_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle EVP_PKEY_CTX_new_from_name = fn("EVP_PKEY_CTX_new_from_name",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle EVP_PKEY_CTX_free = fn("EVP_PKEY_CTX_free", FunctionDescriptor.ofVoid(ADDRESS));
        static final MethodHandle EVP_PKEY_fromdata_init = fn("EVP_PKEY_fromdata_init",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle EVP_PKEY_fromdata = fn("EVP_PKEY_fromdata",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        static final MethodHandle EVP_PKEY_new_raw_private_key_ex = fn("EVP_PKEY_new_raw_private_key_ex",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle EVP_PKEY_new_raw_public_key_ex = fn("EVP_PKEY_new_raw_public_key_ex",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle EVP_PKEY_get_size = fn("EVP_PKEY_get_size", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle EVP_PKEY_free = fn("EVP_PKEY_free", FunctionDescriptor.ofVoid(ADDRESS));

        private Keys() {
        }
    }

    /** Message digests (the probe fetches them; RSA and ECDSA hash first). */
    static final class Digests {
        static final MethodHandle EVP_MD_fetch = fn("EVP_MD_fetch", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS,
                ADDRESS));
        static final MethodHandle EVP_Digest = fn("EVP_Digest",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle EVP_MD_CTX_new = fn("EVP_MD_CTX_new", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle EVP_MD_CTX_free = fn("EVP_MD_CTX_free", FunctionDescriptor.ofVoid(ADDRESS));

        private Digests() {
        }
    }

    /** Signing and verifying (Engine). */
    static final class Signatures {
        static final MethodHandle EVP_PKEY_CTX_new_from_pkey = fn("EVP_PKEY_CTX_new_from_pkey",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle EVP_PKEY_sign_init = fn("EVP_PKEY_sign_init", FunctionDescriptor.of(JAVA_INT,
                ADDRESS));
        static final MethodHandle EVP_PKEY_verify_init = fn("EVP_PKEY_verify_init",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle EVP_PKEY_CTX_set_signature_md = fn("EVP_PKEY_CTX_set_signature_md",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle EVP_PKEY_sign = fn("EVP_PKEY_sign",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle EVP_PKEY_verify = fn("EVP_PKEY_verify",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
        static final MethodHandle EVP_DigestSignInit = fn("EVP_DigestSignInit",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle EVP_DigestSign = fn("EVP_DigestSign",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle EVP_DigestVerifyInit = fn("EVP_DigestVerifyInit",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle EVP_DigestVerify = fn("EVP_DigestVerify",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));

        private Signatures() {
        }
    }

    private LibCrypto() {
    }

    private static MethodHandle fn(String name, FunctionDescriptor descriptor) {
        MemorySegment address = LIB.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(LIBRARY + " has no function " + name));
        return LINKER.downcallHandle(address, descriptor);
    }

    /** A NUL-terminated string that lives as long as the process (parameter and algorithm names). */
    static MemorySegment cString(String s) {
        return Arena.global().allocateFrom(s);
    }

    static boolean isNull(MemorySegment p) {
        return p.address() == 0;
    }
}

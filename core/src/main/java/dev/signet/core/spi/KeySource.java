package dev.signet.core.spi;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Dnskey;

import java.security.PublicKey;

/**
 * Turns references to private keys into {@link Signer}s: key files, a PKCS#11 token, …
 * Obtained from a {@link KeySourceProvider}; closing it releases sessions and logins.
 */
public interface KeySource extends AutoCloseable {

    /** The scheme of the references this source resolves ({@code file}, {@code pkcs11}). */
    String scheme();

    /**
     * A signer for the private key {@code ref} whose public half is {@code dnskey}. The source
     * checks that the two halves belong together.
     *
     * @throws KeyException naming the reference when the key is missing, unreadable, locked or
     *     does not match
     */
    Signer signer(KeyRef ref, Dnskey dnskey);

    /**
     * Makes a new key pair where {@code ref} says (a token object) and returns its public half; the
     * private half never leaves the source. Sources that cannot create keys (key files are
     * written by the key generator, not here) refuse.
     *
     * @param bits RSA modulus size; ignored otherwise
     * @throws KeyException {@code CANNOT_GENERATE}, or the source's reason (object exists,
     *     algorithm not supported, …)
     */
    default PublicKey generate(KeyRef ref, Algorithm algorithm, int bits) {
        throw new KeyException("CANNOT_GENERATE", ref.toString(), null, "the " + scheme()
                + " key source cannot create keys");
    }

    /**
     * The public half of an existing private key ({@code dnssec-keyfromlabel}).
     *
     * @throws KeyException when the key is missing or not of {@code algorithm}
     */
    default PublicKey publicKey(KeyRef ref, Algorithm algorithm) {
        throw new KeyException("CANNOT_LOOK_UP", ref.toString(), null, "the " + scheme()
                + " key source cannot look keys up by label");
    }

    @Override
    default void close() {
    }
}

package dev.signet.core.spi;

import dev.signet.core.rdata.Dnskey;

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

    @Override
    default void close() {
    }
}

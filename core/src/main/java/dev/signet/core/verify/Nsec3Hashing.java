package dev.signet.core.verify;

import dev.signet.core.name.Name;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The NSEC3 hash of RFC 5155 §5, written for the verifier on purpose: the signer has its own
 * (package {@code denial}), and checking a chain with the code that built it would hide a shared
 * bug. {@code IH(salt, x, 0) = H(x | salt)}, {@code IH(salt, x, k) = H(IH(salt, x, k-1) | salt)},
 * the result {@code IH(salt, owner, iterations)} with the owner in canonical wire form (RFC 4034
 * §6.2, lower case).
 *
 * <p>Not thread-safe (it keeps its digest and buffer): one per thread.
 */
final class Nsec3Hashing {

    /** RFC 5155 §11: hash algorithm 1 is SHA-1, the only one defined. */
    static final int SHA1 = 1;
    static final int SHA1_LENGTH = 20;

    private final MessageDigest sha1;
    private final byte[] salt;
    private final int iterations;
    private final byte[] nameBuffer = new byte[Name.MAX_WIRE_LENGTH];

    Nsec3Hashing(byte[] salt, int iterations) {
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    static boolean supports(int hashAlgorithm) {
        return hashAlgorithm == SHA1;
    }

    /** The hash of {@code owner}. */
    byte[] hash(Name owner) {
        int n = owner.writeWire(nameBuffer, 0, true);
        sha1.update(nameBuffer, 0, n);
        sha1.update(salt);
        byte[] h = sha1.digest();
        for (int k = 0; k < iterations; k++) {
            sha1.update(h);
            sha1.update(salt);
            h = sha1.digest();
        }
        return h;
    }
}

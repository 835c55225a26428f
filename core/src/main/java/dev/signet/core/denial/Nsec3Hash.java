package dev.signet.core.denial;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Base32Hex;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The NSEC3 hash of RFC 5155 §5: {@code IH(salt, x, 0) = H(x || salt)} and
 * {@code IH(salt, x, k) = H(IH(salt, x, k-1) || salt)}, with x the owner name in canonical
 * (lower-case, uncompressed) wire form and H SHA-1, the only hash algorithm defined (§11).
 *
 * <p>An instance keeps one digest and scratch buffers, so hashing a large zone allocates only
 * the results. Not thread-safe: use one instance per thread.
 */
public final class Nsec3Hash {

    /** RFC 5155 §11: hash algorithm 1 is SHA-1. */
    public static final int SHA1 = 1;
    /** Octets of a SHA-1 hash (and of every NSEC3 next-hashed-owner field Signet writes). */
    public static final int LENGTH = 20;

    private final int iterations;
    private final byte[] salt;
    private final MessageDigest sha1;
    private final byte[] name = new byte[Name.MAX_WIRE_LENGTH];

    /**
     * @param iterations additional iterations (RFC 5155 §3.1.3), 0–65535
     * @param salt the salt (may be empty); copied
     */
    public Nsec3Hash(int iterations, byte[] salt) {
        if (iterations < 0 || iterations > 0xFFFF) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        if (salt.length > 255) {
            throw new IllegalArgumentException("salt longer than 255 octets");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    /** The hash of {@code owner} in a new array of {@link #LENGTH} octets. */
    public byte[] hash(Name owner) {
        byte[] out = new byte[LENGTH];
        hash(owner, out, 0);
        return out;
    }

    /** Writes the hash of {@code owner} into {@code out[off, off + 20)}. */
    public void hash(Name owner, byte[] out, int off) {
        int len = owner.writeWire(name, 0, true);
        try {
            sha1.update(name, 0, len);
            sha1.update(salt);
            sha1.digest(out, off, LENGTH);
            for (int i = 0; i < iterations; i++) {
                sha1.update(out, off, LENGTH);
                sha1.update(salt);
                sha1.digest(out, off, LENGTH);
            }
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-1 output does not fit 20 octets", e);
        }
    }

    /** One-off hash (a new digest each call; use an instance for many names). */
    public static byte[] hash(Name owner, int iterations, byte[] salt) {
        return new Nsec3Hash(iterations, salt).hash(owner);
    }

    /**
     * The NSEC3 owner name for a hash: its base32hex encoding (RFC 4648 §7, no padding) as one
     * label under the apex (RFC 5155 §3). Upper case, as dnssec-signzone writes it; names compare
     * case-insensitively, so validators and canonical order are unaffected.
     */
    public static Name ownerName(byte[] hash, Name apex) {
        return apex.prepend(Base32Hex.encode(hash).getBytes(StandardCharsets.US_ASCII));
    }
}

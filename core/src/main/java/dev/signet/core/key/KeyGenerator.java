package dev.signet.core.key;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RrClass;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a key pair and writes it as BIND key files, as {@code dnssec-keygen} does: a key that
 * would collide with one in the directory ({@link KeyCollisions}) is thrown away and another one
 * generated. The {@code .private} file is created with mode 0600.
 */
public final class KeyGenerator {

    /**
     * Generating stops after this many collisions: with 65536 tags a collision is rare, and only a
     * directory holding a large share of them could keep every attempt from succeeding.
     */
    public static final int MAX_ATTEMPTS = 1000;

    /**
     * What to generate.
     *
     * @param owner the key's owner (the zone apex), case as given
     * @param bits RSA modulus size; ignored for ECDSA and EdDSA
     * @param flags DNSKEY flags (256 ZSK, 257 KSK, +128 revoked)
     * @param ttl the DNSKEY TTL to store in the {@code .key} file, or -1
     * @param v13 false for a v1.2 {@code .private} file without metadata ({@code -C})
     * @param metadata the dates and numbers to store (ignored for v1.2)
     */
    public record Request(Name owner, RrClass rrClass, Algorithm algorithm, int bits, int flags, long ttl,
            boolean v13, KeyMetadata metadata) {
        public Request {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(rrClass, "rrClass");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /** Told about each generated key that was thrown away. */
    public interface Listener {
        void collision(Dnskey rejected, KeyCollisions.Collision with);
    }

    private KeyGenerator() {
    }

    /**
     * Generates a key that collides with no key in {@code dir} and writes its files there.
     *
     * @param zone time zone of the ctime comments in the {@code .key} file
     * @return the key as written, referring to its {@code .private} file
     * @throws IOException if the directory cannot be listed or a file cannot be written, or
     *     when {@link #MAX_ATTEMPTS} keys in a row collided
     */
    public static ZoneKey generate(Request req, Path dir, SecureRandom random, ZoneId zone, Listener listener)
            throws IOException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            KeyPair pair = KeyGeneration.generate(req.algorithm(), req.bits(), random);
            Dnskey dnskey = Dnskey.create(req.flags(), Dnskey.PROTOCOL, req.algorithm().number(),
                    DnskeyPublicKeys.encode(req.algorithm(), pair.getPublic()));
            Optional<KeyCollisions.Collision> clash = KeyCollisions.find(dir, req.owner(), dnskey.algorithm(), dnskey);
            if (clash.isPresent()) {
                listener.collision(dnskey, clash.get());
                continue;
            }
            KeyMetadata md = req.v13() ? req.metadata() : KeyMetadata.EMPTY;
            ZoneKey key = new ZoneKey(req.owner(), req.rrClass(), req.ttl(), dnskey, md, null, Optional.empty());
            PrivateKeyFile priv = PrivateKeyFile.of(req.algorithm(), pair.getPrivate(), md, req.v13());
            Path base = KeyFiles.write(dir, key, priv, zone);
            return new ZoneKey(key.owner(), key.rrClass(), key.ttl(), dnskey, md,
                    KeyRef.file(KeyFiles.privateFile(base)), Optional.empty());
        }
        throw new IOException("every one of " + MAX_ATTEMPTS + " generated keys collided with a key in " + dir);
    }

    /**
     * Writes the key files of a key whose private half stays on a token (keygen on a token,
     * keyfromlabel): the {@code .private} file holds only {@code Label:} (BIND's layout) and, for
     * RSA, the public Modulus and PublicExponent. Always v1.3.
     *
     * @param label the token reference as given (a PKCS#11 URI)
     * @throws KeyException {@code KEY_COLLISION} when the key's tag collides with a key in
     *     {@code dir} (a token key cannot be thrown away and regenerated as a software one is);
     *     nothing is written then
     */
    public static ZoneKey writeTokenKey(Request req, PublicKey publicKey, String label, Path dir, ZoneId zone)
            throws IOException {
        Dnskey dnskey = Dnskey.create(req.flags(), Dnskey.PROTOCOL, req.algorithm().number(),
                DnskeyPublicKeys.encode(req.algorithm(), publicKey));
        Optional<KeyCollisions.Collision> clash = KeyCollisions.find(dir, req.owner(), dnskey.algorithm(), dnskey);
        if (clash.isPresent()) {
            throw new KeyException("KEY_COLLISION", label, null, "the key's tag " + dnskey.keyTag()
                    + " collides with " + clash.get().file().getFileName() + " (tag " + clash.get().tag()
                    + ", revoked or not); no key files written");
        }
        ZoneKey key = new ZoneKey(req.owner(), req.rrClass(), req.ttl(), dnskey, req.metadata(),
                KeyRef.fromLabel(label), Optional.empty());
        KeyFiles.write(dir, key, PrivateKeyFile.onToken(req.algorithm(), dnskey.publicKey(), label, req.metadata()), zone);
        return key;
    }
}

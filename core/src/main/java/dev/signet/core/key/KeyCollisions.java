package dev.signet.core.key;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.spi.KeyException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a new key would collide with a key already in a directory, as {@code dnssec-keygen}
 * checks before writing one.
 *
 * <p>Key tags are what tools and operators tell keys apart by, and a key file is named by its
 * tag, so two keys of one owner and algorithm must not share a tag. Setting the REVOKE flag
 * (RFC 5011 §2.1) changes the rdata and so the tag (RFC 4034 Appendix B): a key must also not
 * take the tag another key will have once revoked, nor have a revoked tag another key already
 * has. BIND compares a new key's tag and revoked tag with each existing key's; Signet also
 * counts the unrevoked tag of a key that is already revoked, and the tag in a key file's name
 * when the file cannot be read, so a key that BIND accepts may be regenerated here, never the
 * reverse.
 */
public final class KeyCollisions {

    /** The existing key a new one collides with. */
    public record Collision(Path file, int tag) {
    }

    private KeyCollisions() {
    }

    /** The tags a key has with the REVOKE flag clear and set (its own is one of them). */
    public static Set<Integer> tags(Dnskey key) {
        Set<Integer> out = new LinkedHashSet<>();
        out.add(key.withFlags(key.flags() & ~Dnskey.FLAG_REVOKE).keyTag());
        out.add(key.withFlags(key.flags() | Dnskey.FLAG_REVOKE).keyTag());
        return out;
    }

    /**
     * The first key file in {@code dir} (in file-name order) of {@code owner} and {@code
     * algorithm} whose tags meet the candidate's; empty when there is none.
     *
     * @throws IOException if the directory cannot be listed
     */
    public static Optional<Collision> find(Path dir, Name owner, int algorithm, Dnskey candidate) throws IOException {
        Set<Integer> mine = tags(candidate);
        for (var e : existingKeys(dir, owner, algorithm).entrySet()) {
            Path base = dir.resolve(e.getKey());
            for (int tag : tagsOnDisk(base, e.getValue())) {
                if (mine.contains(tag)) {
                    return Optional.of(new Collision(base, tag));
                }
            }
        }
        return Optional.empty();
    }

    /** Base names of the key files of this owner and algorithm, with the tag in each name. */
    private static TreeMap<String, Integer> existingKeys(Path dir, Name owner, int algorithm) throws IOException {
        TreeMap<String, Integer> bases = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "K*")) {
            for (Path f : files) {
                KeyFileName n = KeyFileName.parse(f.getFileName().toString());
                if (n != null && n.algorithm() == algorithm && n.owner().equals(owner)) {
                    bases.put(n.base(), n.keyTag());
                }
            }
        }
        return bases;
    }

    private static Set<Integer> tagsOnDisk(Path base, int tagInName) {
        Set<Integer> out = new LinkedHashSet<>();
        out.add(tagInName);
        if (Files.exists(KeyFiles.keyFile(base))) {
            try {
                out.addAll(tags(KeyFiles.readPublic(base).dnskey()));
            } catch (KeyException e) {
                // An unreadable key file still occupies its name's tag, which is counted above.
            }
        }
        return out;
    }
}

package dev.signet.core.key;

import dev.signet.core.io.AtomicFileWriter;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads and writes BIND key file sets {@code K<name>+AAA+TTTTT.{key,private,state}}.
 *
 * <p>A key read here refers to its private half by the {@code .private} file, or by the token
 * label when the file has a {@code Label:} field. Files are written through
 * {@link AtomicFileWriter}: a temporary file in the same directory renamed into place, the
 * {@code .private} file created with mode 0600.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The {@code .key}, {@code .private} and {@code .state} paths for a base name, key or private file path. */
    public static Path base(Path anyOfThem) {
        String f = anyOfThem.getFileName().toString();
        for (String ext : new String[] {".key", ".private", ".state"}) {
            if (f.endsWith(ext)) {
                return anyOfThem.resolveSibling(f.substring(0, f.length() - ext.length()));
            }
        }
        return anyOfThem;
    }

    private static Path withExt(Path base, String ext) {
        return base.resolveSibling(base.getFileName() + ext);
    }

    public static Path keyFile(Path base) {
        return withExt(base, ".key");
    }

    public static Path privateFile(Path base) {
        return withExt(base, ".private");
    }

    public static Path stateFile(Path base) {
        return withExt(base, ".state");
    }

    /**
     * Reads the {@code .key} file alone (as {@code dnssec-dsfromkey} does).
     *
     * @throws KeyException {@code KEY_FILE_MISSING} or a parse error naming the file
     */
    public static PublicKeyFile readPublic(Path anyOfThem) {
        Path file = keyFile(base(anyOfThem));
        return PublicKeyFile.parse(readText(file), file.toString());
    }

    /**
     * Reads a key pair (and its {@code .state} file when there is one).
     *
     * @param anyOfThem the base name, or the path of the {@code .key} or {@code .private} file
     * @throws KeyException {@code KEY_FILE_MISSING} naming the missing file, or the first
     *     problem in either file, naming file, line and field
     */
    public static ZoneKey read(Path anyOfThem) {
        Path base = base(anyOfThem);
        PublicKeyFile pub = readPublic(base);
        Path privPath = privateFile(base);
        PrivateKeyFile priv = PrivateKeyFile.parse(readText(privPath), privPath.toString(), pub.dnskey().algorithm());
        KeyRef ref = priv.label() != null && !priv.hasPrivateMaterial()
                ? KeyRef.fromLabel(priv.label()) : KeyRef.file(privPath);
        Path statePath = stateFile(base);
        Optional<KeyStateFile> state = Files.exists(statePath)
                ? Optional.of(KeyStateFile.parse(readText(statePath), statePath.toString())) : Optional.empty();
        return new ZoneKey(pub.owner(), pub.rrClass(), pub.ttl(), pub.dnskey(), priv.metadata(), ref, state);
    }

    /** Reads and parses a {@code .private} file on its own. */
    public static PrivateKeyFile readPrivate(Path anyOfThem, int expectedAlgorithm) {
        Path p = privateFile(base(anyOfThem));
        return PrivateKeyFile.parse(readText(p), p.toString(), expectedAlgorithm);
    }

    /**
     * Writes {@code K<name>+AAA+TTTTT.key} and {@code .private} into {@code dir}, each atomically,
     * the private file first (so a {@code .key} never exists without its private half). The
     * key's metadata is written to both (a v1.2 file has none, and then neither has the
     * {@code .key} file, as with BIND's {@code -C}).
     *
     * @param priv the private half; its algorithm must be the key's
     * @param zone time zone of the ctime comments in the {@code .key} file
     * @return the base path written
     */
    public static Path write(Path dir, ZoneKey key, PrivateKeyFile priv, ZoneId zone) throws IOException {
        if (priv.algorithm().number() != key.dnskey().algorithm()) {
            throw new IllegalArgumentException("private key is " + priv.algorithm() + ", DNSKEY algorithm "
                    + key.dnskey().algorithm());
        }
        Path base = dir.resolve(key.fileName().base());
        PublicKeyFile pub = new PublicKeyFile(key.owner(), key.rrClass(), key.ttl(), key.dnskey());
        KeyMetadata md = priv.hasMetadataFields() ? key.metadata() : KeyMetadata.EMPTY;
        priv = priv.withMetadata(md);
        AtomicFileWriter.write(privateFile(base), priv.format().getBytes(StandardCharsets.UTF_8), true);
        AtomicFileWriter.write(keyFile(base), pub.format(md, zone).getBytes(StandardCharsets.UTF_8), false);
        return base;
    }

    /** File text as octets (ISO-8859-1, so any byte reads as one char). */
    static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new KeyException("KEY_FILE_MISSING", file.toString(), null, "file not found");
        } catch (IOException e) {
            throw new KeyException("KEY_FILE_UNREADABLE", file.toString(), null, e.getMessage());
        }
    }
}

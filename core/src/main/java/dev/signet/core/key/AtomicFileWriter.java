package dev.signet.core.key;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see the old content or the new, never a part: the bytes go to a
 * temporary file in the same directory, are forced to disk, and the temporary file is renamed
 * over the target. Secret files get mode 0600 when the temporary file is created (never a
 * chmod afterwards, which would leave a window).
 */
public final class AtomicFileWriter {

    private static final Set<PosixFilePermission> SECRET = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFileWriter() {
    }

    /** Writes {@code content} to {@code target}; {@code secret} files are readable by the owner only. */
    public static void write(Path target, byte[] content, boolean secret) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(secret ? SECRET : PUBLIC)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attrs);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

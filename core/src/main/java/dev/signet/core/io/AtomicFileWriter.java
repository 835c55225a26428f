package dev.signet.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
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
 * Writes a file so that readers see the old content or the complete new one, never a part: the
 * bytes go to a temporary file in the target's directory, are forced to disk, and the temporary
 * file is renamed over the target in one step (then the directory is synced, where the platform
 * allows). A failure leaves the target untouched and removes the temporary file.
 *
 * <p>Permissions: a secret file (a {@code .private} key) is created with mode 0600 from the start,
 * never chmod-ed afterwards, which would leave a window. Any other file gets the permissions of
 * the file it replaces, or rw-r--r-- like a file BIND writes under the usual umask.
 */
public final class AtomicFileWriter {

    /** Writes the content of one file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of one file through its channel (positioned at 0, open for reading too). */
    public interface ChannelContent {
        void writeTo(FileChannel out) throws IOException;
    }

    /** Writes the text of one file. */
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final Set<PosixFilePermission> SECRET = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");
    private static final int BUFFER = 1 << 16;

    private AtomicFileWriter() {
    }

    /** Writes {@code content} to {@code target}; {@code secret} files are readable by the owner only. */
    public static void write(Path target, byte[] content, boolean secret) throws IOException {
        write(target, secret, out -> out.write(content));
    }

    /** Writes text in {@code charset} through a large buffer (zone files can be big). */
    public static void writeText(Path target, Charset charset, boolean secret, TextContent content) throws IOException {
        write(target, secret, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, charset), BUFFER);
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes whatever {@code content} produces to {@code target}. */
    public static void write(Path target, boolean secret, Content content) throws IOException {
        writeChannel(target, secret, ch -> {
            OutputStream out = Channels.newOutputStream(ch);
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes what {@code content} puts into the temporary file's channel to {@code target}: for
     * a writer that copies between files in the kernel, or reads back what it wrote.
     */
    public static void writeChannel(Path target, boolean secret, ChannelContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        // Created 0600 in every case (the JDK's default for temporary files); a public file is
        // opened up to its final mode before any byte is written.
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(SECRET)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp", attrs);
        boolean done = false;
        try {
            if (posix && !secret) {
                Files.setPosixFilePermissions(tmp, Files.exists(absolute)
                        ? Files.getPosixFilePermissions(absolute) : PUBLIC);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(ch);
                ch.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename atomically into " + dir + ": " + e.getMessage(), e);
            }
            done = true;
            syncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a directory be opened; the data itself is on disk.
        }
    }
}

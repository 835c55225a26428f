package dev.signet.core.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one atomic writer: content, modes, and what a failure leaves behind. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
    }

    private String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void newFilesArePublicOrSecret() throws IOException {
        Path pub = dir.resolve("a.key");
        Path priv = dir.resolve("a.private");
        AtomicFileWriter.write(pub, "public\n".getBytes(StandardCharsets.US_ASCII), false);
        AtomicFileWriter.write(priv, "secret\n".getBytes(StandardCharsets.US_ASCII), true);
        assertEquals("public\n", Files.readString(pub));
        assertEquals("secret\n", Files.readString(priv));
        assertEquals("rw-r--r--", mode(pub));
        assertEquals("rw-------", mode(priv));
        assertEquals(List.of("a.key", "a.private"), names(), "no temporary file is left");
    }

    @Test
    void aReplacedFileKeepsItsModeUnlessTheNewOneIsSecret() throws IOException {
        Path zone = dir.resolve("zone");
        Files.writeString(zone, "old");
        Files.setPosixFilePermissions(zone, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.writeText(zone, StandardCharsets.ISO_8859_1, false, w -> w.write("new \u00e9"));
        assertEquals("rw-r-----", mode(zone));
        assertArrayEquals(new byte[] {'n', 'e', 'w', ' ', (byte) 0xE9}, Files.readAllBytes(zone),
                "text is written in the given charset");

        Path key = dir.resolve("k.private");
        Files.writeString(key, "old");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));
        AtomicFileWriter.write(key, "new".getBytes(StandardCharsets.US_ASCII), true);
        assertEquals("rw-------", mode(key), "a secret file never inherits a wider mode");
    }

    @Test
    void aFailureLeavesTheTargetAsItWas() throws IOException {
        Path target = dir.resolve("out");
        Files.writeString(target, "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, false, out -> {
            out.write("partial".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("out"), names(), "the temporary file is removed");
    }
}

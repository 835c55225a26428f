package dev.signet.core.crypto;

import dev.signet.core.text.TextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Choosing the crypto backend in core alone (no openssl module on the class path), and with a
 * provider whose class file is too new for this JVM — as the openssl backend (Java 22 class
 * files) is for Java 17 — which must be reported, not thrown.
 */
class CryptoSelectionTest {

    /** A provider for the class-version test; its class file is copied with a future version. */
    public static final class FutureProvider implements CryptoBackendProvider {
        @Override
        public String name() {
            return "openssl";
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.empty();
        }

        @Override
        public String description() {
            return "from the future";
        }

        @Override
        public CryptoBackend forSigning(Algorithm alg) {
            return SoftwareCrypto.JDK;
        }

        @Override
        public CryptoBackend forVerifying(Algorithm alg) {
            return SoftwareCrypto.JDK;
        }
    }

    private static final ClassLoader CORE = CryptoSelection.class.getClassLoader();

    @Test
    void withoutTheOpensslModuleAutoIsJavaAndOpensslIsAnError() {
        CryptoSelection.Choice auto = CryptoSelection.choose(null, CORE);
        assertEquals("java", auto.name());
        assertEquals("auto: this build does not include the openssl backend (build Signet with Java 22 or later)",
                auto.reason());
        assertEquals("java", CryptoSelection.choose(" JAVA ", CORE).name());
        assertEquals("java", CryptoSelection.choose("auto", CORE).name());
        TextException e = assertThrows(TextException.class, () -> CryptoSelection.choose("openssl", CORE));
        assertEquals("CRYPTO_UNAVAILABLE", e.code());
        assertEquals("crypto backend openssl is not available: this build does not include the openssl backend"
                + " (build Signet with Java 22 or later) [CRYPTO_UNAVAILABLE]", e.getMessage());
        assertEquals("UNKNOWN_CRYPTO", assertThrows(TextException.class,
                () -> CryptoSelection.choose("nss", CORE)).code());
    }

    @Test
    void aProviderCompiledForANewerJavaIsReportedNotThrown(@TempDir Path dir) throws IOException {
        String name = FutureProvider.class.getName();
        byte[] bytes;
        try (InputStream in = CORE.getResourceAsStream(name.replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        bytes[6] = 0x7F; // major version 32767 (offset 6-7 of the class file): newer than any JVM
        bytes[7] = (byte) 0xFF;
        Path classFile = dir.resolve(name.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, bytes);
        Path services = dir.resolve("META-INF/services/" + CryptoBackendProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, name + "\n", StandardCharsets.UTF_8);
        // Parent: the platform loader, so that the copy (not the test's own class) is loaded.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            CryptoSelection.Discovery d = CryptoSelection.discover(loader);
            assertEquals(1, d.loadFailures().size(), d.loadFailures().toString());
            assertTrue(d.loadFailures().get(0).startsWith("it needs a newer Java"), d.loadFailures().get(0));
            assertEquals(1, d.providers().size(), "java is always there");
            CryptoSelection.Choice auto = CryptoSelection.choose(null, loader);
            assertEquals("java", auto.name());
            assertTrue(auto.reason().startsWith("auto: this build has it, but it needs a newer Java"), auto.reason());
            TextException e = assertThrows(TextException.class, () -> CryptoSelection.choose("openssl", loader));
            assertTrue(e.getMessage().startsWith("crypto backend openssl is not available: this build has it, but it"
                    + " needs a newer Java (the openssl backend needs Java 22 or later; this is Java "), e.getMessage());
        }
    }
}

package dev.signet.core.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's shared {@code testdata/} folder from any module's tests. */
public final class TestData {

    private TestData() {
    }

    public static Path root() {
        String prop = System.getProperty("signet.testdata");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("testdata"))) {
                return p.resolve("testdata");
            }
            p = p.getParent();
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}

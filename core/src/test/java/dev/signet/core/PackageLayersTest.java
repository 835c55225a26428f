package dev.signet.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.testutil.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The presentation/wire layer (text, name, rr, rdata, time) is what every other package builds
 * on: it must not reach up into crypto, keys, backends, DS computation or zone loading, or a
 * change there ripples back into parsing. (crypto may use rdata; rdata must not use crypto.)
 * Read from the sources, so a fully qualified reference counts as much as an import.
 */
class PackageLayersTest {

    private static final List<String> UPPER = List.of("crypto", "key", "spi", "ds", "zone", "sign", "denial",
            "verify");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.signet\\.core\\.([a-z]+)\\.");

    @ParameterizedTest
    @ValueSource(strings = {"text", "name", "rr", "rdata", "time"})
    void lowerPackagesDoNotUseUpperOnes(String pkg) throws IOException {
        Path dir = TestData.root().getParent().resolve("core/src/main/java/dev/signet/core").resolve(pkg);
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.list(dir)) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (UPPER.contains(m.group(1))) {
                        offences.add(f.getFileName() + " uses " + m.group(1));
                    }
                }
            }
        }
        assertTrue(files > 0, "no sources in " + dir);
        assertTrue(offences.isEmpty(), pkg + " must not depend on " + UPPER + ": " + offences);
    }
}

package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs BIND's {@code named-compilezone -s full -o -} on a zone file (skipping the test when the
 * tool is not installed). Output goes to files, so a long error list cannot block the pipe.
 */
final class NamedCompilezone {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private NamedCompilezone() {
    }

    static Result run(Path zoneFile, String origin, String... extraOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("named-compilezone"));
        cmd.addAll(List.of(extraOptions));
        cmd.addAll(List.of("-s", "full", "-i", "none", "-o", "-", origin, zoneFile.getFileName().toString()));
        Path out = Files.createTempFile("named-compilezone", ".out");
        Path err = Files.createTempFile("named-compilezone", ".err");
        try {
            Process p;
            try {
                p = new ProcessBuilder(cmd).directory(zoneFile.toAbsolutePath().getParent().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                Assumptions.abort("named-compilezone (BIND 9.18, Debian bind9-utils) is not installed: "
                        + e.getMessage());
                throw e;
            }
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            assertTrue(done, "named-compilezone did not finish in 120 s");
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.testutil.Peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs BIND's {@code named-compilezone -s full -o -} on a zone file (skipped without it, failed
 * under CI: {@link Peers}). Output goes to files, so a long error list cannot block the pipe.
 */
final class NamedCompilezone {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private NamedCompilezone() {
    }

    static Result run(Path zoneFile, String origin, String... extraOptions) throws IOException, InterruptedException {
        Peers.require("named-compilezone");
        List<String> cmd = new ArrayList<>(List.of("named-compilezone"));
        cmd.addAll(List.of(extraOptions));
        cmd.addAll(List.of("-s", "full", "-i", "none", "-o", "-", origin, zoneFile.getFileName().toString()));
        Path out = Files.createTempFile("named-compilezone", ".out");
        Path err = Files.createTempFile("named-compilezone", ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(zoneFile.toAbsolutePath().getParent().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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

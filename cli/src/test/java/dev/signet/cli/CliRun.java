package dev.signet.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;

/** One in-process run of the command line, with its exit code and captured streams. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        return runWithInput("", args);
    }

    static CliRun runWithInput(String stdin, String... args) {
        return run(Clock.systemDefaultZone(), new SecureRandom(), stdin, args);
    }

    /** A run at a fixed time (and time zone) with a given random source: reproducible keys and dates. */
    static CliRun runAt(Clock clock, SecureRandom random, String... args) {
        return run(clock, random, "", args);
    }

    private static CliRun run(Clock clock, SecureRandom random, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(clock, random, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)), o, e, args);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The repository's shared test data (the build passes its location as a system property). */
    static Path testdata(String relative) {
        String root = System.getProperty("signet.testdata");
        if (root == null || !Files.isDirectory(Path.of(root))) {
            throw new IllegalStateException("system property signet.testdata must name the testdata/ folder (set by the Maven build)");
        }
        return Path.of(root).resolve(relative);
    }

    /** A repeatable random source (SHA1PRNG seeded before first use), so a failure can be reproduced. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}

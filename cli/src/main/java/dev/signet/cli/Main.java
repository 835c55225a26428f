package dev.signet.cli;

import dev.signet.core.text.TextException;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * The {@code signet} command line. {@link #main} is the only place that exits the JVM; every
 * command runs in process through {@link #run}, so tests call it with their own streams.
 *
 * <p>Exit codes: 0 success, 1 failure (bad input, I/O), 2 usage error.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /** Runs one command line with standard input from the JVM's. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(System.in, out, err, args);
    }

    /** Runs one command line; returns the exit code. */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(Clock.systemDefaultZone(), in, out, err, args);
    }

    /**
     * Runs one command line with a given clock: the only place commands learn the time (core
     * never reads it) and the time zone of the dates they print, so tests can fix both.
     */
    public static int run(Clock clock, InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(clock, new SecureRandom(), in, out, err, args);
    }

    /** Like {@link #run(Clock, InputStream, PrintStream, PrintStream, String...)} with a given random source (tests). */
    static int run(Clock clock, SecureRandom random, InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(System.getenv(), clock, random, in, out, err, args);
    }

    /** Like {@link #run(Clock, SecureRandom, InputStream, PrintStream, PrintStream, String...)} with a given environment (tests). */
    static int run(Map<String, String> env, Clock clock, SecureRandom random, InputStream in, PrintStream out,
            PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new SignetCommand(new Streams(in, out, err), clock, random, env));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        // As getopt in BIND's tools: an option that takes a value takes the next word, even one
        // that starts with '-' ("-A -1d", "-I -3").
        cl.setAllowOptionsAsOptionParameters(true);
        // picocli already exits with 2 (CommandLine.ExitCode.USAGE) on invalid input.
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            // Something the command did not turn into a finding itself: one line, trace on --debug.
            // A TextException's message carries its code (and a KeyException's the file and field).
            String message = ex instanceof TextException t ? t.getMessage()
                    : String.valueOf(ex.getMessage()) + " [INTERNAL]";
            err.println(failed.getCommandSpec().qualifiedName(" ") + ": " + message);
            if (failed.getCommand() instanceof Debuggable d && d.debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A command that knows whether {@code --debug} was given. */
    interface Debuggable {
        boolean debug();
    }
}

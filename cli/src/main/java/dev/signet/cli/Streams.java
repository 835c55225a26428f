package dev.signet.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a command line runs with (the JVM's, or a test's). */
record Streams(InputStream in, PrintStream out, PrintStream err) {
}

package dev.signet.cli;

import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class CommonOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Print a stack trace with an internal error.")
    boolean debug;
}

package dev.signet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code signet}: the top-level command, holding the subcommands. */
@Command(name = "signet",
        versionProvider = Version.WithCrypto.class,
        description = "Offline DNSSEC zone toolkit compatible with BIND 9.18's tools.",
        subcommands = {CheckzoneCommand.class, CompilezoneCommand.class, KeygenCommand.class, KeyfromlabelCommand.class,
            SignzoneCommand.class,
            DsfromkeyCommand.class, VerifyCommand.class, HelpCommand.class},
        footer = {"", "Run 'signet help <command>' for a command's options. Exit status: 0 success, 1 failure, 2 usage error."})
final class SignetCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Spec
    CommandSpec spec;

    private final Streams streams;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, String> env;

    SignetCommand(Streams streams) {
        this(streams, Clock.systemDefaultZone(), new SecureRandom());
    }

    SignetCommand(Streams streams, Clock clock, SecureRandom random) {
        this(streams, clock, random, System.getenv());
    }

    SignetCommand(Streams streams, Clock clock, SecureRandom random, Map<String, String> env) {
        this.streams = streams;
        this.clock = clock;
        this.random = random;
        this.env = Map.copyOf(env);
    }

    /** The environment commands read (SIGNET_CRYPTO): the process's, or a test's. */
    Map<String, String> env() {
        return env;
    }

    Streams streams() {
        return streams;
    }

    /** The time and time zone commands use (the system's, or a test's fixed clock). */
    Clock clock() {
        return clock;
    }

    /** Where key material comes from (the system's strong source, or a test's seeded one). */
    SecureRandom random() {
        return random;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}

package dev.signet.cli;

import dev.signet.core.zone.CheckOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code signet compilezone}: named-compilezone. */
@Command(name = "compilezone", versionProvider = Version.class,
        description = {"Check a zone file like checkzone, with named-compilezone's stricter defaults (-k fail,"
                + " -n fail), and write it in canonical order, one record per line.",
            "-o is required. The input file is never modified."})
final class CompilezoneCommand implements Callable<Integer>, Main.Debuggable {

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Mixin
    ZoneToolOptions zone;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (zone.output == null) {
            throw new ParameterException(spec.commandLine(), "output file required, but not specified (-o)");
        }
        return new ZoneTool(spec.qualifiedName(" "), zone, parent.streams()).run(CheckOptions.compilezoneDefaults(), true, true);
    }

    @Override
    public boolean debug() {
        return common.debug;
    }
}

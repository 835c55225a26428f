package dev.signet.cli;

import dev.signet.core.zone.CheckOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code signet checkzone}: named-checkzone. */
@Command(name = "checkzone", versionProvider = Version.class,
        description = {"Check a zone file as named-checkzone does: syntax, load rules (one SOA at the apex,"
                + " NS at the apex, no CNAME beside other data), host names and in-zone NS/MX/SRV targets.",
            "Prints the findings, 'zone NAME/CLASS: loaded serial N' and 'OK'; exit status 1 if the zone does not load."})
final class CheckzoneCommand implements Callable<Integer>, Main.Debuggable {

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
        return new ZoneTool(spec.qualifiedName(" "), zone, parent.streams()).run(CheckOptions.checkzoneDefaults(), false, false);
    }

    @Override
    public boolean debug() {
        return common.debug;
    }
}

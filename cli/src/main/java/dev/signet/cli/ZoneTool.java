package dev.signet.cli;

import dev.signet.core.io.AtomicFileWriter;
import dev.signet.core.name.Name;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneLoader;
import dev.signet.core.zone.ZoneWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What named-checkzone and named-compilezone do, shared by {@link CheckzoneCommand} and
 * {@link CompilezoneCommand}: load and check the zone, report like BIND (findings, then
 * {@code zone <name>/<class>: loaded serial N} and {@code OK}), and dump it in canonical order.
 *
 * <p>Like BIND, messages go to standard output unless the zone itself does ({@code -o -}); then
 * they go to standard error. Each finding is one line: {@code signet checkzone: file:line: message [CODE]}.
 */
final class ZoneTool {

    private final String command;
    private final ZoneToolOptions options;
    private final Streams streams;
    private final PrintStream messages;

    ZoneTool(String command, ZoneToolOptions options, Streams streams) {
        this.command = command;
        this.options = options;
        this.streams = streams;
        this.messages = "-".equals(options.output) ? streams.err() : streams.out();
    }

    /**
     * @param defaults the tool's default checks (they differ between the two BIND tools)
     * @param dump whether the zone is written even without {@code -D} or {@code -o}
     * @param announceDump print BIND's {@code dump zone to FILE...done} (named-compilezone does)
     */
    int run(CheckOptions defaults, boolean dump, boolean announceDump) {
        Name apex;
        try {
            apex = Name.parse(options.zoneName, Name.ROOT);
        } catch (TextException e) {
            return fail("bad zone name '" + options.zoneName + "': " + e.detail(), e.code());
        }
        String zoneLabel = "zone " + bindName(apex) + "/" + options.zoneClass;
        String fileName = options.fileName != null ? options.fileName : options.zoneName;
        boolean toStdout = "-".equals(options.output);
        boolean writes = dump || options.dump || options.output != null;
        Path input = "-".equals(fileName) ? null : options.resolve(fileName);
        Path output = writes && options.output != null && !toStdout ? options.resolve(options.output) : null;
        if (input != null && output != null && sameFile(input, output)) {
            return fail(output + ": the output file is the zone file; refusing to overwrite the input", "OUTPUT_IS_INPUT");
        }

        CheckOptions checks = options.checks(defaults);
        ZoneLoader.Result result;
        try {
            result = input == null
                    ? ZoneLoader.load(new InputStreamReader(streams.in(), StandardCharsets.ISO_8859_1), "-", apex, options.zoneClass, checks)
                    : ZoneLoader.load(input, apex, options.zoneClass, checks, options.directory);
        } catch (NoSuchFileException e) {
            say(command + ": " + fileName + ": file not found [FILE_NOT_FOUND]");
            say(zoneLabel + ": not loaded due to errors.");
            return Main.FAILURE;
        } catch (IOException e) {
            say(command + ": " + fileName + ": " + e.getMessage() + " [READ_FAILED]");
            say(zoneLabel + ": not loaded due to errors.");
            return Main.FAILURE;
        }
        for (Diagnostic d : result.diagnostics()) {
            say(command + ": " + d);
        }
        if (!result.loaded()) {
            say(zoneLabel + ": not loaded due to errors.");
            return Main.FAILURE;
        }
        Zone zone = result.zone();
        say(zoneLabel + ": loaded serial " + zone.serial());
        if (writes) {
            try {
                write(zone, output);
            } catch (IOException e) {
                return fail("could not write output file \"" + options.output + "\": " + e.getMessage(), "WRITE_FAILED");
            }
            if (announceDump && output != null) {
                say("dump zone to " + options.output + "...done");
            }
        }
        say("OK");
        return Main.OK;
    }

    private void write(Zone zone, Path output) throws IOException {
        if (output == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.ISO_8859_1), 1 << 16);
            new ZoneWriter(options.style, w, zone.apex()).write(zone);
            w.flush();
            return;
        }
        AtomicFileWriter.writeText(output, StandardCharsets.ISO_8859_1, false,
                w -> new ZoneWriter(options.style, w, zone.apex()).write(zone));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private int fail(String message, String code) {
        // Errors of the run itself print even with -q: the exit status alone would not say why.
        streams.err().println(command + ": " + message + " [" + code + "]");
        return Main.FAILURE;
    }

    private void say(String line) {
        if (!options.quiet) {
            messages.println(line);
        }
    }

    /** A name as BIND prints it in messages: without the final dot. */
    private static String bindName(Name n) {
        String s = n.toString();
        return n.isRoot() ? s : s.substring(0, s.length() - 1);
    }
}

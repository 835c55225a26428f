package dev.signet.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option of every command is documented: it has an entry (a {@code .TP} paragraph headed by
 * it) in the command's man page under man/, and it is listed by {@code --help}; and no man page
 * documents an option the command does not have.
 */
class ManPageTest {

    /**
     * An option at the head of a .TP entry: "\-c", "\-\-debug", "\-\-allow\-deprecated" in a
     * .B/.BI/.BR line (roff writes the hyphens of an option as "\-").
     */
    private static final Pattern ENTRY_OPTION = Pattern.compile("\\\\-(\\\\-)?([A-Za-z0-9](?:[A-Za-z0-9-]|\\\\-)*)");

    private static CommandLine root() {
        return new CommandLine(new SignetCommand(new Streams(System.in, System.out, System.err)));
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> out = new ArrayList<>();
        CommandLine root = root();
        out.add(root.getCommandSpec());
        root.getSubcommands().forEach((name, cl) -> {
            if (!name.equals("help")) {
                out.add(cl.getCommandSpec());
            }
        });
        return out;
    }

    private static Path manPage(CommandSpec spec) {
        String page = spec.parent() == null ? "signet.1" : "signet-" + spec.name() + ".1";
        return CliRun.testdata("../man/" + page).normalize();
    }

    /** Option names heading a .TP entry of the page. */
    static Set<String> documentedOptions(Path page) throws IOException {
        Set<String> names = new TreeSet<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).equals(".TP") || !lines.get(i + 1).startsWith(".B")) {
                continue;
            }
            String head = lines.get(i + 1);
            // Only the option words: ".BR \-h ", " \-\-help" or ".BI \-c " class"".
            Matcher m = ENTRY_OPTION.matcher(head);
            while (m.find()) {
                int start = m.start();
                boolean wordStart = start == 0 || head.charAt(start - 1) == ' ' || head.charAt(start - 1) == '"';
                if (wordStart) {
                    names.add((m.group(1) != null ? "--" : "-") + m.group(2).replace("\\-", "-"));
                }
            }
        }
        return names;
    }

    @Test
    void everyCommandHasAManPageDocumentingExactlyItsOptions() throws IOException {
        for (CommandSpec spec : commands()) {
            Path page = manPage(spec);
            assertTrue(Files.isRegularFile(page), "missing man page " + page + " for " + spec.qualifiedName());
            Set<String> inCode = new TreeSet<>();
            for (OptionSpec o : spec.options()) {
                inCode.addAll(List.of(o.names()));
            }
            assertEquals(inCode, documentedOptions(page), "options of '" + spec.qualifiedName() + "' vs " + page);
        }
    }

    @Test
    void helpListsEveryOption() {
        for (CommandSpec spec : commands()) {
            String[] args = spec.parent() == null ? new String[] {"--help"} : new String[] {spec.name(), "--help"};
            CliRun help = CliRun.run(args);
            assertEquals(Main.OK, help.code(), help.toString());
            for (OptionSpec o : spec.options()) {
                for (String name : o.names()) {
                    assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(help.out()).find(),
                            name + " missing from " + spec.qualifiedName() + " --help:\n" + help.out());
                }
            }
        }
    }

    @Test
    void theEntryParserFindsWhatAPageDocuments() throws IOException {
        Path page = Files.createTempFile("signet-man", ".1");
        try {
            Files.writeString(page, ".TH X 1\n.SH OPTIONS\n.TP\n.BI \\-c \" class\"\nThe class, not \\-x.\n"
                    + ".TP\n.BR \\-h \", \" \\-\\-help\nHelp.\n.TP\n.B zonename\nNot an option.\n"
                    + ".TP\n.B \\-\\-allow\\-deprecated\nA long option with a hyphen.\n");
            assertEquals(Set.of("-c", "-h", "--help", "--allow-deprecated"), documentedOptions(page));
        } finally {
            Files.delete(page);
        }
    }
}

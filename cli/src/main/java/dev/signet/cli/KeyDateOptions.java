package dev.signet.cli;

import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.Stack;

/**
 * The timing options of the commands that make key files (keygen, keyfromlabel), as
 * dnssec-keygen and dnssec-keyfromlabel take them: {@code -P -A -R -I -D} dates, where
 * {@code -P} and {@code -D} may be followed by {@code sync} for the CDS/CDNSKEY dates.
 */
final class KeyDateOptions {

    @Option(names = "-P", paramLabel = "[sync] date", parameterConsumer = SyncDateConsumer.class,
            description = "Publish date (default: now); '-P sync date': CDS/CDNSKEY publish date.")
    String publishText;

    @Option(names = "-A", paramLabel = "date", description = "Activate date (default: now).")
    String activateText;

    @Option(names = "-R", paramLabel = "date", description = "Revoke date.")
    String revokeText;

    @Option(names = "-I", paramLabel = "date", description = "Inactive date (retirement).")
    String inactiveText;

    @Option(names = "-D", paramLabel = "[sync] date", parameterConsumer = SyncDateConsumer.class,
            description = "Delete date; '-D sync date': CDS/CDNSKEY delete date.")
    String deleteText;

    private String syncPublishText;
    private String syncDeleteText;

    /** The dates as given, parsed against {@code now}, for {@link KeygenTiming}. */
    KeygenTiming.Request request(long now, long prepublication, boolean generateOnly, boolean compat) {
        return new KeygenTiming.Request(now,
                KeygenTiming.DateArg.parse(publishText, now), KeygenTiming.DateArg.parse(activateText, now),
                KeygenTiming.DateArg.parse(revokeText, now), KeygenTiming.DateArg.parse(inactiveText, now),
                KeygenTiming.DateArg.parse(deleteText, now), KeygenTiming.DateArg.parse(syncPublishText, now),
                KeygenTiming.DateArg.parse(syncDeleteText, now), prepublication, generateOnly, compat);
    }

    /** Records one -P or -D date; each of the four may be given once, as BIND insists. */
    private void record(CommandSpec cs, String flag, boolean sync, String value) {
        boolean publish = flag.equals("-P");
        String previous = publish ? (sync ? syncPublishText : publishText) : (sync ? syncDeleteText : deleteText);
        if (previous != null) {
            throw new ParameterException(cs.commandLine(), flag + (sync ? " sync" : "") + " specified more than once");
        }
        if (publish && sync) {
            syncPublishText = value;
        } else if (publish) {
            publishText = value;
        } else if (sync) {
            syncDeleteText = value;
        } else {
            deleteText = value;
        }
    }

    /**
     * {@code -P} and {@code -D} take {@code sync DATE} (or {@code dnskey DATE}, the same as a bare
     * date) as BIND does, so that {@code -P sync X} consumes two words and the key name stays a
     * positional argument.
     */
    static final class SyncDateConsumer implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            String flag = ((OptionSpec) argSpec).shortestName();
            if (args.isEmpty()) {
                throw new ParameterException(commandSpec.commandLine(), "Missing required parameter for option '"
                        + flag + "' ([sync] date)");
            }
            String word = args.pop();
            boolean sync = word.equalsIgnoreCase("sync");
            if (sync || word.equalsIgnoreCase("dnskey")) {
                if (args.isEmpty()) {
                    throw new ParameterException(commandSpec.commandLine(), "missing argument " + flag + " " + word);
                }
                word = args.pop();
            }
            owner(commandSpec).record(commandSpec, flag, sync, word);
        }

        /** The command's instance of these options (picocli hands the consumer the command). */
        private static KeyDateOptions owner(CommandSpec commandSpec) {
            for (CommandSpec mixin : commandSpec.mixins().values()) {
                if (mixin.userObject() instanceof KeyDateOptions dates) {
                    return dates;
                }
            }
            throw new IllegalStateException(commandSpec.qualifiedName() + " has no key date options");
        }
    }
}

package dev.signet.cli;

import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.text.TextException;
import picocli.CommandLine.Option;

import java.io.Console;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach keys on a PKCS#11 token: the module library and where the user PIN comes from.
 * A PIN is never an argument: a file, an environment variable, or a prompt on the terminal (and
 * without a terminal, an error). The values become the settings of the key sources' context.
 */
final class KeySourceOptions {

    @Option(names = "--pkcs11-module", paramLabel = "path", defaultValue = "${env:SIGNET_PKCS11_MODULE}",
            description = "PKCS#11 module (library) of the token, e.g. /usr/lib/softhsm/libsofthsm2.so"
                    + " (default: $SIGNET_PKCS11_MODULE, else a module-path= in the URI).")
    String module;

    @Option(names = "--pin-file", paramLabel = "file", description = "Read the token's user PIN from the first line"
            + " of this file (default: prompt on the terminal).")
    String pinFile;

    @Option(names = "--pin-env", paramLabel = "variable", description = "Read the token's user PIN from this"
            + " environment variable (default: prompt on the terminal).")
    String pinEnv;

    /**
     * The context key sources are opened with.
     *
     * @throws TextException {@code PIN_OPTIONS} when both --pin-file and --pin-env are given
     */
    KeySourceContext context() {
        if (pinFile != null && pinEnv != null) {
            throw new TextException("PIN_OPTIONS", "--pin-file and --pin-env cannot be used together");
        }
        Map<String, String> settings = new HashMap<>();
        if (module != null && !module.isEmpty()) {
            settings.put(KeySourceContext.PKCS11_MODULE, module);
        }
        if (pinFile != null) {
            settings.put(KeySourceContext.PIN_FILE, pinFile);
        }
        if (pinEnv != null) {
            settings.put(KeySourceContext.PIN_ENV, pinEnv);
        }
        return new KeySourceContext(settings, KeySourceOptions::prompt);
    }

    /** Asks on the terminal, without echo; no terminal, no answer. */
    private static Optional<char[]> prompt(String text) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s", text));
    }
}

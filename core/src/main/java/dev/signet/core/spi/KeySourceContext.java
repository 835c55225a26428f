package dev.signet.core.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a key source may need from its caller: provider-specific settings (e.g. the PKCS#11
 * module path, a PIN file or environment variable name) and a way to ask for a secret when one
 * is needed. A PIN never comes from the command line.
 *
 * @param settings provider-specific name/value settings; unknown names are ignored
 * @param secrets asked for a secret (PIN) by prompt text; may answer empty (none available)
 */
public record KeySourceContext(Map<String, String> settings, SecretPrompt secrets) {

    /** The PKCS#11 module (library) path, for the {@code pkcs11} source. */
    public static final String PKCS11_MODULE = "pkcs11.module";
    /** A file whose first line is the token's user PIN. */
    public static final String PIN_FILE = "pkcs11.pin-file";
    /** The name of an environment variable holding the token's user PIN. */
    public static final String PIN_ENV = "pkcs11.pin-env";

    /** Supplies a secret such as a PIN; the caller clears the array after use. */
    @FunctionalInterface
    public interface SecretPrompt {
        Optional<char[]> ask(String prompt);
    }

    public KeySourceContext {
        settings = Map.copyOf(settings);
    }

    /** No settings, no way to ask for secrets. */
    public static KeySourceContext empty() {
        return new KeySourceContext(Map.of(), prompt -> Optional.empty());
    }

    /** This context with one more setting (replacing one of the same name). */
    public KeySourceContext with(String name, String value) {
        Map<String, String> more = new HashMap<>(settings);
        more.put(name, value);
        return new KeySourceContext(more, secrets);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}

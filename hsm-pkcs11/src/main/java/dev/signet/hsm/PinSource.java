package dev.signet.hsm;

import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeySourceContext;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a token's user PIN comes from, first match wins: the {@code pkcs11.pin-file} setting
 * (its first line), the {@code pkcs11.pin-env} setting (an environment variable's name), the
 * URI's {@code pin-source} (a file), else the caller's prompt. Never the command line. The
 * caller clears the returned array once logged in; messages name the file or variable, never the
 * PIN.
 */
final class PinSource {

    static final String PIN_FILE = KeySourceContext.PIN_FILE;
    static final String PIN_ENV = KeySourceContext.PIN_ENV;

    private final KeySourceContext context;

    PinSource(KeySourceContext context) {
        this.context = context;
    }

    /**
     * The PIN for a token.
     *
     * @throws KeyException {@code PKCS11_NO_PIN} when no source gives one
     */
    char[] pin(Pkcs11Uri uri, String tokenLabel) {
        Optional<String> file = context.setting(PIN_FILE);
        if (file.isPresent()) {
            return fromFile(Path.of(file.get()), uri);
        }
        Optional<String> env = context.setting(PIN_ENV);
        if (env.isPresent()) {
            String v = System.getenv(env.get());
            if (v == null) {
                throw new KeyException("PKCS11_NO_PIN", uri.toString(), null, "environment variable " + env.get()
                        + " (--pin-env) is not set");
            }
            return v.toCharArray();
        }
        if (uri.pinSource().isPresent()) {
            return fromFile(Path.of(uri.pinSource().get()), uri);
        }
        return context.secrets().ask("PIN for token '" + tokenLabel + "': ").orElseThrow(() ->
                new KeyException("PKCS11_NO_PIN", uri.toString(), null, "the token needs a PIN: give --pin-file or"
                        + " --pin-env (no terminal to prompt on)"));
    }

    /** The first line of a file, without its line end. */
    private static char[] fromFile(Path file, Pkcs11Uri uri) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyException("PKCS11_NO_PIN", uri.toString(), null, "PIN file " + file + ": file not found");
        } catch (IOException e) {
            throw new KeyException("PKCS11_NO_PIN", uri.toString(), null, "PIN file " + file + ": " + e.getMessage());
        }
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] pin = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            if (pin.length == 0) {
                throw new KeyException("PKCS11_NO_PIN", uri.toString(), null, "PIN file " + file + " is empty");
            }
            return pin;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}

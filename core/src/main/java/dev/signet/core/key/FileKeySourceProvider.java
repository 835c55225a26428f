package dev.signet.core.key;

import dev.signet.core.crypto.CryptoSelection;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySourceProvider;

/**
 * Registers {@link FileKeySource} with {@link java.util.ServiceLoader} under the scheme {@code file}.
 * The context's {@value CryptoSelection#SETTING} setting ({@code java}, {@code openssl},
 * {@code auto}) chooses the crypto backend; without it, the java backend signs (so that a caller
 * that says nothing gets the same behaviour on every JVM).
 */
public final class FileKeySourceProvider implements KeySourceProvider {

    @Override
    public String scheme() {
        return KeyRef.FILE;
    }

    /** @throws dev.signet.core.text.TextException {@code UNKNOWN_CRYPTO}, {@code CRYPTO_UNAVAILABLE} */
    @Override
    public KeySource open(KeySourceContext context) {
        return context.setting(CryptoSelection.SETTING)
                .map(name -> new FileKeySource(CryptoSelection.choose(name,
                        FileKeySourceProvider.class.getClassLoader()).provider()))
                .orElseGet(FileKeySource::new);
    }
}

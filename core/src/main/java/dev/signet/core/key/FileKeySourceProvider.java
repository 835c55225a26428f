package dev.signet.core.key;

import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySourceProvider;

/** Registers {@link FileKeySource} with {@link java.util.ServiceLoader} under the scheme {@code file}. */
public final class FileKeySourceProvider implements KeySourceProvider {

    @Override
    public String scheme() {
        return KeyRef.FILE;
    }

    @Override
    public KeySource open(KeySourceContext context) {
        return new FileKeySource();
    }
}

package dev.signet.hsm;

import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySourceProvider;

/** Registers {@link Pkcs11KeySource} with {@link java.util.ServiceLoader} under the scheme {@code pkcs11}. */
public final class Pkcs11KeySourceProvider implements KeySourceProvider {

    @Override
    public String scheme() {
        return KeyRef.PKCS11;
    }

    @Override
    public KeySource open(KeySourceContext context) {
        return new Pkcs11KeySource(context);
    }
}

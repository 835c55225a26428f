package dev.signet.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds {@link KeySourceProvider}s on the class path (or module path) with {@link ServiceLoader}. */
public final class KeySources {

    private KeySources() {
    }

    /** Every provider visible to {@code loader}. */
    public static List<KeySourceProvider> providers(ClassLoader loader) {
        List<KeySourceProvider> out = new ArrayList<>();
        for (KeySourceProvider p : ServiceLoader.load(KeySourceProvider.class, loader)) {
            out.add(p);
        }
        return out;
    }

    /**
     * Opens the source for a scheme.
     *
     * @throws KeyException {@code NO_KEY_SOURCE} when no provider serves the scheme
     */
    public static KeySource open(String scheme, KeySourceContext context, ClassLoader loader) {
        for (KeySourceProvider p : providers(loader)) {
            if (p.scheme().equals(scheme)) {
                return p.open(context);
            }
        }
        throw new KeyException("NO_KEY_SOURCE", scheme, null,
                "no key source for '" + scheme + "' keys is installed");
    }

    public static KeySource open(String scheme, KeySourceContext context) {
        return open(scheme, context, KeySources.class.getClassLoader());
    }
}

package dev.signet.core.crypto;

import dev.signet.core.text.TextException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Chooses the crypto backend by name: {@code java}, {@code openssl}, or {@code auto} (the
 * default) — {@code openssl} when its provider is installed and works in this JVM (Java 22 or
 * later, libcrypto.so.3 loaded), else {@code java}. Nothing here is global: the caller passes
 * the name (from {@code --crypto}, the {@value #ENV} environment variable or the
 * {@value #SETTING} key source setting) and the class loader to search.
 *
 * <p>The openssl provider is compiled for Java 22. On an older JVM, loading its class fails with
 * an {@link UnsupportedClassVersionError}; that is caught here and reported as the reason the
 * backend is unavailable, so a jar built on Java 25 still runs on Java 17 with the java backend.
 */
public final class CryptoSelection {

    /** Environment variable the command line reads when {@code --crypto} is not given. */
    public static final String ENV = "SIGNET_CRYPTO";
    /** {@link dev.signet.core.spi.KeySourceContext} setting naming the backend. */
    public static final String SETTING = "crypto";
    public static final String AUTO = "auto";
    public static final String OPENSSL = "openssl";

    private static final int MAX_LOAD_FAILURES = 16;

    /**
     * The backend chosen and, in one line, why.
     *
     * @param setting the name that makes {@link #choose} select this same backend again, for
     *     passing on (e.g. as the key sources' {@value #SETTING} setting): {@code auto} when
     *     chosen automatically, since {@code auto}'s openssl backend leaves some algorithms to
     *     java while {@code openssl} by name does them all
     */
    public record Choice(CryptoBackendProvider provider, String reason, String setting) {
        public String name() {
            return provider.name();
        }
    }

    /** Every provider found: usable ones, and one line per provider that could not load. */
    public record Discovery(List<CryptoBackendProvider> providers, List<String> loadFailures) {
        public Optional<CryptoBackendProvider> named(String name) {
            return providers.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    private CryptoSelection() {
    }

    /** The java backend, without a search (the default of core's own entry points). */
    public static Choice java() {
        return new Choice(new JavaCryptoProvider(), "java selected", JavaCryptoProvider.NAME);
    }

    /** Finds the providers {@code loader} can see, catching those this JVM cannot load. */
    public static Discovery discover(ClassLoader loader) {
        List<CryptoBackendProvider> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        var it = ServiceLoader.load(CryptoBackendProvider.class, loader).iterator();
        // The iterator moves past a provider that fails to load; the bound only guards against
        // one that would not.
        while (failures.size() < MAX_LOAD_FAILURES) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failures.add(loadFailure(e));
            }
        }
        if (found.stream().noneMatch(p -> p.name().equals(JavaCryptoProvider.NAME))) {
            found.add(0, new JavaCryptoProvider());
        }
        return new Discovery(List.copyOf(found), List.copyOf(failures));
    }

    private static String loadFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedClassVersionError) {
                return "it needs a newer Java (the openssl backend needs Java 22 or later; this is Java "
                        + Runtime.version().feature() + ")";
            }
        }
        return "it could not be loaded: " + e;
    }

    /**
     * Chooses by name.
     *
     * @param requested {@code java}, {@code openssl}, {@code auto}, or null/blank for auto
     * @throws TextException {@code UNKNOWN_CRYPTO} for another name, {@code CRYPTO_UNAVAILABLE}
     *     (with the reason) when a named backend is missing or cannot work here
     */
    public static Choice choose(String requested, ClassLoader loader) {
        String name = requested == null || requested.isBlank() ? AUTO : requested.trim().toLowerCase(Locale.ROOT);
        Discovery d = discover(loader);
        if (name.equals(AUTO)) {
            Optional<CryptoBackendProvider> openssl = d.named(OPENSSL);
            if (openssl.isPresent()) {
                Optional<String> why = openssl.get().unavailableReason();
                if (why.isEmpty()) {
                    return new Choice(openssl.get().whenAutomatic(), "auto: the openssl backend works here", AUTO);
                }
                return new Choice(d.named(JavaCryptoProvider.NAME).orElseThrow(), "auto: openssl unavailable, "
                        + why.get(), AUTO);
            }
            return new Choice(d.named(JavaCryptoProvider.NAME).orElseThrow(), "auto: " + missing(OPENSSL, d), AUTO);
        }
        Optional<CryptoBackendProvider> p = d.named(name);
        if (p.isEmpty()) {
            if (!name.equals(OPENSSL)) {
                throw new TextException("UNKNOWN_CRYPTO", "unknown crypto backend '" + requested
                        + "' (java, openssl or auto)");
            }
            throw new TextException("CRYPTO_UNAVAILABLE", "crypto backend openssl is not available: "
                    + missing(name, d));
        }
        Optional<String> why = p.get().unavailableReason();
        if (why.isPresent()) {
            throw new TextException("CRYPTO_UNAVAILABLE", "crypto backend " + name + " is not available: " + why.get());
        }
        return new Choice(p.get(), name + " selected", name);
    }

    public static Choice choose(String requested) {
        return choose(requested, CryptoSelection.class.getClassLoader());
    }

    private static String missing(String name, Discovery d) {
        if (!d.loadFailures().isEmpty()) {
            return "this build has it, but " + d.loadFailures().get(0);
        }
        return "this build does not include the " + name + " backend (build Signet with Java 22 or later)";
    }
}

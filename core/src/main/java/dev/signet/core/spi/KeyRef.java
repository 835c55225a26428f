package dev.signet.core.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the private half of a key lives: a key source scheme and a location it understands.
 * {@code file}: the path of a BIND {@code .private} file. {@code pkcs11}: a PKCS#11 URI
 * (RFC 7512), as BIND stores in a key file's {@code Label:} field. A key is identified by this
 * reference, never by its key tag (tags collide).
 */
public record KeyRef(String scheme, String location) {

    public static final String FILE = "file";
    public static final String PKCS11 = "pkcs11";

    public KeyRef {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(location, "location");
    }

    public static KeyRef file(Path privateFile) {
        return new KeyRef(FILE, privateFile.toString());
    }

    /**
     * The reference a BIND {@code Label:} value stands for: a {@code pkcs11:} URI goes to the
     * pkcs11 source; any other label to a source named by its text before the first colon.
     */
    public static KeyRef fromLabel(String label) {
        int colon = label.indexOf(':');
        String scheme = colon > 0 ? label.substring(0, colon) : PKCS11;
        return new KeyRef(scheme, label);
    }

    @Override
    public String toString() {
        return FILE.equals(scheme) ? location : location.startsWith(scheme + ":") ? location : scheme + ":" + location;
    }
}

package dev.signet.hsm;

import dev.signet.core.spi.KeyException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A PKCS#11 URI (RFC 7512): {@code pkcs11:token=T;object=O?module-path=/lib/x.so}. Path
 * attributes are separated by {@code ;}, query attributes by {@code &} (§2.3); values are
 * percent-decoded (§2.3: any octet may be percent-encoded; {@code id} is binary). An attribute
 * may not appear twice in the path (§2.3). Vendor attributes ({@code x-…}) are ignored. Immutable.
 *
 * <p>{@code pin-value} is refused: a PIN in a URI ends up in key files and shell histories.
 * {@code pin-source} is kept (a file naming the PIN, §2.3).
 */
public final class Pkcs11Uri {

    static final String SCHEME = "pkcs11:";

    /** §2.3 path attribute names. */
    private static final Set<String> PATH_ATTRIBUTES = Set.of("token", "manufacturer", "serial", "model",
            "library-manufacturer", "library-description", "library-version", "object", "type", "id",
            "slot-description", "slot-manufacturer", "slot-id");
    /** §2.3 query attribute names. */
    private static final Set<String> QUERY_ATTRIBUTES = Set.of("pin-source", "pin-value", "module-name",
            "module-path");

    private final String text;
    private final Map<String, byte[]> path;
    private final Map<String, byte[]> query;

    private Pkcs11Uri(String text, Map<String, byte[]> path, Map<String, byte[]> query) {
        this.text = text;
        this.path = path;
        this.query = query;
    }

    /**
     * Parses a URI.
     *
     * @throws KeyException {@code BAD_PKCS11_URI} naming the URI (never a {@code pin-value})
     */
    public static Pkcs11Uri parse(String text) {
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw bad(text, "not a PKCS#11 URI (it must start with pkcs11:)");
        }
        String rest = text.substring(SCHEME.length());
        int q = rest.indexOf('?');
        String pathPart = q < 0 ? rest : rest.substring(0, q);
        String queryPart = q < 0 ? "" : rest.substring(q + 1);
        Map<String, byte[]> path = attributes(text, pathPart, ';', PATH_ATTRIBUTES, true);
        Map<String, byte[]> query = attributes(text, queryPart, '&', QUERY_ATTRIBUTES, false);
        if (query.containsKey("pin-value")) {
            throw new KeyException("BAD_PKCS11_URI", redacted(text), null,
                    "pin-value is refused: a PIN must not be written into a URI; give it with --pin-file or"
                            + " --pin-env, or let Signet prompt for it");
        }
        Pkcs11Uri uri = new Pkcs11Uri(text, Collections.unmodifiableMap(path), Collections.unmodifiableMap(query));
        if (path.containsKey("slot-id")) {
            uri.slotId();
        }
        return uri;
    }

    private static Map<String, byte[]> attributes(String uri, String part, char separator, Set<String> known,
            boolean uniqueNames) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (part.isEmpty()) {
            return out;
        }
        for (String attr : part.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            int eq = attr.indexOf('=');
            if (eq <= 0) {
                throw bad(uri, "attribute '" + attr + "' is not name=value");
            }
            String name = attr.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("x-")) {
                continue;
            }
            if (!known.contains(name)) {
                throw bad(uri, "unknown attribute '" + name + "'");
            }
            if (out.containsKey(name) && (uniqueNames || !name.startsWith("pin"))) {
                throw bad(uri, "attribute '" + name + "' appears more than once");
            }
            out.put(name, percentDecode(uri, attr.substring(eq + 1)));
        }
        return out;
    }

    private static byte[] percentDecode(String uri, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw bad(uri, "'%' must be followed by two hexadecimal digits");
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw bad(uri, "'%' must be followed by two hexadecimal digits");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static KeyException bad(String uri, String detail) {
        return new KeyException("BAD_PKCS11_URI", redacted(uri), null, detail);
    }

    /** The URI with any pin-value replaced, for messages. */
    static String redacted(String uri) {
        return uri.replaceAll("(?i)(pin-value=)[^&]*", "$1***");
    }

    private Optional<String> text(Map<String, byte[]> attrs, String name) {
        byte[] v = attrs.get(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(v)).toString());
        } catch (CharacterCodingException e) {
            throw bad(text, "attribute '" + name + "' is not UTF-8 text");
        }
    }

    /** The URI as given. */
    public String text() {
        return text;
    }

    /** {@code token=}: the token label (CK_TOKEN_INFO.label without its padding). */
    public Optional<String> token() {
        return text(path, "token");
    }

    public Optional<String> serial() {
        return text(path, "serial");
    }

    public Optional<String> manufacturer() {
        return text(path, "manufacturer");
    }

    public Optional<String> model() {
        return text(path, "model");
    }

    /** {@code object=}: the key's CKA_LABEL. */
    public Optional<String> object() {
        return text(path, "object");
    }

    /** {@code id=}: the key's CKA_ID, octets. */
    public Optional<byte[]> id() {
        byte[] v = path.get("id");
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /** {@code type=} (private, public, cert, secret-key, data). */
    public Optional<String> type() {
        return text(path, "type");
    }

    /** {@code slot-id=}: a decimal CK_SLOT_ID (§2.3). */
    public OptionalLong slotId() {
        Optional<String> v = text(path, "slot-id");
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(v.get());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(id);
        } catch (NumberFormatException e) {
            throw bad(text, "slot-id must be a decimal number");
        }
    }

    /** {@code module-path=}: the PKCS#11 library. */
    public Optional<String> modulePath() {
        return text(query, "module-path");
    }

    /** {@code pin-source=}: a file holding the PIN ({@code file:} prefix optional). */
    public Optional<String> pinSource() {
        return text(query, "pin-source").map(s -> s.startsWith("file:") ? s.substring(5) : s);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pkcs11Uri u && u.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

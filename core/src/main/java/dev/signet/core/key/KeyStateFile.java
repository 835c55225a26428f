package dev.signet.core.key;

import dev.signet.core.time.BindTime;
import dev.signet.core.spi.KeyException;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A BIND 9.18 {@code .state} file (written by {@code dnssec-policy} / {@code dnssec-keygen -k}):
 * {@code Tag: value} lines after a comment, dates followed by their ctime in parentheses. Read
 * only. Every field is kept as text; the common ones have typed accessors. Tags Signet does not
 * know are kept too (BIND skips them).
 */
public final class KeyStateFile {

    private final Map<String, String> fields;

    private KeyStateFile(Map<String, String> fields) {
        this.fields = fields;
    }

    /**
     * Parses {@code .state} text.
     *
     * @throws KeyException {@code BAD_STATE_LINE} for a line that is not {@code Tag: value},
     *     {@code DUPLICATE_FIELD}, {@code BAD_DATE} / {@code BAD_NUMBER} for known fields
     */
    public static KeyStateFile parse(String text, String source) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith(";")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new KeyException("BAD_STATE_LINE", source, i + 1, null, "expected 'Field: value'");
            }
            String tag = l.substring(0, colon);
            String value = l.substring(colon + 1).strip();
            if (m.put(tag, value) != null) {
                throw new KeyException("DUPLICATE_FIELD", source, i + 1, tag, "field appears twice");
            }
            check(tag, value, source, i + 1);
        }
        return new KeyStateFile(Collections.unmodifiableMap(m));
    }

    private static void check(String tag, String value, String source, int line) {
        if (timeTag(tag) || tag.endsWith("Change") || tag.equals("DSRemoved")) {
            try {
                BindTime.parseStamp(firstWord(value));
            } catch (IllegalArgumentException e) {
                throw new KeyException("BAD_DATE", source, line, tag, e.getMessage());
            }
        } else if (tag.equals("Algorithm") || tag.equals("Length") || tag.equals("Lifetime")
                || tag.equals("Predecessor") || tag.equals("Successor")) {
            if (!value.matches("\\d{1,10}")) {
                throw new KeyException("BAD_NUMBER", source, line, tag, "expected a number");
            }
        }
    }

    private static boolean timeTag(String tag) {
        for (KeyTime t : KeyTime.values()) {
            if (t.stateTag().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String v) {
        int sp = v.indexOf(' ');
        return sp < 0 ? v : v.substring(0, sp);
    }

    /** Every field as written (dates include their ctime text). */
    public Map<String, String> fields() {
        return fields;
    }

    public Optional<String> field(String tag) {
        return Optional.ofNullable(fields.get(tag));
    }

    public OptionalLong number(String tag) {
        String v = fields.get(tag);
        return v == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
    }

    /** A date field such as {@code DNSKEYChange}. */
    public Optional<Instant> date(String tag) {
        String v = fields.get(tag);
        return v == null ? Optional.empty() : Optional.of(BindTime.parseStamp(firstWord(v)));
    }

    /** The key's timing events under their {@code .private} meaning (Generated = Created, …). */
    public Map<KeyTime, Instant> times() {
        EnumMap<KeyTime, Instant> m = new EnumMap<>(KeyTime.class);
        for (KeyTime t : KeyTime.values()) {
            date(t.stateTag()).ifPresent(d -> m.put(t, d));
        }
        return m;
    }

    /** {@code KSK: yes}. */
    public boolean isKsk() {
        return "yes".equals(fields.get("KSK"));
    }

    public boolean isZsk() {
        return "yes".equals(fields.get("ZSK"));
    }

    /** A DNSSEC-policy state such as {@code DNSKEYState}: hidden, rumoured, omnipresent, unretentive. */
    public Optional<String> state(String tag) {
        return field(tag).map(s -> s.toLowerCase(Locale.ROOT));
    }
}

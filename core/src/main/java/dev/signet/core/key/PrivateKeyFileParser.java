package dev.signet.core.key;

import dev.signet.core.time.BindTime;
import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.Base64Text;
import dev.signet.core.spi.KeyException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a {@code .private} file; see {@link PrivateKeyFile#parse}. */
final class PrivateKeyFileParser {

    private static final Pattern VERSION = Pattern.compile("v(\\d{1,4})\\.(\\d{1,4})");

    private record Line(int number, String tag, List<String> words) {
    }

    private final String source;
    private final int expectedAlgorithm;
    private final List<Line> lines = new ArrayList<>();
    private final boolean endsWithNewline;

    PrivateKeyFileParser(String text, String source, int expectedAlgorithm) {
        this.source = source;
        this.expectedAlgorithm = expectedAlgorithm;
        this.endsWithNewline = text.endsWith("\n");
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            int semi = l.indexOf(';');
            if (semi >= 0) {
                l = l.substring(0, semi);
            }
            String[] w = l.trim().split("[ \t\r]+");
            if (w.length == 0 || w[0].isEmpty()) {
                continue;
            }
            List<String> rest = new ArrayList<>(List.of(w).subList(1, w.length));
            lines.add(new Line(i + 1, w[0], rest));
        }
    }

    private KeyException error(String code, Line at, String field, String message) {
        return new KeyException(code, source, at == null ? 0 : at.number, field, message);
    }

    PrivateKeyFile parse() {
        if (lines.isEmpty()) {
            throw error("KEY_FILE_TRUNCATED", null, "Private-key-format", "empty file");
        }
        Line first = lines.get(0);
        if (!first.tag.equalsIgnoreCase("Private-key-format:") || first.words.size() != 1) {
            throw error("BAD_FORMAT_VERSION", first, "Private-key-format",
                    "the file must start with 'Private-key-format: v1.x'");
        }
        Matcher vm = VERSION.matcher(first.words.get(0));
        if (!vm.matches() || Integer.parseInt(vm.group(1)) != 1) {
            throw error("BAD_FORMAT_VERSION", first, "Private-key-format",
                    "unsupported format '" + first.words.get(0) + "' (v1.x expected)");
        }
        int major = 1;
        int minor = Integer.parseInt(vm.group(2));
        Algorithm alg = algorithm();
        List<String> keyTags = PrivateKeyFile.fieldsOf(alg);
        Map<String, byte[]> found = new LinkedHashMap<>();
        String engine = null;
        String label = null;
        EnumMap<KeyTime, java.time.Instant> times = new EnumMap<>(KeyTime.class);
        EnumMap<KeyNumber, Long> numbers = new EnumMap<>(KeyNumber.class);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Line l : lines.subList(2, lines.size())) {
            if (!l.tag.endsWith(":")) {
                throw error("UNKNOWN_FIELD", l, l.tag, "expected 'Field: value'");
            }
            String tag = l.tag.substring(0, l.tag.length() - 1);
            if (!seen.add(PrivateKeyFile.lower(tag))) {
                throw error("DUPLICATE_FIELD", l, tag, "field appears twice");
            }
            String keyTag = PrivateKeyFile.canonicalTag(keyTags, tag);
            if (keyTag != null) {
                found.put(keyTag, base64(l, keyTag));
                continue;
            }
            if (tag.equalsIgnoreCase(PrivateKeyFile.ENGINE)) {
                engine = nulTerminated(l, PrivateKeyFile.ENGINE);
                continue;
            }
            if (tag.equalsIgnoreCase(PrivateKeyFile.LABEL)) {
                label = nulTerminated(l, PrivateKeyFile.LABEL);
                continue;
            }
            KeyNumber n = number(tag);
            if (n != null) {
                numbers.put(n, parseNumber(l, n.tag()));
                continue;
            }
            KeyTime t = time(tag);
            if (t != null) {
                times.put(t, parseTime(l, t.tag()));
                continue;
            }
            if (minor <= 3) {
                throw error("UNKNOWN_FIELD", l, tag, "unknown field in a " + first.words.get(0) + " file");
            }
            // BIND skips what a newer minor version may add.
        }
        if (label == null && engine == null) {
            for (int i = 0; i < keyTags.size(); i++) {
                String want = keyTags.get(i);
                if (!found.containsKey(want)) {
                    boolean laterPresent = keyTags.subList(i + 1, keyTags.size()).stream().anyMatch(found::containsKey);
                    boolean truncated = !laterPresent && (!endsWithNewline || found.size() == i);
                    throw error(truncated ? "KEY_FILE_TRUNCATED" : "MISSING_FIELD", null, want,
                            truncated ? "the file ends before this field" : "required field is missing");
                }
            }
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        for (String t : keyTags) {
            if (found.containsKey(t)) {
                ordered.put(t, found.get(t));
            }
        }
        KeyMetadata md = KeyMetadata.EMPTY;
        for (Map.Entry<KeyNumber, Long> e : numbers.entrySet()) {
            md = md.with(e.getKey(), e.getValue());
        }
        for (Map.Entry<KeyTime, java.time.Instant> e : times.entrySet()) {
            md = md.with(e.getKey(), e.getValue());
        }
        return new PrivateKeyFile(major, minor, alg, ordered, engine, label, md);
    }

    private Algorithm algorithm() {
        if (lines.size() < 2) {
            throw error("KEY_FILE_TRUNCATED", null, "Algorithm", "the file ends before the Algorithm line");
        }
        Line l = lines.get(1);
        if (!l.tag.equalsIgnoreCase("Algorithm:") || l.words.isEmpty()
                || !l.words.get(0).matches("\\d{1,3}")) {
            throw error("BAD_ALGORITHM_LINE", l, "Algorithm", "second line must be 'Algorithm: <number> (<name>)'");
        }
        int n = Integer.parseInt(l.words.get(0));
        if (expectedAlgorithm >= 0 && n != expectedAlgorithm) {
            throw error("BAD_ALGORITHM_LINE", l, "Algorithm",
                    "algorithm " + n + " does not match the key's algorithm " + expectedAlgorithm);
        }
        Algorithm a = Algorithm.fromNumber(n);
        if (a == null) {
            throw error("UNSUPPORTED_ALGORITHM", l, "Algorithm", "DNSSEC algorithm " + n + " is not supported");
        }
        return a;
    }

    private byte[] base64(Line l, String field) {
        String joined = String.join("", l.words);
        if (joined.isEmpty()) {
            throw error("BAD_BASE64", l, field, "no value");
        }
        byte[] v = Base64Text.decode(joined);
        if (v == null) {
            throw error("BAD_BASE64", l, field, "bad base64");
        }
        return v;
    }

    private String nulTerminated(Line l, String field) {
        byte[] b = base64(l, field);
        int n = b.length;
        while (n > 0 && b[n - 1] == 0) {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    private long parseNumber(Line l, String field) {
        if (l.words.size() != 1 || !l.words.get(0).matches("\\d{1,10}") || Long.parseLong(l.words.get(0)) > 0xFFFF_FFFFL) {
            throw error("BAD_NUMBER", l, field, "expected one unsigned 32-bit number");
        }
        return Long.parseLong(l.words.get(0));
    }

    private java.time.Instant parseTime(Line l, String field) {
        if (l.words.size() != 1) {
            throw error("BAD_DATE", l, field, "expected one YYYYMMDDHHMMSS date");
        }
        try {
            return BindTime.parseStamp(l.words.get(0));
        } catch (IllegalArgumentException e) {
            throw error("BAD_DATE", l, field, e.getMessage());
        }
    }

    private static KeyNumber number(String tag) {
        for (KeyNumber n : KeyNumber.values()) {
            if (n.tag().equalsIgnoreCase(tag)) {
                return n;
            }
        }
        return null;
    }

    private static KeyTime time(String tag) {
        for (KeyTime t : KeyTime.values()) {
            if (t.tag().equalsIgnoreCase(tag)) {
                return t;
            }
        }
        return null;
    }
}

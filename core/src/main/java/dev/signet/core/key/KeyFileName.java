package dev.signet.core.key;

import dev.signet.core.name.Name;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BIND's key file base name {@code K<name>+<alg>+<tag>}: the owner name lower-cased, with every
 * octet other than a letter, digit, hyphen or underscore written {@code %XX} (upper-case hex),
 * labels joined by dots and a trailing dot; the algorithm in three digits and the key tag in
 * five. Example: {@code Kwe%2Eird%24name.example.+013+59457}.
 *
 * @param ownerText the name part as it appears in the file name
 */
public record KeyFileName(String ownerText, int algorithm, int keyTag) {

    private static final Pattern BASE = Pattern.compile("K(.+)\\+(\\d{3})\\+(\\d{5})");

    public static KeyFileName of(Name owner, int algorithm, int keyTag) {
        return new KeyFileName(encodeName(owner), algorithm, keyTag);
    }

    /** The base name, without {@code .key} / {@code .private}. */
    public String base() {
        return String.format(Locale.ROOT, "K%s+%03d+%05d", ownerText, algorithm, keyTag);
    }

    public String keyFile() {
        return base() + ".key";
    }

    public String privateFile() {
        return base() + ".private";
    }

    public String stateFile() {
        return base() + ".state";
    }

    /**
     * Parses a base name or a file name ending in {@code .key}, {@code .private} or {@code .state};
     * {@code null} when it does not have BIND's shape.
     */
    public static KeyFileName parse(String fileName) {
        String s = fileName;
        for (String ext : new String[] {".key", ".private", ".state"}) {
            if (s.endsWith(ext)) {
                s = s.substring(0, s.length() - ext.length());
                break;
            }
        }
        Matcher m = BASE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new KeyFileName(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The owner name, decoded from the {@code %XX} form (lower case, as in the file name). */
    public Name owner() {
        if (ownerText.equals(".")) {
            return Name.ROOT;
        }
        String t = ownerText.endsWith(".") ? ownerText.substring(0, ownerText.length() - 1) : ownerText;
        String[] parts = t.split("\\.", -1);
        byte[][] labels = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            labels[i] = decodeLabel(parts[i]);
        }
        return Name.fromLabels(labels);
    }

    /**
     * A name as BIND writes it in file names (key files, and {@code keyset-}/{@code dsset-}
     * files): lower case, {@code %XX} for other octets than letters, digits, {@code -} and
     * {@code _}, with the final dot ({@code .} for the root).
     */
    public static String encodeName(Name owner) {
        if (owner.isRoot()) {
            return ".";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < owner.labelCount(); i++) {
            for (byte b : owner.label(i)) {
                int c = b & 0xFF;
                if (c >= 'A' && c <= 'Z') {
                    sb.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                    sb.append((char) c);
                } else {
                    sb.append(String.format(Locale.ROOT, "%%%02X", c));
                }
            }
            sb.append('.');
        }
        return sb.toString();
    }

    private static byte[] decodeLabel(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
}

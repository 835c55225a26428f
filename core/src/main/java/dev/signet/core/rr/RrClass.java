package dev.signet.core.rr;

import dev.signet.core.text.TextException;

import java.util.Locale;

/** An RR class code with its mnemonic; others print as {@code CLASSnnn} (RFC 3597 §5). */
public final class RrClass {

    public static final RrClass IN = new RrClass(1, "IN");
    public static final RrClass CH = new RrClass(3, "CH");
    public static final RrClass HS = new RrClass(4, "HS");
    public static final RrClass NONE = new RrClass(254, "NONE");
    public static final RrClass ANY = new RrClass(255, "ANY");

    private final int code;
    private final String mnemonic;

    private RrClass(int code, String mnemonic) {
        this.code = code;
        this.mnemonic = mnemonic;
    }

    public static RrClass of(int code) {
        return switch (code) {
            case 1 -> IN;
            case 3 -> CH;
            case 4 -> HS;
            case 254 -> NONE;
            case 255 -> ANY;
            default -> {
                if (code < 0 || code > 0xFFFF) {
                    throw new IllegalArgumentException("RR class out of range: " + code);
                }
                yield new RrClass(code, "CLASS" + code);
            }
        };
    }

    /** Parses a mnemonic (case-insensitive; {@code CHAOS} and {@code HESIOD} too) or {@code CLASSnnn}. */
    public static RrClass parse(String text) {
        RrClass c = lookup(text);
        if (c == null) {
            throw new TextException("UNKNOWN_CLASS", "unknown class '" + text + "'");
        }
        return c;
    }

    /** Like {@link #parse} but returns {@code null} for a word that is not a class. */
    public static RrClass lookup(String text) {
        String u = text.toUpperCase(Locale.ROOT);
        switch (u) {
            case "IN": return IN;
            case "CH": case "CHAOS": return CH;
            case "HS": case "HESIOD": return HS;
            case "NONE": return NONE;
            case "ANY": return ANY;
            default: break;
        }
        int n = GenericMnemonic.number(u, "CLASS");
        return n >= 0 ? of(n) : null;
    }

    public int code() {
        return code;
    }

    public String mnemonic() {
        return mnemonic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RrClass c && c.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return mnemonic;
    }
}

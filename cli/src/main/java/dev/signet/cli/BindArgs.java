package dev.signet.cli;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.text.TextException;
import dev.signet.core.time.BindTime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Option values as BIND's DNSSEC tools read them (dnssectool.c): TTLs and intervals, classes,
 * dates, and the {@code name/ALGORITHM/tag} form their messages name a key by. Errors are
 * {@link TextException}s with BIND's wording.
 */
final class BindArgs {

    /** The largest TTL (RFC 2181 §8 allows 2^31-1 on the wire; BIND stores 32 bits). */
    static final long MAX_TTL = 0xFFFF_FFFFL;

    private BindArgs() {
    }

    /**
     * A key directory option ({@code -K}): the working directory when absent; otherwise it must
     * be a directory, else BIND's "cannot open directory" error.
     *
     * @throws TextException {@code NO_DIRECTORY}
     */
    static Path keyDirectory(Path dir) {
        if (dir == null) {
            return Path.of(".");
        }
        if (!Files.isDirectory(dir)) {
            throw new TextException("NO_DIRECTORY", "cannot open directory " + dir + ": "
                    + (Files.exists(dir) ? "not a directory" : "file not found"));
        }
        return dir;
    }

    /** {@code none}, {@code never} and {@code unset}: BIND's words for "no value". */
    static boolean isNone(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        return s.equals("none") || s.equals("never") || s.equals("unset");
    }

    /**
     * A TTL or interval ({@code -L}, {@code -i}, {@code -T}): a number with an optional unit as in
     * {@link BindTime#duration}; {@code none} is 0. Like BIND, only the first letters of the unit
     * count ({@code 1w2d} is one week).
     *
     * @throws TextException {@code BAD_TTL}
     */
    static long ttl(String text) {
        if (isNone(text)) {
            return 0;
        }
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            throw new TextException("BAD_TTL", "TTL must be numeric: '" + text + "'");
        }
        long v;
        try {
            v = BindTime.duration(text);
        } catch (TextException | ArithmeticException e) {
            throw new TextException("BAD_TTL", "TTL '" + text + "' is invalid");
        }
        if (v > MAX_TTL) {
            throw new TextException("BAD_TTL", "TTL '" + text + "' is out of range (at most " + MAX_TTL + ")");
        }
        return v;
    }

    /**
     * A class by mnemonic or {@code CLASSnnn}.
     *
     * @throws TextException {@code UNKNOWN_CLASS}
     */
    static RrClass rrClass(String text) {
        RrClass c = text == null ? RrClass.IN : RrClass.lookup(text);
        if (c == null) {
            throw new TextException("UNKNOWN_CLASS", "unknown class " + text);
        }
        return c;
    }

    /**
     * A date for dnssec-keygen's {@code -P -A -R -I -D}: a bare {@code +N} is relative to now.
     *
     * @return the time, or empty for {@code none}
     * @throws TextException {@code BAD_TIME}
     */
    static OptionalLong date(String text, long now) {
        return BindTime.parse(text, now, now);
    }

    /** A key as BIND's messages name it: {@code example.test/ECDSAP256SHA256/4836}. */
    static String keyLabel(Name owner, int algorithm, int tag) {
        Algorithm a = Algorithm.fromNumber(algorithm);
        return bindName(owner) + "/" + (a != null ? a.mnemonic() : String.valueOf(algorithm)) + "/" + tag;
    }

    /** A name as BIND prints it in messages: without the final dot (the root stays {@code .}). */
    static String bindName(Name n) {
        String s = n.toString();
        return n.isRoot() ? s : s.substring(0, s.length() - 1);
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Ttl;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code $} directives of a master file (RFC 1035 §5.1, RFC 2308 §4 for {@code $TTL}, and
 * BIND's {@code $GENERATE}), each applied as BIND 9.18 applies it.
 */
final class Directives {

    private final ZoneParser parser;

    Directives(ZoneParser parser) {
        this.parser = parser;
    }

    /** Runs the directive that is the current record of {@code f}. */
    void run(ZoneParser.Frame f) {
        Tokenizer t = f.tokens;
        if (t.is(0, "$ORIGIN")) {
            origin(f, t);
        } else if (t.is(0, "$TTL")) {
            ttl(f, t);
        } else if (t.is(0, "$INCLUDE")) {
            include(f, t);
        } else if (t.is(0, "$GENERATE")) {
            generate(f, t);
        } else {
            parser.error(f, t.line(0), t.column(0), "UNKNOWN_DIRECTIVE", "unknown $ directive '" + t.text(0) + "'");
        }
    }

    /** Checks the number of words; reports BIND's "unexpected end of line" / "extra input text". */
    private boolean arity(ZoneParser.Frame f, Tokenizer t, int min, int max, String usage) {
        int n = t.wordCount();
        if (n < min) {
            parser.error(f, t.endLine(), t.endColumn(), "MISSING_ARGUMENT", "unexpected end of line: usage " + usage);
            return false;
        }
        if (n > max) {
            parser.error(f, t.line(max), t.column(max), "EXTRA_INPUT", "extra input text '" + t.text(max) + "'");
            return false;
        }
        return true;
    }

    /** {@code $ORIGIN name}: a relative name is completed with the current origin. */
    private void origin(ZoneParser.Frame f, Tokenizer t) {
        if (!arity(f, t, 2, 2, "$ORIGIN <domain-name>")) {
            return;
        }
        try {
            f.origin = Name.parse(t.text(1), f.origin);
        } catch (TextException e) {
            parser.error(f, e.at(t.line(1), t.column(1)));
        }
    }

    /** {@code $TTL ttl} (RFC 2308 §4). */
    private void ttl(ZoneParser.Frame f, Tokenizer t) {
        if (!arity(f, t, 2, 2, "$TTL <ttl>")) {
            return;
        }
        long v = t.quoted(1) ? Ttl.SYNTAX : Ttl.scan(t.word(1));
        if (v < 0) {
            parser.error(f, t.line(1), t.column(1), v == Ttl.RANGE ? "TTL_RANGE" : "BAD_TTL",
                    "bad ttl '" + t.text(1) + "'");
            return;
        }
        parser.ttlRules().setDefault(parser.ttlRules().limit(f, v, t.line(1), t.column(1), true));
    }

    /**
     * {@code $INCLUDE file [origin]}. The included file starts with the given origin (default:
     * the current one) and with the current owner; neither leaks back, but TTL state does.
     * A relative path is opened relative to the working directory, not to the including
     * file: BIND does the same (named-checkzone run from elsewhere reports "file not found").
     */
    private void include(ZoneParser.Frame f, Tokenizer t) {
        if (!parser.options().allowInclude()) {
            parser.error(f, t.line(0), t.column(0), "INCLUDE_NOT_ALLOWED", "$INCLUDE not allowed");
            return;
        }
        if (!arity(f, t, 2, 3, "$INCLUDE <file> [<origin>]")) {
            return;
        }
        String file = t.text(1);
        Name origin = f.origin;
        if (t.wordCount() == 3) {
            try {
                origin = Name.parse(t.text(2), f.origin);
            } catch (TextException e) {
                parser.error(f, e.at(t.line(2), t.column(2)));
                return;
            }
        }
        Path path;
        Path real;
        try {
            path = parser.includePath(file);
            real = path.toRealPath();
        } catch (NoSuchFileException | InvalidPathException e) {
            parser.error(f, t.line(1), t.column(1), "INCLUDE_NOT_FOUND", file + ": file not found");
            return;
        } catch (IOException e) {
            parser.error(f, t.line(1), t.column(1), "INCLUDE_IO", file + ": " + e.getMessage());
            return;
        }
        for (ZoneParser.Frame open : parser.frames()) {
            if (real.equals(open.realPath)) {
                parser.error(f, t.line(1), t.column(1), "INCLUDE_LOOP", file + ": $INCLUDE loop (the file is already being read)");
                return;
            }
        }
        try {
            parser.pushInclude(path, real, file, origin, f.current);
        } catch (IOException e) {
            parser.error(f, t.line(1), t.column(1), "INCLUDE_IO", file + ": " + e.getMessage());
        }
    }

    /** {@code $GENERATE range lhs [ttl] [class] type rhs}; see {@link Generate}. */
    private void generate(ZoneParser.Frame f, Tokenizer t) {
        int line = t.line(0);
        int col = t.column(0);
        if (t.usedParentheses()) {
            // BIND's lexer keeps the open parenthesis while it reads the expanded rhs and fails
            // with "unbalanced parentheses"; say so plainly.
            parser.error(f, line, col, "GENERATE_SYNTAX", "$GENERATE cannot use parentheses");
            return;
        }
        int n = t.wordCount();
        if (n < 5) {
            parser.error(f, t.endLine(), t.endColumn(), "MISSING_ARGUMENT",
                    "unexpected end of line: usage $GENERATE <range> <lhs> [<ttl>] [<class>] <type> <rhs>");
            return;
        }
        if (t.quoted(1) || t.quoted(2)) {
            int q = t.quoted(1) ? 1 : 2;
            parser.error(f, t.line(q), t.column(q), "GENERATE_SYNTAX", "$GENERATE range and lhs cannot be quoted");
            return;
        }
        int w = 3;
        RrClass cls = parser.classWord(t, w, n);
        if (cls != null) {
            w++;
        }
        long explicit = w < n ? parser.ttlRules().word(f, t, w) : -1;
        if (explicit >= 0) {
            w++;
        }
        if (cls == null && (cls = parser.classWord(t, w, n)) != null) {
            w++;
        }
        if (w + 1 >= n) {
            parser.error(f, t.endLine(), t.endColumn(), "MISSING_ARGUMENT", "unexpected end of line: $GENERATE needs a type and an rhs");
            return;
        }
        if (w + 2 < n) {
            parser.error(f, t.line(w + 2), t.column(w + 2), "EXTRA_INPUT", "extra input text '" + t.text(w + 2) + "'");
            return;
        }
        long ttl = parser.ttlRules().forGenerate(f, explicit, line, col);
        if (ttl == TtlRules.NONE) {
            return;
        }
        RrClass zoneClass = parser.options().defaultClass();
        if (cls != null && !cls.equals(zoneClass)) {
            parser.error(f, line, col, "CLASS_MISMATCH", "class '" + cls + "' != zone class '" + zoneClass + "'");
            return;
        }
        RrType type = parser.typeWord(t, w);
        if (type == null) {
            parser.unknownType(f, t, w);
            return;
        }
        if (type.code() == 0 || type.isMetaOrQuestionOnly()) {
            parser.error(f, t.line(w), t.column(w), "META_TYPE", "type '" + type + "': invalid use of a meta type");
            return;
        }
        try {
            String rhs = t.quoted(w + 1) ? unescapeQuotes(t.text(w + 1)) : t.text(w + 1);
            parser.startGenerate(f, new Generate(t.text(1), t.text(2), type, zoneClass, ttl, rhs, f.origin, line, col));
        } catch (TextException e) {
            parser.error(f, e);
        }
    }

    /**
     * BIND's lexer turns {@code \"} into {@code "} inside a quoted word and keeps every other
     * escape; the quoted rhs of {@code $GENERATE} is lexed again after expansion, so this
     * difference shows ({@code "\"a b\" c"} gives the strings {@code a b} and {@code c}).
     */
    static String unescapeQuotes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                if (d != '"') {
                    sb.append(c);
                }
                sb.append(d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.ParseOptions;
import dev.signet.core.zone.Tokenizer;
import dev.signet.core.zone.ZoneParser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Presentation text read the way Signet reads zone files, for the codec tests: rdata words split
 * by the zone package's {@link Tokenizer}, records and whole files read by {@link ZoneParser}.
 */
final class ZoneText {

    private ZoneText() {
    }

    /** One record read from a file, with the line it starts on. */
    record Line(Record record, int line) {
    }

    /**
     * The words of {@code text} as one logical record (parentheses join lines), positioned as in
     * the text: line 1, columns from 1.
     *
     * @throws TextException for a tokenizer error (unbalanced quote or parenthesis)
     */
    static Words words(String text) {
        Tokenizer t = new Tokenizer(new StringReader(text), 256);
        List<Token> out = new ArrayList<>();
        try {
            while (t.next()) {
                if (t.error() != null) {
                    throw t.error();
                }
                for (int i = 0; i < t.wordCount(); i++) {
                    out.add(t.token(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(out);
    }

    /**
     * One record {@code x IN TYPE rdata} read by the zone parser.
     *
     * @throws TextException the parser's first error (extra words included, as BIND reports them)
     */
    static Record record(String type, String rdata, Name origin) {
        ZoneParser p = ZoneParser.fromReader(new StringReader("x 3600 IN " + type + " " + rdata + "\n"), "rdata",
                ParseOptions.forRecords(origin));
        Record r = p.next();
        for (Diagnostic d : p.diagnostics()) {
            if (d.isError()) {
                throw new TextException(d.code(), d.message(), d.line(), d.column());
            }
        }
        return r;
    }

    /** Every record of a master file, in file order; any parse error fails the test. */
    static List<Line> records(Path file, Name origin) {
        try (ZoneParser p = ZoneParser.open(file, ParseOptions.forRecords(origin))) {
            return readAll(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of master-file text, in order; any parse error fails the test. */
    static List<Line> records(String text, Name origin) {
        try (ZoneParser p = ZoneParser.fromReader(new StringReader(text), "text", ParseOptions.forRecords(origin))) {
            return readAll(p);
        }
    }

    private static List<Line> readAll(ZoneParser p) {
        List<Line> out = new ArrayList<>();
        for (Record r = p.next(); r != null; r = p.next()) {
            out.add(new Line(r, p.currentLine()));
        }
        List<Diagnostic> errors = p.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.toString());
        }
        return out;
    }

    /** A token source over words already split, which says how many the reader left. */
    static final class Words implements TokenSource {
        private final List<Token> tokens;
        private int next;

        private Words(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean hasNext() {
            return next < tokens.size();
        }

        @Override
        public Token next(String what) {
            if (next >= tokens.size()) {
                throw endPosition().error("MISSING_RDATA", "missing " + what);
            }
            return tokens.get(next++);
        }

        @Override
        public Token peek() {
            return next < tokens.size() ? tokens.get(next) : null;
        }

        @Override
        public Token endPosition() {
            if (tokens.isEmpty()) {
                return new Token("", false, 1, 1);
            }
            Token last = tokens.get(tokens.size() - 1);
            return new Token("", false, last.line(), last.column() + last.text().length() + (last.quoted() ? 2 : 0));
        }

        int remaining() {
            return tokens.size() - next;
        }
    }
}

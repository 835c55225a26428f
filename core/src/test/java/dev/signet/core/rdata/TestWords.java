package dev.signet.core.rdata;

import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-only word splitter for presentation-format rdata (the real tokenizer lives in the zone
 * package): whitespace separates words, {@code "..."} at the start of a word is a quoted word,
 * {@code key="..."} keeps its quotes inside one word (like BIND's lexer for SVCB), backslash
 * escapes are kept as written, {@code ;} starts a comment, parentheses are dropped.
 */
final class TestWords {

    private TestWords() {
    }

    static List<Token> split(String text, int line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c == ';') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            int start = i;
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        sb.append(text.charAt(i++));
                    }
                    sb.append(text.charAt(i++));
                }
                if (i >= n) {
                    throw new IllegalArgumentException("unbalanced quotes in: " + text);
                }
                i++;
                out.add(new Token(sb.toString(), true, line, start + 1));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            boolean sawEquals = false;
            while (i < n) {
                char d = text.charAt(i);
                if (d == ' ' || d == '\t' || d == '(' || d == ')' || d == ';' || d == '\n' || d == '\r') {
                    break;
                }
                if (d == '\\' && i + 1 < n) {
                    sb.append(d).append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (d == '"') {
                    if (!sawEquals) {
                        break;
                    }
                    // key="value": keep the quoted value, quotes included, inside this word
                    sb.append(d);
                    i++;
                    while (i < n && text.charAt(i) != '"') {
                        if (text.charAt(i) == '\\' && i + 1 < n) {
                            sb.append(text.charAt(i++));
                        }
                        sb.append(text.charAt(i++));
                    }
                    if (i < n) {
                        sb.append('"');
                        i++;
                    }
                    continue;
                }
                if (d == '=') {
                    sawEquals = true;
                }
                sb.append(d);
                i++;
            }
            out.add(new Token(sb.toString(), false, line, start + 1));
        }
        return out;
    }

    static TokenSource source(String text) {
        return new Source(split(text, 1));
    }

    static TokenSource source(List<Token> tokens) {
        return new Source(tokens);
    }

    /** A TokenSource over a list of tokens. */
    static final class Source implements TokenSource {
        private final List<Token> tokens;
        private int next;

        Source(List<Token> tokens) {
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
            return new Token("", false, last.line(), last.column() + last.text().length());
        }

        int remaining() {
            return tokens.size() - next;
        }
    }
}

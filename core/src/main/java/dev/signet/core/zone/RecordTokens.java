package dev.signet.core.zone;

import dev.signet.core.text.Token;
import dev.signet.core.text.TokenSource;

/**
 * The rdata words of the tokenizer's current record, handed to an rdata codec. Tokens are made
 * only as the codec asks for them; one instance is reused for every record.
 *
 * <p>For {@code $GENERATE} the words come from the expanded right-hand side, but errors must
 * name the directive's line (as BIND's do), so every position can be pinned to one place.
 */
final class RecordTokens implements TokenSource {

    private Tokenizer tokens;
    private int next;
    private int pinnedLine;
    private int pinnedColumn;
    // The token peek() made, handed out again by next(): every record is peeked at once (for
    // RFC 3597 \#) before its codec reads it, and a word's String and Token are made only once.
    private Token peeked;
    private int peekedAt = -1;

    /** Reads the words of {@code t}'s current record from index {@code from} on. */
    RecordTokens reset(Tokenizer t, int from) {
        tokens = t;
        next = from;
        pinnedLine = 0;
        pinnedColumn = 0;
        peeked = null;
        peekedAt = -1;
        return this;
    }

    /** Like {@link #reset(Tokenizer, int)}, but every token reports the given position. */
    RecordTokens resetPinned(Tokenizer t, int from, int line, int column) {
        reset(t, from);
        pinnedLine = line;
        pinnedColumn = column;
        return this;
    }

    /** Index of the next unread word. */
    int position() {
        return next;
    }

    @Override
    public boolean hasNext() {
        return next < tokens.wordCount();
    }

    @Override
    public Token next(String what) {
        if (next >= tokens.wordCount()) {
            throw endPosition().error("MISSING_RDATA", "unexpected end of input: missing " + what);
        }
        return peekAt(next++);
    }

    @Override
    public Token peek() {
        return next < tokens.wordCount() ? peekAt(next) : null;
    }

    private Token peekAt(int i) {
        if (i == peekedAt) {
            return peeked;
        }
        peeked = make(i);
        peekedAt = i;
        return peeked;
    }

    private Token make(int i) {
        if (pinnedLine > 0) {
            return new Token(tokens.text(i), tokens.quoted(i), pinnedLine, pinnedColumn);
        }
        return tokens.token(i);
    }

    @Override
    public Token endPosition() {
        if (pinnedLine > 0) {
            return new Token("", false, pinnedLine, pinnedColumn);
        }
        // BIND names the line of the last word read, not the line of the closing ')' or
        // line end (its lexer puts the end-of-line token back and rewinds the line count).
        int last = tokens.wordCount() - 1;
        if (last < 0) {
            return new Token("", false, tokens.endLine(), tokens.endColumn());
        }
        int width = tokens.length(last) + (tokens.quoted(last) ? 2 : 0);
        return new Token("", false, tokens.line(last), tokens.column(last) + width);
    }
}

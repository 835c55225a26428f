package dev.signet.core.text;

/**
 * The remaining words of one logical record (parentheses already joined, comments removed), as
 * an rdata codec reads them.
 */
public interface TokenSource {

    /** True if another word remains in this record. */
    boolean hasNext();

    /**
     * The next word.
     *
     * @param what what the caller expects (e.g. "preference"), for the error message
     * @throws TextException {@code MISSING_RDATA} at the end of the record
     */
    Token next(String what);

    /** The next word without consuming it, or {@code null} at the end. */
    Token peek();

    /** Position (line, column) just past the last word, for "missing field" errors. */
    Token endPosition();

    /** A token source over a fixed list of words, all at the given line (for tests and key files). */
    static TokenSource of(int line, String... words) {
        return new ListTokenSource(line, words);
    }
}

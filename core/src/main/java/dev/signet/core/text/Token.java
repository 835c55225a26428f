package dev.signet.core.text;

/**
 * One whitespace-delimited word of presentation-format input.
 *
 * <p>{@code text} is the word exactly as written, with backslash escapes left in place
 * (a {@code \DDD} or {@code \X} means different things in a name and in a character-string,
 * so only the consumer can decode it). For a quoted word the surrounding quotes are removed and
 * {@code quoted} is true; escapes inside it are likewise left in place.
 *
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character (of the opening quote, if quoted)
 */
public record Token(String text, boolean quoted, int line, int column) {

    /** An error located at this token. */
    public TextException error(String code, String detail) {
        return new TextException(code, detail, line, column);
    }

    @Override
    public String toString() {
        return quoted ? '"' + text + '"' : text;
    }
}

package dev.signet.core.text;

/**
 * A syntax or semantic error in presentation-format input, with a stable machine-readable code
 * (e.g. {@code BAD_TTL}) and, once known, the position of the offending token.
 *
 * <p>Code that only sees a string (such as {@code Name.parse}) throws it without a position; the
 * caller that knows where the string came from adds one with {@link #at(Token)}.
 */
public class TextException extends RuntimeException {

    private final String code;
    private final String detail;
    private final int line;
    private final int column;

    public TextException(String code, String detail) {
        this(code, detail, 0, 0);
    }

    public TextException(String code, String detail, int line, int column) {
        super(detail, null, false, false);
        this.code = code;
        this.detail = detail;
        this.line = line;
        this.column = column;
    }

    /** Stable upper-case identifier of the kind of error, e.g. {@code BAD_TTL}. */
    public String code() {
        return code;
    }

    /** Human-readable message, without position or code. */
    public String detail() {
        return detail;
    }

    /** 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** This error placed at a token (keeps an existing position). */
    public TextException at(Token token) {
        if (hasPosition() || token == null) {
            return this;
        }
        return new TextException(code, detail, token.line(), token.column());
    }

    /** This error placed at a line and column (keeps an existing position). */
    public TextException at(int atLine, int atColumn) {
        if (hasPosition()) {
            return this;
        }
        return new TextException(code, detail, atLine, atColumn);
    }

    @Override
    public String getMessage() {
        return (hasPosition() ? line + ":" + column + ": " : "") + detail + " [" + code + "]";
    }
}

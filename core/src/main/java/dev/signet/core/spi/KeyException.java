package dev.signet.core.spi;

import dev.signet.core.text.TextException;

/**
 * A problem with a key: a key file that cannot be read, a private half that does not match its
 * DNSKEY, a key source that cannot sign. Names where (file name or token label) and, when it
 * concerns one, the field; prints as one line {@code source: field: message [CODE]}.
 */
public class KeyException extends TextException {

    private final String source;
    private final String field;

    public KeyException(String code, String source, String field, String detail) {
        this(code, source, 0, field, detail);
    }

    /** @param line 1-based line in the file, 0 when the problem is not on one line */
    public KeyException(String code, String source, int line, String field, String detail) {
        super(code, detail, line, 0);
        this.source = source;
        this.field = field;
    }

    /** The file (as the user named it) or label the problem is in. */
    public String source() {
        return source;
    }

    /** The field (e.g. {@code PrivateKey}, {@code Algorithm}), or {@code null}. */
    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return (source != null ? source + (line() > 0 ? ":" + line() : "") + ": " : "")
                + (field != null ? field + ": " : "") + detail() + " [" + code() + "]";
    }
}

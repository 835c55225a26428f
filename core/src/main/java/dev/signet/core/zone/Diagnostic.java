package dev.signet.core.zone;

/**
 * One problem found in input: an error (the input is rejected) or a warning (it is accepted).
 *
 * <p>Printed as {@code file:line:col: message [CODE]} — the one-line form every subcommand uses.
 *
 * @param file the file as the user named it (or an {@code $INCLUDE}d path), never null
 * @param line 1-based, 0 when the problem concerns the whole file
 * @param column 1-based, 0 when unknown
 * @param code stable upper-case identifier, e.g. {@code BAD_TTL}
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        sb.append(message).append(" [").append(code).append(']');
        return sb.toString();
    }
}

package dev.signet.core.text;

/** A {@link TokenSource} over words given up front. Quoting is decided by a leading {@code "}. */
final class ListTokenSource implements TokenSource {

    private final Token[] tokens;
    private int next;

    ListTokenSource(int line, String[] words) {
        tokens = new Token[words.length];
        int col = 1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean quoted = w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"");
            tokens[i] = new Token(quoted ? w.substring(1, w.length() - 1) : w, quoted, line, col);
            col += w.length() + 1;
        }
    }

    @Override
    public boolean hasNext() {
        return next < tokens.length;
    }

    @Override
    public Token next(String what) {
        if (next >= tokens.length) {
            Token end = endPosition();
            throw end.error("MISSING_RDATA", "missing " + what);
        }
        return tokens[next++];
    }

    @Override
    public Token peek() {
        return next < tokens.length ? tokens[next] : null;
    }

    @Override
    public Token endPosition() {
        if (tokens.length == 0) {
            return new Token("", false, 1, 1);
        }
        Token last = tokens[tokens.length - 1];
        return new Token("", false, last.line(), last.column() + last.text().length() + (last.quoted() ? 2 : 0));
    }
}

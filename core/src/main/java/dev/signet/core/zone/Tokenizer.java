package dev.signet.core.zone;

import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits master-file text (RFC 1035 §5.1) into logical records of words, as BIND's lexer does.
 *
 * <p>An explicit state machine over large buffered reads: no regular expressions and no
 * per-line strings. One logical record is held at a time in reused arrays; {@link #next()}
 * replaces it. Rules:
 * <ul>
 *   <li>parentheses join physical lines into one record and may nest; {@code (}, {@code )} and
 *       {@code "} end a word even without whitespace around them;</li>
 *   <li>{@code ;} starts a comment up to the end of the line, also inside parentheses;</li>
 *   <li>a quoted word may contain spaces, {@code ;} and parentheses, and ends at the next
 *       unescaped {@code "}; an unescaped line end inside it is an error;</li>
 *   <li>a backslash escapes the next character everywhere: the pair is kept in the word's
 *       text for the consumer to decode ({@code \DDD} means different things in names and
 *       character-strings);</li>
 *   <li>blank and comment-only lines are skipped; a record that begins with whitespace has
 *       no owner ({@link #startsWithWhitespace()}).</li>
 * </ul>
 * Input is read as ISO-8859-1 by the callers so every octet maps to one char and comes back
 * unchanged (RFC 1035 text is octets, not Unicode).
 */
public final class Tokenizer {

    private static final int BUFFER_SIZE = 1 << 16;

    /** Characters that end a run of plain word characters: delimiters, quotes, escapes, line ends. */
    private static final boolean[] ENDS_PLAIN_RUN = new boolean['\\' + 1];

    static {
        for (char c : " \t\r\n;()\"\\".toCharArray()) {
            ENDS_PLAIN_RUN[c] = true;
        }
    }

    private static final int BETWEEN = 0;
    private static final int WORD = 1;
    private static final int WORD_ESCAPE = 2;
    private static final int QUOTE = 3;
    private static final int QUOTE_ESCAPE = 4;
    private static final int COMMENT = 5;

    private Reader in;
    private final char[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private int col = 1;

    // The current logical record; all arrays are reused from record to record.
    private char[] text = new char[512];
    private int textLen;
    private int[] wordStart = new int[16];
    private int[] wordEnd = new int[16];
    private int[] wordLine = new int[16];
    private int[] wordCol = new int[16];
    private boolean[] wordQuoted = new boolean[16];
    private int words;
    private boolean initialWhitespace;
    private boolean usedParentheses;
    private int startLine;
    private int endLine;
    private int endCol;
    private TextException error;

    private final WordView view = new WordView();

    public Tokenizer(Reader in) {
        this(in, BUFFER_SIZE);
    }

    /** A tokenizer with a smaller buffer, for short in-memory texts. */
    public Tokenizer(Reader in, int bufferSize) {
        this.in = in;
        this.buf = new char[Math.max(16, bufferSize)];
    }

    /** Starts over on another input, keeping the buffers (no allocation). */
    public void reset(Reader newIn) {
        in = newIn;
        pos = 0;
        limit = 0;
        eof = false;
        line = 1;
        col = 1;
        words = 0;
        textLen = 0;
        error = null;
    }

    // ------------------------------------------------------------------ reading

    /** The next char, or -1 at the end; advances {@link #line}/{@link #col}. */
    private int read() throws IOException {
        if (pos == limit) {
            if (eof) {
                return -1;
            }
            int n = in.read(buf, 0, buf.length);
            while (n == 0) {
                n = in.read(buf, 0, buf.length);
            }
            if (n < 0) {
                eof = true;
                return -1;
            }
            pos = 0;
            limit = n;
        }
        char c = buf[pos++];
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        return c;
    }

    /**
     * Reads the next logical record.
     *
     * @return false at the end of the input (no record)
     */
    public boolean next() throws IOException {
        words = 0;
        textLen = 0;
        error = null;
        usedParentheses = false;
        int depth = 0;
        int openLine = 0;
        int openCol = 0;
        int quoteLine = 0;
        int quoteCol = 0;
        int state = BETWEEN;
        boolean lineStart = true;
        initialWhitespace = false;
        startLine = line;
        while (true) {
            // Fast paths over the buffer: the rest of a plain word, and runs of blanks between
            // words, need no per-character state (no line ends, no escapes in them).
            if (state == WORD) {
                scanWord();
            } else if (state == BETWEEN && !lineStart) {
                skipBlanks();
            }
            int cl = line;
            int cc = col;
            int c = read();
            if (lineStart) {
                // Only the first character of a record's first line decides "owner omitted".
                lineStart = false;
                startLine = cl;
                initialWhitespace = c == ' ' || c == '\t';
            }
            switch (state) {
                case WORD:
                    if (c == -1 || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';'
                            || c == '(' || c == ')' || c == '"') {
                        endWord();
                        state = BETWEEN;
                        break; // the delimiter is handled below, as between words
                    }
                    append(c);
                    if (c == '\\') {
                        state = WORD_ESCAPE;
                    }
                    continue;
                case WORD_ESCAPE:
                    if (c == -1 || c == '\n') {
                        fail("BAD_ESCAPE", "backslash at the end of a " + (c == -1 ? "file" : "line"), cl, cc - 1);
                        endWord();
                        state = BETWEEN;
                        break;
                    }
                    append(c);
                    state = WORD;
                    continue;
                case QUOTE:
                    if (c == '"') {
                        endWord();
                        state = BETWEEN;
                        continue;
                    }
                    if (c == -1 || c == '\n') {
                        fail("UNTERMINATED_QUOTE", "unbalanced quotes: no closing \" on this line", quoteLine, quoteCol);
                        endWord();
                        state = BETWEEN;
                        break;
                    }
                    append(c);
                    if (c == '\\') {
                        state = QUOTE_ESCAPE;
                    }
                    continue;
                case QUOTE_ESCAPE:
                    if (c == -1) {
                        fail("UNTERMINATED_QUOTE", "unbalanced quotes: no closing \" before the end of the file",
                                quoteLine, quoteCol);
                        endWord();
                        state = BETWEEN;
                        break;
                    }
                    append(c); // an escaped line end stays in the string, as in BIND
                    state = QUOTE;
                    continue;
                case COMMENT:
                    if (c != '\n' && c != -1) {
                        continue;
                    }
                    state = BETWEEN;
                    break;
                default:
                    break;
            }
            // BETWEEN words.
            switch (c) {
                case -1:
                    if (depth > 0) {
                        // Named at the end of the file, as BIND does; the message says where it opened.
                        fail("UNBALANCED_PAREN", "unbalanced parentheses: '(' opened at line " + openLine
                                + " column " + openCol + " is never closed", cl, cc);
                    }
                    endLine = cl;
                    endCol = cc;
                    return words > 0 || error != null;
                case '\n':
                    if (depth > 0) {
                        continue;
                    }
                    if (words == 0 && error == null) {
                        lineStart = true; // blank or comment-only line: not a record
                        continue;
                    }
                    endLine = cl;
                    endCol = cc;
                    return true;
                case ' ', '\t', '\r':
                    continue;
                case ';':
                    state = COMMENT;
                    continue;
                case '(':
                    if (depth == 0) {
                        openLine = cl;
                        openCol = cc;
                    }
                    depth++;
                    usedParentheses = true;
                    continue;
                case ')':
                    if (depth == 0) {
                        fail("UNBALANCED_PAREN", "unbalanced parentheses: ')' without '('", cl, cc);
                    } else {
                        depth--;
                    }
                    usedParentheses = true;
                    continue;
                case '"':
                    beginWord(cl, cc, true);
                    quoteLine = cl;
                    quoteCol = cc;
                    state = QUOTE;
                    continue;
                default:
                    beginWord(cl, cc, false);
                    append(c);
                    state = c == '\\' ? WORD_ESCAPE : WORD;
            }
        }
    }

    /** Appends the buffered characters up to the next delimiter or backslash to the word. */
    private void scanWord() {
        int p = pos;
        int end = limit;
        char[] b = buf;
        while (p < end) {
            char c = b[p];
            if (c <= '\\' && ENDS_PLAIN_RUN[c]) {
                break;
            }
            p++;
        }
        int n = p - pos;
        if (n > 0) {
            if (textLen + n > text.length) {
                text = Arrays.copyOf(text, Math.max(textLen + n, textLen * 2));
            }
            System.arraycopy(b, pos, text, textLen, n);
            textLen += n;
            col += n;
            pos = p;
        }
    }

    /** Skips buffered spaces and tabs. */
    private void skipBlanks() {
        int p = pos;
        while (p < limit && (buf[p] == ' ' || buf[p] == '\t')) {
            p++;
        }
        col += p - pos;
        pos = p;
    }

    private void beginWord(int atLine, int atCol, boolean quoted) {
        if (words == wordStart.length) {
            int n = words * 2;
            wordStart = Arrays.copyOf(wordStart, n);
            wordEnd = Arrays.copyOf(wordEnd, n);
            wordLine = Arrays.copyOf(wordLine, n);
            wordCol = Arrays.copyOf(wordCol, n);
            wordQuoted = Arrays.copyOf(wordQuoted, n);
        }
        wordStart[words] = textLen;
        wordLine[words] = atLine;
        wordCol[words] = atCol;
        wordQuoted[words] = quoted;
    }

    private void endWord() {
        wordEnd[words] = textLen;
        words++;
    }

    private void append(int c) {
        if (textLen == text.length) {
            text = Arrays.copyOf(text, textLen * 2);
        }
        text[textLen++] = (char) c;
    }

    private void fail(String code, String message, int atLine, int atCol) {
        if (error == null) {
            error = new TextException(code, message, atLine, atCol);
        }
    }

    // ------------------------------------------------------------------ the current record

    /** Number of words in the current record. */
    public int wordCount() {
        return words;
    }

    /** The word's text with escapes left in place (quotes removed). Allocates a String. */
    public String text(int i) {
        return new String(text, wordStart[i], wordEnd[i] - wordStart[i]);
    }

    /** A view of the word that is valid until the next call to this method or {@link #next()}. */
    public CharSequence word(int i) {
        view.start = wordStart[i];
        view.end = wordEnd[i];
        return view;
    }

    public int length(int i) {
        return wordEnd[i] - wordStart[i];
    }

    public char charAt(int i, int k) {
        return text[wordStart[i] + k];
    }

    public boolean quoted(int i) {
        return wordQuoted[i];
    }

    /** 1-based line of the word's first character (its opening quote, if quoted). */
    public int line(int i) {
        return wordLine[i];
    }

    /** 1-based column of the word's first character (its opening quote, if quoted). */
    public int column(int i) {
        return wordCol[i];
    }

    /** True if the unquoted word equals {@code s} ignoring ASCII case. */
    public boolean is(int i, String s) {
        int len = wordEnd[i] - wordStart[i];
        if (wordQuoted[i] || len != s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char a = text[wordStart[i] + k];
            char b = s.charAt(k);
            if (a != b && Character.toUpperCase(a) != Character.toUpperCase(b)) {
                return false;
            }
        }
        return true;
    }

    /** True if words {@code i} and the given chars are equal (case-sensitive), for caches. */
    boolean sameText(int i, char[] other, int otherLen) {
        int len = wordEnd[i] - wordStart[i];
        return len == otherLen && Arrays.equals(text, wordStart[i], wordEnd[i], other, 0, otherLen);
    }

    /** Copies the word's chars into {@code dst} (grown if needed); returns the array used. */
    char[] copyText(int i, char[] dst) {
        int len = wordEnd[i] - wordStart[i];
        char[] out = dst.length >= len ? dst : new char[Math.max(len, dst.length * 2)];
        System.arraycopy(text, wordStart[i], out, 0, len);
        return out;
    }

    public Token token(int i) {
        return new Token(text(i), wordQuoted[i], wordLine[i], wordCol[i]);
    }

    /** True if the record's first line began with a space or tab (its owner is omitted). */
    public boolean startsWithWhitespace() {
        return initialWhitespace;
    }

    /** True if the record used parentheses anywhere. */
    public boolean usedParentheses() {
        return usedParentheses;
    }

    /** Line on which the record starts. */
    public int startLine() {
        return startLine;
    }

    /** Line of the end of the record (its final line end, or the end of the file). */
    public int endLine() {
        return endLine;
    }

    /** Column of the end of the record. */
    public int endColumn() {
        return endCol;
    }

    /** The first syntax error met in this record, or {@code null}. The record is unusable then. */
    public TextException error() {
        return error;
    }

    /** A zero-copy view of one word, reused between calls. */
    private final class WordView implements CharSequence {
        int start;
        int end;

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return text[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(text, start + from, to - from);
        }

        @Override
        public String toString() {
            return new String(text, start, end - start);
        }
    }
}

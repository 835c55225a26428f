package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.text.TextException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** One record as a readable string: words (quoted ones in quotes) with line:col, and flags. */
    private static String record(Tokenizer t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.startsWithWhitespace() ? "_ " : "");
        for (int i = 0; i < t.wordCount(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t.quoted(i) ? "\"" + t.text(i) + "\"" : t.text(i)).append('@').append(t.line(i)).append(':')
                    .append(t.column(i));
        }
        return sb.toString();
    }

    private static List<String> records(String text) throws IOException {
        return records(new Tokenizer(new StringReader(text)));
    }

    private static List<String> records(Tokenizer t) throws IOException {
        List<String> out = new ArrayList<>();
        while (t.next()) {
            TextException e = t.error();
            out.add(record(t) + (e == null ? "" : " !" + e.code() + "@" + e.line() + ":" + e.column()));
        }
        return out;
    }

    @Test
    void splitsWordsAndTracksLineAndColumn() throws IOException {
        assertEquals(List.of("www@1:1 300@1:5 IN@1:9 A@1:12 192.0.2.1@1:14", "mail@2:1 A@2:6 192.0.2.2@2:8"),
                records("www 300 IN A 192.0.2.1\nmail\tA 192.0.2.2\n"));
    }

    @Test
    void leadingWhitespaceMeansTheOwnerIsOmitted() throws IOException {
        assertEquals(List.of("_ IN@1:3 A@1:6 1.2.3.4@1:8", "_ A@2:2 1.2.3.5@2:4", "x@3:1 A@3:3 1.2.3.6@3:5"),
                records("  IN A 1.2.3.4\n\tA 1.2.3.5\nx A 1.2.3.6"));
    }

    @Test
    void blankAndCommentOnlyLinesAreSkipped() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("; header\n\n   \n  ; indented comment\n\t\na A 1.2.3.4 ; tail\n"));
        assertTrue(t.next());
        assertEquals("a@6:1 A@6:3 1.2.3.4@6:5", record(t));
        assertFalse(t.startsWithWhitespace());
        assertEquals(6, t.startLine());
        assertFalse(t.next());
        assertFalse(t.next());
    }

    @Test
    void parenthesesJoinLinesAndNest() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("@ SOA ns host ( 1 ; serial (not a paren)\n  2 ((3)) 4\n  5 ) \nnext A 1.2.3.4\n"));
        assertTrue(t.next());
        assertEquals("@@1:1 SOA@1:3 ns@1:7 host@1:10 1@1:17 2@2:3 3@2:7 4@2:11 5@3:3", record(t));
        assertTrue(t.usedParentheses());
        assertEquals(3, t.endLine());
        assertEquals(7, t.endColumn());
        assertTrue(t.next());
        assertFalse(t.usedParentheses());
        assertEquals("next@4:1 A@4:6 1.2.3.4@4:8", record(t));
    }

    @Test
    void quotedWordsKeepSpacesSemicolonsParenthesesAndEscapes() throws IOException {
        assertEquals(List.of("t@1:1 TXT@1:3 \"a ; (b) \\\" c\"@1:7 \"\"@1:22 x@1:25"),
                records("t TXT \"a ; (b) \\\" c\" \"\" x\n"));
    }

    @Test
    void quotesAndParenthesesEndWordsWithoutWhitespace() throws IOException {
        assertEquals(List.of("c@1:1 TXT@1:3 a@1:7 \"b\"@1:8 c@1:11", "d@2:1 A@2:3 192.0.2.1@2:5"),
                records("c TXT a\"b\"c\nd A(192.0.2.1)\n"));
    }

    @Test
    void backslashEscapesTheNextCharacterEverywhereAndStaysInTheText() throws IOException {
        assertEquals(List.of("a\\ b@1:1 TXT@1:6 x\\;y@1:10 \\(p\\)@1:15 q\\\"@1:21"),
                records("a\\ b TXT x\\;y \\(p\\) q\\\"\n"));
    }

    @Test
    void escapedLineEndInsideQuotesStaysInTheString() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("t TXT \"ab\\\ncd\" e\nnext A 1.2.3.4\n"));
        assertTrue(t.next());
        assertEquals("ab\\\ncd", t.text(2));
        assertEquals(2, t.line(3));
        assertNull(t.error());
        assertTrue(t.next());
        assertEquals(3, t.startLine());
    }

    @Test
    void carriageReturnsAreWhitespace() throws IOException {
        assertEquals(List.of("a@1:1 A@1:3 1.2.3.4@1:5", "b@2:1 A@2:3 1.2.3.5@2:5"),
                records("a A 1.2.3.4\r\nb A 1.2.3.5\r\n"));
    }

    @Test
    void unbalancedCloseParenthesisIsReportedWhereItIs() throws IOException {
        assertEquals(List.of("a@1:1 A@1:3 1.2.3.4@1:5 !UNBALANCED_PAREN@1:13", "b@2:1 A@2:3 1.2.3.5@2:5"),
                records("a A 1.2.3.4 )\nb A 1.2.3.5\n"));
    }

    @Test
    void unclosedParenthesisIsReportedAtTheEndOfTheFileLikeBind() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("a TXT ( x\nb TXT y\n"));
        assertTrue(t.next());
        assertEquals("UNBALANCED_PAREN", t.error().code());
        assertEquals(3, t.error().line());
        assertTrue(t.error().detail().contains("opened at line 1 column 7"), t.error().detail());
        assertFalse(t.next());
    }

    @Test
    void unterminatedQuoteIsReportedAtTheQuoteAndEndsAtTheLineEnd() throws IOException {
        assertEquals(List.of("a@1:1 TXT@1:3 \"abc\"@1:7 !UNTERMINATED_QUOTE@1:7", "b@2:1 A@2:3 1.2.3.5@2:5"),
                records("a TXT \"abc\nb A 1.2.3.5\n"));
        assertEquals(List.of("a@1:1 TXT@1:3 \"x\\\"@1:7 !UNTERMINATED_QUOTE@1:7"), records("a TXT \"x\\"));
    }

    @Test
    void backslashAtTheEndOfALineOrFileIsAnError() throws IOException {
        assertEquals(List.of("a@1:1 TXT@1:3 abc\\@1:7 !BAD_ESCAPE@1:10", "b@2:1 A@2:3 1.2.3.5@2:5"),
                records("a TXT abc\\\nb A 1.2.3.5\n"));
        assertEquals(List.of("a@1:1 TXT@1:3 abc\\@1:7 !BAD_ESCAPE@1:10"), records("a TXT abc\\"));
    }

    @Test
    void onlyTheFirstErrorOfARecordIsKept() throws IOException {
        assertEquals(List.of("a@1:1 !UNBALANCED_PAREN@1:3", "b@2:1"),
                records("a ) )\nb\n"));
    }

    @Test
    void lastRecordWithoutFinalNewline() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("a A 1.2.3.4"));
        assertTrue(t.next());
        assertEquals(1, t.endLine());
        assertEquals(12, t.endColumn());
        assertFalse(t.next());
    }

    @Test
    void helpersCompareWordsWithoutAllocating() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("$origin In \"IN\"\n"));
        assertTrue(t.next());
        assertTrue(t.is(0, "$ORIGIN"));
        assertTrue(t.is(1, "IN"));
        assertFalse(t.is(2, "IN"), "quoted words are never keywords");
        assertEquals("In", t.word(1).toString());
        assertTrue(t.sameText(1, "In".toCharArray(), 2));
        assertFalse(t.sameText(1, "IN".toCharArray(), 2));
    }

    @Test
    void resetReusesTheTokenizer() throws IOException {
        Tokenizer t = new Tokenizer(new StringReader("a A 1.2.3.4 )\n"));
        assertTrue(t.next());
        t.reset(new StringReader("b\n"));
        assertTrue(t.next());
        assertEquals("b@1:1", record(t));
        assertNull(t.error());
    }

    /** Buffer refills may fall anywhere: a tiny buffer must give exactly the same records. */
    @Test
    void bufferBoundariesDoNotChangeTheResult() throws IOException {
        Random rnd = new Random(20240601);
        String[] pieces = {"a", "bc", " ", "\t", "\n", "(", ")", ";c\n", "\"q q\"", "\\", "\\x", "\r\n", "1.2.3.4", "$T"};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(80);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertEquals(records(new Tokenizer(new StringReader(text))),
                    records(new Tokenizer(new StringReader(text), 16)), "input: " + text);
        }
    }
}

package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.text.TextException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer's bulk paths (plain runs of a word, runs of blanks) against buffer boundaries
 * and positions: seeded random master-file text is split the same with a 16-char buffer as
 * with the default one, and every unquoted word without escapes is found in the source at the
 * line and column reported for it.
 */
class TokenizerBufferTest {

    private static final String[] PIECES = {"www", "IN", "A", "192.0.2.1", " ", "  ", "\t", "\t\t", "\n", "\r\n",
        "(", ")", "; comment ( \" \n", "\"quoted ; ( text\"", "a\\.b", "\\032x", "\\\\", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "x\"y", "@", "$TTL", "3600"};

    @Test
    void smallAndLargeBuffersAgreeAndPositionsPointAtTheWords() throws IOException {
        Random r = new Random(1035);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 20 + r.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<String> large = records(new Tokenizer(new StringReader(text)), text);
            List<String> small = records(new Tokenizer(new StringReader(text), 16), text);
            assertEquals(large, small, text);
        }
    }

    private static List<String> records(Tokenizer t, String source) throws IOException {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>();
        while (t.next()) {
            TextException e = t.error();
            StringBuilder sb = new StringBuilder(e == null ? "" : e.code() + "@" + e.line() + ":" + e.column() + " ");
            sb.append(t.startsWithWhitespace() ? "_" : "").append(t.startLine()).append('-').append(t.endLine());
            for (int i = 0; i < t.wordCount(); i++) {
                String w = t.text(i);
                sb.append(' ').append(t.quoted(i) ? "\"" + w + "\"" : w).append('@').append(t.line(i)).append(':')
                        .append(t.column(i));
                if (!t.quoted(i) && w.indexOf('\\') < 0 && e == null) {
                    String line = lines[t.line(i) - 1];
                    assertTrue(line.startsWith(w, t.column(i) - 1), w + " at " + t.line(i) + ":" + t.column(i));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}

package dev.signet.core.rdata;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal, test-only master-file reader ($ORIGIN, $TTL, inherited owners, parentheses,
 * comments), enough to feed test zones and RFC vectors through the codecs before the real
 * parser exists. Records of types without a codec can be skipped.
 */
final class TestZoneFile {

    /** One record as read: owner, type, the rdata words, and the parsed rdata. */
    record Entry(Name owner, long ttl, RrType type, String rdataText, Rdata rdata, int line) {
    }

    private TestZoneFile() {
    }

    static List<Entry> read(String text, Name origin, boolean skipTypesWithoutCodec) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Name owner = null;
        long ttl = 3600;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (depth(logical) > 0 && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            String record = logical.toString();
            if (record.isBlank() || record.trim().startsWith(";")) {
                continue;
            }
            List<Token> words = TestWords.split(record, lineNo);
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0).text();
            if (first.equals("$ORIGIN")) {
                origin = Name.parse(words.get(1).text(), origin);
                continue;
            }
            if (first.equals("$TTL")) {
                ttl = Ttl.parse(words.get(1).text(), "TTL");
                continue;
            }
            int w = 0;
            if (!Character.isWhitespace(record.charAt(0))) {
                owner = Name.parse(words.get(w++).text(), origin);
            }
            long recordTtl = ttl;
            RrType type = null;
            while (type == null) {
                String word = words.get(w++).text();
                if (Ttl.isTtl(word)) {
                    recordTtl = Ttl.parse(word, "TTL");
                } else if (!word.equalsIgnoreCase("IN")) {
                    type = RrType.parse(word);
                }
            }
            if (skipTypesWithoutCodec && !RdataCodecs.hasCodec(type)
                    && !(w < words.size() && words.get(w).text().equals("\\#"))) {
                continue;
            }
            List<Token> rdataWords = words.subList(w, words.size());
            TestWords.Source src = (TestWords.Source) TestWords.source(rdataWords);
            Rdata rdata;
            try {
                rdata = RdataCodecs.parse(type, src, origin);
            } catch (TextException e) {
                throw new AssertionError("line " + lineNo + " (" + type + "): " + e.getMessage(), e);
            }
            if (src.remaining() != 0) {
                throw new AssertionError("line " + lineNo + ": extra words after the " + type + " rdata");
            }
            StringBuilder rdataText = new StringBuilder();
            for (Token t : rdataWords) {
                rdataText.append(rdataText.length() > 0 ? " " : "").append(t);
            }
            out.add(new Entry(owner, recordTtl, type, rdataText.toString(), rdata, lineNo));
        }
        return out;
    }

    /** Open parentheses outside quotes and comments. */
    private static int depth(CharSequence s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        return depth;
    }
}

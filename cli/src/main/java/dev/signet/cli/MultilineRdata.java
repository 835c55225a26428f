package dev.signet.cli;

import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.SecurityAlgorithmText;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RrType;

import java.util.ArrayList;
import java.util.List;

/**
 * Rdata in the multi-line layout BIND's master-file dumper uses with its MULTILINE, COMMENT and
 * RRCOMMENT style flags — the layout of a zone written by {@code dnssec-signzone -O text}.
 * Observed on BIND 9.18: base64 and hex fields are cut into words of 36 characters (the
 * 40-column rdata width minus 2, rounded down to whole base64 quanta), each on its own line
 * indented to the rdata column, inside parentheses; the SOA gets one commented line per counter;
 * DNSKEY a {@code ; KSK; alg = …; key id = …} comment; NSEC3 one line per type-bitmap window.
 * Every other type keeps its one-line form.
 *
 * <p>The single-line presentation comes from {@link RdataCodecs#format}; this class only
 * re-arranges its words, so both layouts always agree on the values.
 */
final class MultilineRdata {

    /** Characters of base64 or hex per line: (80 − 40 − 2) rounded down to a multiple of 4. */
    static final int WORD = 36;

    /**
     * Types whose codec always prints one line and never the {@code \#} form (unlike LOC or APL,
     * which fall back to it), so their text goes straight to the output, as in the default branch.
     */
    private static final boolean[] ONE_LINE = new boolean[64];

    static {
        for (RrType t : new RrType[] {RrType.A, RrType.NS, RrType.CNAME, RrType.PTR, RrType.MX, RrType.TXT,
                RrType.AAAA, RrType.SRV, RrType.NSEC}) {
            ONE_LINE[t.code()] = true;
        }
    }

    private MultilineRdata() {
    }

    /**
     * Appends the rdata; {@code lineBreak} is a newline plus the indentation to the rdata column.
     */
    static void append(RrType type, Rdata rdata, String lineBreak, StringBuilder out) {
        if (type.code() < ONE_LINE.length && ONE_LINE[type.code()]) {
            RdataCodecs.format(type, rdata, out); // no intermediate String for the bulk of a zone
            return;
        }
        String text = RdataCodecs.format(type, rdata);
        if (text.startsWith("\\# ")) {
            generic(words(text), lineBreak, out);
            return;
        }
        switch (type.mnemonic()) {
            case "SOA" -> soa(Soa.from(rdata), lineBreak, out);
            case "RRSIG" -> prefixThenBlock(words(text), 4, 4, base64(words(text), 8), lineBreak, out);
            case "DNSKEY", "CDNSKEY", "KEY" -> key(type, rdata, words(text), lineBreak, out);
            case "DS", "CDS", "TLSA", "SMIMEA", "ZONEMD" -> hexAfter(words(text), 3, lineBreak, out);
            case "SSHFP" -> hexAfter(words(text), 2, lineBreak, out);
            case "CERT" -> prefixThenBlock(words(text), 3, 0, base64(words(text), 3), lineBreak, out);
            case "IPSECKEY" -> ipseckey(words(text), lineBreak, out);
            case "DHCID" -> dhcid(rdata, words(text), lineBreak, out);
            case "OPENPGPKEY" -> parenthesised(base64(words(text), 0), lineBreak, out);
            case "NSEC3" -> nsec3(words(text), lineBreak, out);
            default -> out.append(text);
        }
    }

    private static List<String> words(String text) {
        List<String> w = new ArrayList<>();
        for (String s : text.split(" ")) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        return w;
    }

    /** The words from {@code from} on, joined: the whole base64 or hex field. */
    private static String base64(List<String> words, int from) {
        return String.join("", words.subList(Math.min(from, words.size()), words.size()));
    }

    /** Appends {@code field} in words of {@link #WORD} characters separated by line breaks. */
    private static void chunks(String field, String lineBreak, StringBuilder out) {
        for (int i = 0; i < field.length(); i += WORD) {
            if (i > 0) {
                out.append(lineBreak);
            }
            out.append(field, i, Math.min(field.length(), i + WORD));
        }
    }

    /**
     * {@code w[0..n) (} then, for RRSIG, a second line of the {@code more} words after them,
     * then the block in chunks and {@code " )"}.
     */
    private static void prefixThenBlock(List<String> w, int n, int more, String block, String lineBreak,
            StringBuilder out) {
        out.append(String.join(" ", w.subList(0, n))).append(" (");
        if (more > 0) {
            out.append(lineBreak).append(String.join(" ", w.subList(n, n + more)));
        }
        if (!block.isEmpty()) {
            out.append(lineBreak);
            chunks(block, lineBreak, out);
        }
        out.append(" )");
    }

    /** DS, TLSA, SSHFP, ZONEMD: fixed fields, then the hex in parentheses (none when it is empty). */
    private static void hexAfter(List<String> w, int fixed, String lineBreak, StringBuilder out) {
        String hex = base64(w, fixed);
        if (hex.isEmpty()) {
            out.append(String.join(" ", w));
            return;
        }
        prefixThenBlock(w, fixed, 0, hex, lineBreak, out);
    }

    /** {@code ( <chunks> )}: the first chunk on the opening line (DHCID, OPENPGPKEY, \#). */
    private static void parenthesised(String block, String lineBreak, StringBuilder out) {
        out.append("( ");
        chunks(block, lineBreak, out);
        out.append(" )");
    }

    private static void generic(List<String> w, String lineBreak, StringBuilder out) {
        out.append("\\# ").append(w.get(1));
        if (w.size() > 2) {
            out.append(' ');
            parenthesised(base64(w, 2), lineBreak, out);
        }
    }

    private static void soa(Soa soa, String lineBreak, StringBuilder out) {
        out.append(soa.mname()).append(' ').append(soa.rname()).append(" (");
        counter(soa.serial(), "serial", false, lineBreak, out);
        counter(soa.refresh(), "refresh", true, lineBreak, out);
        counter(soa.retry(), "retry", true, lineBreak, out);
        counter(soa.expire(), "expire", true, lineBreak, out);
        counter(soa.minimum(), "minimum", true, lineBreak, out);
        out.append(lineBreak).append(')');
    }

    private static void counter(long value, String name, boolean duration, String lineBreak, StringBuilder out) {
        out.append(lineBreak);
        String v = Long.toString(value);
        out.append(v);
        for (int i = v.length(); i < 10; i++) {
            out.append(' ');
        }
        out.append(" ; ").append(name);
        if (duration) {
            out.append(" (").append(duration(value)).append(')');
        }
    }

    /** BIND's long TTL form: {@code 2 weeks 1 second}, {@code 0 seconds}. */
    static String duration(long seconds) {
        long[] sizes = {7L * 86400, 86400, 3600, 60, 1};
        String[] units = {"week", "day", "hour", "minute", "second"};
        StringBuilder sb = new StringBuilder();
        long rest = seconds;
        for (int i = 0; i < sizes.length; i++) {
            long n = rest / sizes[i];
            rest %= sizes[i];
            boolean last = i == sizes.length - 1;
            if (n > 0 || (last && sb.length() == 0)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(n).append(' ').append(units[i]).append(n == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }

    /** DNSKEY: key material on its own lines, then {@code ) ; KSK; alg = ED25519 ; key id = 54246}. */
    private static void key(RrType type, Rdata rdata, List<String> w, String lineBreak, StringBuilder out) {
        out.append(String.join(" ", w.subList(0, 3))).append(" (");
        String material = base64(w, 3);
        if (!material.isEmpty()) {
            out.append(lineBreak);
            chunks(material, lineBreak, out);
        }
        out.append(lineBreak).append(") ; ");
        Dnskey key = Dnskey.of(rdata);
        if (!type.equals(RrType.KEY)) {
            boolean ksk = key.isSep();
            out.append(ksk ? (key.isRevoked() ? "revoked KSK" : "KSK") : "ZSK").append("; ");
        }
        String alg = SecurityAlgorithmText.mnemonic(key.algorithm());
        out.append("alg = ").append(alg != null ? alg : Integer.toString(key.algorithm()))
                .append(" ; key id = ").append(key.keyTag());
    }

    /** IPSECKEY: {@code ( prec type alg gateway} then the key on its own lines and {@code )}. */
    private static void ipseckey(List<String> w, String lineBreak, StringBuilder out) {
        out.append("( ").append(String.join(" ", w.subList(0, 4)));
        String key = base64(w, 4);
        if (!key.isEmpty()) {
            out.append(lineBreak);
            chunks(key, lineBreak, out);
        }
        out.append(" )");
    }

    /** DHCID, with BIND's comment: identifier type, digest type and digest length (RFC 4701 §3.3). */
    private static void dhcid(Rdata rdata, List<String> w, String lineBreak, StringBuilder out) {
        parenthesised(base64(w, 0), lineBreak, out);
        if (rdata.length() >= 3) {
            int identifierType = (rdata.byteAt(0) << 8) | rdata.byteAt(1);
            out.append(" ; ").append(identifierType).append(' ').append(rdata.byteAt(2))
                    .append(' ').append(rdata.length() - 3);
        }
    }

    /**
     * NSEC3: {@code alg flags iterations salt (}, the next hashed owner on its own line, then each
     * 256-type window of the bitmap on a line of its own (RFC 5155 §3.2.1), and {@code )}.
     */
    private static void nsec3(List<String> w, String lineBreak, StringBuilder out) {
        out.append(String.join(" ", w.subList(0, 4))).append(" (").append(lineBreak).append(w.get(4));
        int window = -1;
        for (String t : w.subList(5, w.size())) {
            RrType type = RrType.lookup(t);
            int win = (type != null ? type.code() : 0) >> 8;
            out.append(win != window ? lineBreak : " ").append(t);
            window = win;
        }
        out.append(" )");
    }
}

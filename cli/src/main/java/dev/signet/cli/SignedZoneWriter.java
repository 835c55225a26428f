package dev.signet.cli;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;
import dev.signet.core.zone.ZoneWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Predicate;

/**
 * Writes a signed zone the way {@code dnssec-signzone} 9.18 lays it out.
 *
 * <ul>
 *   <li>{@link Format#TEXT} ({@code -O text}, the default): BIND's "explicit TTL" master style —
 *       owner at column 0 on the first line of a name, TTL at 24, class at 32 on the records of
 *       the first RRset of a name only, type at 32, rdata at 40, tabs 8 wide, and the multi-line
 *       rdata of {@link MultilineRdata} (80-column lines).
 *   <li>{@link Format#FULL} ({@code -O full}, the default for {@code -f -}): one record per line,
 *       absolute names, BIND's {@code ; resign=} comment after each RRSIG RRset:
 *       {@link ZoneWriter.Style#FULL}.
 * </ul>
 *
 * Both start with BIND's two comment lines. Like BIND, the names of the zone come first in
 * canonical order and the NSEC3 records (BIND keeps them in a tree of their own) after them,
 * also in canonical order. With {@code dnssecOnly} ({@code -D}) each RRset is written on its
 * own, as BIND does for {@code $INCLUDE} files: owner and class on every RRset, no resign
 * comments.
 */
final class SignedZoneWriter {

    enum Format {
        TEXT, FULL
    }

    private static final int FLUSH_AT = 1 << 15;
    private static final int TAB = 8;
    private static final int TTL_COLUMN = 24;
    private static final int CLASS_COLUMN = 32;
    private static final int TYPE_COLUMN = 32;
    private static final int RDATA_COLUMN = 40;
    /** A line break inside multi-line rdata: newline, then tabs to the rdata column. */
    private static final String LINE_BREAK = "\n" + "\t".repeat(RDATA_COLUMN / TAB);

    private final Format format;
    private final Writer out;
    private final boolean dnssecOnly;
    /** Text not yet handed to {@link #out}: many records at a time, as chars (no String per line). */
    private final StringBuilder buf = new StringBuilder(FLUSH_AT + (1 << 12));
    private char[] chars = new char[FLUSH_AT + (1 << 12)];
    private final ZoneWriter full;
    private final RrsigLines rrsigLines = new RrsigLines();
    private int column;
    /** Owners relative to the root ({@code $ORIGIN .}): without the final dot, the root as {@code @}. */
    private boolean relativeToRoot;

    /**
     * @param dnssecOnly {@code -D}: write only the RRsets {@link #isDnssecOnly} accepts
     */
    SignedZoneWriter(Format format, Writer out, Name apex, boolean dnssecOnly) {
        this.format = format;
        this.out = out;
        this.dnssecOnly = dnssecOnly;
        this.full = new ZoneWriter(ZoneWriter.Style.FULL, out, apex);
    }

    /** The two comment lines BIND starts the file with. */
    void header(String ctime, String version) throws IOException {
        out.write(headerText(ctime, version));
    }

    /** BIND's two comment lines at the top of a signed zone. */
    static String headerText(String ctime, String version) {
        return "; File written on " + ctime + "\n; " + version + "\n";
    }

    /**
     * Writes the zone: every name in canonical order, then the NSEC3 RRsets (and their
     * signatures) in canonical order of their hashed owners.
     *
     * @param includeDnskey with {@code -D}, whether DNSKEY RRsets are written too ({@code -S})
     */
    void write(Zone zone, boolean includeDnskey) throws IOException {
        if (format == Format.FULL && !dnssecOnly) {
            full.write(zone);
            out.flush();
            return;
        }
        Predicate<RRset> keep = dnssecOnly ? s -> isDnssecOnly(s, includeDnskey) : s -> true;
        for (int i = 0; i < zone.nodeCount(); i++) {
            writeNode(zone.node(i), keep.and(s -> !isNsec3(s)));
        }
        for (int i = 0; i < zone.nodeCount(); i++) {
            ZoneNode n = zone.node(i);
            if (n.has(RrType.NSEC3)) {
                writeNode(n, keep.and(SignedZoneWriter::isNsec3));
            }
        }
        drain();
        out.flush();
    }

    private static boolean isNsec3(RRset s) {
        return s.type().equals(RrType.NSEC3) || RrType.NSEC3.equals(s.covered());
    }

    /**
     * What {@code -D} keeps: the records dnssec-signzone manages (RRSIG, NSEC, NSEC3,
     * NSEC3PARAM), and DNSKEY when keys come from the key directory ({@code -S}).
     */
    static boolean isDnssecOnly(RRset s, boolean includeDnskey) {
        RrType t = s.type();
        return t.equals(RrType.RRSIG) || t.equals(RrType.NSEC) || t.equals(RrType.NSEC3)
                || t.equals(RrType.NSEC3PARAM) || (includeDnskey && t.equals(RrType.DNSKEY));
    }

    /**
     * The text of a {@code keyset-} file: {@code $ORIGIN .}, then the DNSKEY RRset in the text
     * layout with its owner relative to the root, as dnssec-signzone {@code -C} writes it.
     */
    static String keyset(RRset dnskeys) {
        StringWriter out = new StringWriter();
        out.write("$ORIGIN .\n");
        SignedZoneWriter w = new SignedZoneWriter(Format.TEXT, out, Name.ROOT, false);
        w.relativeToRoot = true;
        try {
            w.text(dnskeys, true, true);
            w.drain();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private void writeNode(ZoneNode node, Predicate<RRset> keep) throws IOException {
        boolean firstOfName = true;
        for (RRset s : node.rrsets()) {
            if (!keep.test(s)) {
                continue;
            }
            if (format == Format.FULL) {
                fullWithoutResign(s);
            } else {
                // -D prints each RRset with a fresh context: owner and class again every time.
                text(s, firstOfName || dnssecOnly, firstOfName || dnssecOnly);
                firstOfName = false;
            }
        }
    }

    /**
     * An RRset in the full style as {@code -D} writes it: BIND prints it on its own, without the
     * {@code ; resign=} line its zone dump adds after signatures.
     */
    private void fullWithoutResign(RRset s) throws IOException {
        drain(); // keep the order of anything the text style left pending
        StringWriter one = new StringWriter();
        new ZoneWriter(ZoneWriter.Style.FULL, one, s.owner()).write(s);
        String text = one.toString();
        int resign = text.indexOf("\n; resign=");
        out.write(resign < 0 ? text : text.substring(0, resign + 1));
    }

    /**
     * One RRset in the text style. BIND prints the class on each record of the first RRset of a
     * name (its "class printed" state changes only after a whole RRset) and never again for
     * that name; the owner only on the first line of the name.
     */
    private void text(RRset s, boolean withOwner, boolean withClass) throws IOException {
        for (int i = 0; i < s.size(); i++) {
            column = 0;
            if (withOwner && i == 0) {
                String owner = s.owner().toString();
                if (relativeToRoot) {
                    owner = s.owner().isRoot() ? "@" : owner.substring(0, owner.length() - 1);
                }
                buf.append(owner);
                column = owner.length();
            }
            indent(TTL_COLUMN);
            String ttl = Long.toString(s.ttl());
            buf.append(ttl);
            column += ttl.length();
            if (withClass) {
                indent(CLASS_COLUMN);
                String cls = s.rrClass().toString();
                buf.append(cls);
                column += cls.length();
            }
            indent(TYPE_COLUMN);
            String type = s.type().toString();
            buf.append(type);
            column += type.length();
            indent(RDATA_COLUMN);
            if (s.type().equals(RrType.RRSIG)) {
                rrsigLines.append(s.rdata(i), LINE_BREAK, buf);
            } else {
                MultilineRdata.append(s.type(), s.rdata(i), LINE_BREAK, buf);
            }
            buf.append('\n');
            if (buf.length() >= FLUSH_AT) {
                drain();
            }
        }
    }

    /** Hands the pending text to the writer. */
    private void drain() throws IOException {
        int n = buf.length();
        if (chars.length < n) {
            chars = new char[n];
        }
        buf.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
        buf.setLength(0);
    }

    /**
     * BIND's masterdump indent(): to column {@code to} (at least one character), with tabs where
     * a tab stop lies in between, then spaces.
     */
    private void indent(int to) {
        int target = Math.max(to, column + 1);
        int tabs = target / TAB - column / TAB;
        int spaces = tabs > 0 ? target % TAB : target - column;
        for (int i = 0; i < tabs; i++) {
            buf.append('\t');
        }
        for (int i = 0; i < spaces; i++) {
            buf.append(' ');
        }
        column = target;
    }
}

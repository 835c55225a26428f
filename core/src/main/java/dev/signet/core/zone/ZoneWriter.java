package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.Rrsig;
import dev.signet.core.rdata.SignatureTime;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes RRsets as master-file text, one record per line, in the order given (a {@link Zone}'s
 * canonical order for {@link #write(Zone)}).
 *
 * <ul>
 *   <li>{@link Style#FULL}: absolute owner on every line, TTL and class always — the layout of
 *       BIND's {@code named-compilezone -s full} to the byte (its masterdump.c columns: TTL at 46,
 *       rdata at 64, tabs 8 wide, at least one separator; a {@code ; resign=} line after each
 *       RRSIG set).
 *   <li>{@link Style#RELATIVE}: {@code $ORIGIN} the zone apex, owners relative to it and left
 *       blank when repeated, the TTL set with {@code $TTL} whenever it changes, no class — like
 *       {@code -s relative} (owner at 0, type at 24, rdata at 32), but every line stays one
 *       record and names in rdata stay absolute.
 * </ul>
 *
 * Each line is built in one reused buffer and handed to the {@link Writer} whole; give it a
 * large {@link java.io.BufferedWriter}.
 */
public final class ZoneWriter {

    public enum Style {
        FULL, RELATIVE;

        /** {@code full} or {@code relative}, as named-compilezone's {@code -s} takes them. */
        public static Style parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "full" -> FULL;
                case "relative" -> RELATIVE;
                default -> throw new IllegalArgumentException("unknown or unsupported style: " + text);
            };
        }
    }

    private static final int TAB = 8;
    private static final int FULL_TTL_COLUMN = 46;
    private static final int FULL_RDATA_COLUMN = 64;
    private static final int RELATIVE_TYPE_COLUMN = 24;
    private static final int RELATIVE_RDATA_COLUMN = 32;

    private final Style style;
    private final Writer out;
    private final Name origin;
    private final StringBuilder line = new StringBuilder(256);
    private Name lastOwner;
    private long currentTtl = -1;

    /**
     * @param origin the {@code $ORIGIN} of the relative style (the zone apex); unused for full
     */
    public ZoneWriter(Style style, Writer out, Name origin) {
        this.style = Objects.requireNonNull(style, "style");
        this.out = Objects.requireNonNull(out, "out");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * Writes every RRset of the zone in canonical name order, the NSEC3 chain last: BIND keeps
     * NSEC3 records and their signatures in a tree of their own and dumps it after the rest
     * (checked with named-compilezone), so a hashed owner's NSEC3 is not among its neighbours.
     */
    public void write(Zone zone) throws IOException {
        for (boolean chain : new boolean[] {false, true}) {
            for (int i = 0; i < zone.nodeCount(); i++) {
                for (RRset s : zone.node(i).rrsets()) {
                    if (isNsec3Chain(s) == chain) {
                        write(s);
                    }
                }
            }
        }
    }

    private static boolean isNsec3Chain(RRset s) {
        return s.type().equals(RrType.NSEC3) || RrType.NSEC3.equals(s.covered());
    }

    /** Writes the records of one RRset in its (canonical) order. */
    public void write(RRset set) throws IOException {
        line.setLength(0);
        if (style == Style.FULL) {
            fullPrefix(set);
        } else {
            if (lastOwner == null) {
                out.write("$ORIGIN " + origin + "\n");
            }
            if (set.ttl() != currentTtl) {
                out.write("$TTL " + set.ttl() + "\n");
                currentTtl = set.ttl();
            }
            relativePrefix(set);
        }
        // Everything before the rdata is the same for each record of the set: build it once.
        int prefix = line.length();
        for (int i = 0; i < set.size(); i++) {
            if (style == Style.RELATIVE && i == 1) {
                // Later records of the set leave the owner blank.
                line.setLength(0);
                relativePrefix(set);
                prefix = line.length();
            }
            line.setLength(prefix);
            RdataCodecs.format(set.type(), set.rdata(i), line);
            line.append('\n');
            out.append(line);
        }
        if (style == Style.FULL && set.type().equals(RrType.RRSIG)) {
            // BIND's full style ends each signature set with the time it would re-sign it: the
            // earliest expiration (serial arithmetic, RFC 4034 §3.1.5), with no re-signing
            // interval taken off when named-compilezone loads a file.
            out.write("; resign=" + SignatureTime.format(earliestExpiration(set)) + "\n");
        }
    }

    private static long earliestExpiration(RRset signatures) {
        long earliest = Rrsig.from(signatures.rdata(0)).expiration();
        for (int i = 1; i < signatures.size(); i++) {
            long t = Rrsig.from(signatures.rdata(i)).expiration();
            if ((int) (t - earliest) < 0) {
                earliest = t;
            }
        }
        return earliest;
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void fullPrefix(RRset set) {
        String owner = set.owner().toString();
        String ttl = Long.toString(set.ttl());
        line.append(owner);
        int column = indent(owner.length(), FULL_TTL_COLUMN);
        line.append(ttl);
        column = indent(column + ttl.length(), FULL_TTL_COLUMN);
        line.append(set.rrClass());
        column = indent(column + set.rrClass().mnemonic().length(), FULL_TTL_COLUMN);
        line.append(set.type());
        indent(column + set.type().mnemonic().length(), FULL_RDATA_COLUMN);
    }

    private void relativePrefix(RRset set) {
        // Like BIND, a name is written once for its RRsets even when they spell it differently.
        int column = 0;
        if (lastOwner == null || !lastOwner.equals(set.owner())) {
            String owner = set.owner().toRelativeString(origin);
            line.append(owner);
            column = owner.length();
            lastOwner = set.owner();
        }
        column = indent(column, RELATIVE_TYPE_COLUMN);
        line.append(set.type());
        indent(column + set.type().mnemonic().length(), RELATIVE_RDATA_COLUMN);
    }

    /**
     * BIND's masterdump.c indent(): from column {@code from} to column {@code to} (at least one
     * character), with tabs where a tab stop lies in between, then spaces. Returns the new column.
     */
    private int indent(int from, int to) {
        if (to < from + 1) {
            to = from + 1;
        }
        int tabs = to / TAB - from / TAB;
        int spaces = tabs > 0 ? to % TAB : to - from;
        for (int i = 0; i < tabs; i++) {
            line.append('\t');
        }
        for (int i = 0; i < spaces; i++) {
            line.append(' ');
        }
        return to;
    }
}

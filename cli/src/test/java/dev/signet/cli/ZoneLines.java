package dev.signet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A zone in dnssec-signzone's {@code -O full} form — one record per line, absolute owner, TTL,
 * class, type, rdata — as a list of records the corruption suite can edit and write back.
 */
final class ZoneLines {

    /** One record. {@code rdata} is the presentation text with single spaces. */
    record Line(String owner, long ttl, String rrClass, String type, String rdata) {

        static Line parse(String text) {
            String[] f = text.trim().split("\\s+", 5);
            return new Line(f[0], Long.parseLong(f[1]), f[2], f[3], f.length > 4 ? f[4].trim().replaceAll("\\s+", " ") : "");
        }

        String[] words() {
            return rdata.split(" ");
        }

        boolean isRrsig() {
            return type.equals("RRSIG");
        }

        /** For an RRSIG, the type it covers. */
        String covered() {
            return words()[0];
        }

        /** For an RRSIG, its algorithm. */
        int algorithm() {
            return Integer.parseInt(words()[1]);
        }

        /** For an RRSIG, its key tag. */
        int keyTag() {
            return Integer.parseInt(words()[6]);
        }

        /** The type of the RRset this record belongs to (RRSIG: its covered type). */
        String setType() {
            return isRrsig() ? covered() : type;
        }

        boolean ownedBy(String name) {
            return owner.equalsIgnoreCase(name);
        }

        Line withTtl(long t) {
            return new Line(owner, t, rrClass, type, rdata);
        }

        Line withRdata(String r) {
            return new Line(owner, ttl, rrClass, type, r);
        }

        @Override
        public String toString() {
            return owner + "\t" + ttl + "\t" + rrClass + "\t" + type + "\t" + rdata;
        }
    }

    final List<Line> lines;

    ZoneLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    static ZoneLines read(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (l.isBlank() || l.startsWith(";")) {
                continue;
            }
            out.add(Line.parse(l));
        }
        return new ZoneLines(out);
    }

    /**
     * The records in an order that does not depend on the signing run: dnssec-signzone's
     * {@code -O full} output order varies from run to run, and key tags and signatures change with
     * the keys. Owner, RRset type, the RRset before its signatures, then for signatures the
     * algorithm and whether a KSK made them; else the rdata.
     */
    ZoneLines sorted(java.util.Set<Integer> kskTags) {
        java.util.Comparator<Line> order = java.util.Comparator.comparing((Line l) -> lower(l.owner()))
                .thenComparing(Line::setType)
                .thenComparing(Line::isRrsig)
                .thenComparingInt(l -> l.isRrsig() ? l.algorithm() : 0)
                .thenComparing(l -> l.isRrsig() && kskTags.contains(l.keyTag()))
                .thenComparing(l -> l.isRrsig() ? "" : l.rdata());
        return new ZoneLines(lines.stream().sorted(order).toList());
    }

    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.ISO_8859_1);
    }

    List<Line> matching(Predicate<Line> p) {
        return lines.stream().filter(p).toList();
    }

    ZoneLines without(Predicate<Line> p) {
        return new ZoneLines(lines.stream().filter(p.negate()).toList());
    }

    ZoneLines plus(List<Line> more) {
        List<Line> out = new ArrayList<>(lines);
        out.addAll(more);
        return new ZoneLines(out);
    }

    ZoneLines replacing(Line from, Line to) {
        List<Line> out = new ArrayList<>(lines);
        int i = out.indexOf(from);
        if (i < 0) {
            throw new IllegalArgumentException("no such line: " + from);
        }
        out.set(i, to);
        return new ZoneLines(out);
    }

    /** Lower-case owner, for comparisons with BIND's upper-case NSEC3 owners. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rdata.TextFields;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property test: random records are written as master-file text with random formatting
 * choices (absolute, relative, {@code @} and omitted owners; {@code $ORIGIN} and {@code $TTL}
 * changes; TTL units; TTL/class order; parentheses across lines; comments; odd whitespace;
 * escaped octets in names and strings; RFC 3597 rdata), parsed back, and must come out as the
 * same records with the same TTLs, in order.
 */
class RoundTripTest {

    private static final Name APEX = Name.of("example.com.");
    private static final Name[] ORIGINS = {APEX, Name.of("sub.example.com."), Name.of("a.b.example.com.")};
    private static final byte[] SPECIALS = {'.', ' ', '(', ')', ';', '"', '\\', '@', '$', 0, (byte) 0xFF, '\t', '\n'};

    private final List<Record> expected = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Random rnd;
    private Name origin;
    private long defaultTtl;
    private Name previousOwner;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240601, 987654321})
    void randomRecordsSurviveRandomFormatting(long seed) {
        rnd = new Random(seed);
        origin = APEX;
        defaultTtl = rnd.nextInt(86400);
        text.append("; round trip, seed ").append(seed).append('\n');
        text.append("$TTL ").append(ttlText(defaultTtl)).append('\n');
        for (int i = 0; i < 1500; i++) {
            maybeDirectiveOrNoise();
            writeRecord();
        }
        List<Record> actual = new ArrayList<>();
        List<Diagnostic> diagnostics;
        try (ZoneParser p = ZoneParser.fromReader(new StringReader(text.toString()), "random.db",
                ParseOptions.forZone(APEX))) {
            Record r;
            while ((r = p.next()) != null) {
                actual.add(r);
            }
            diagnostics = p.diagnostics();
        }
        assertTrue(diagnostics.isEmpty(), () -> "diagnostics: " + diagnostics);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Record e = expected.get(i);
            Record a = actual.get(i);
            int at = i;
            assertEquals(e, a, () -> "record " + at + "\n" + text);
            assertTrue(e.owner().equalsExact(a.owner()), () -> "owner case of record " + at);
            assertEquals(e.ttl(), a.ttl(), () -> "TTL of record " + at + ": " + e);
        }
        assertFalse(expected.isEmpty());
    }

    private void maybeDirectiveOrNoise() {
        int roll = rnd.nextInt(100);
        if (roll < 3) {
            origin = ORIGINS[rnd.nextInt(ORIGINS.length)];
            text.append(rnd.nextBoolean() ? "$ORIGIN " : "$origin ").append(origin).append('\n');
        } else if (roll < 5) {
            defaultTtl = rnd.nextInt(1 << 20);
            text.append("$TTL ").append(ttlText(defaultTtl)).append(rnd.nextBoolean() ? " ; new default\n" : "\n");
        } else if (roll < 8) {
            text.append(rnd.nextBoolean() ? "\n" : rnd.nextBoolean() ? "; just a comment ( with \" odd ) chars\n" : " \t \n");
        }
    }

    private void writeRecord() {
        Name owner = previousOwner != null && rnd.nextInt(4) == 0 ? previousOwner : randomName(origin, 1 + rnd.nextInt(3));
        RrType type;
        Rdata rdata;
        List<String> words = new ArrayList<>();
        switch (rnd.nextInt(9)) {
            case 0 -> {
                type = RrType.A;
                byte[] a = bytes(4);
                rdata = Rdata.of(a);
                words.add(RdataCodecs.format(type, rdata));
            }
            case 1 -> {
                type = RrType.AAAA;
                rdata = Rdata.of(bytes(16));
                words.add(RdataCodecs.format(type, rdata));
            }
            case 2, 3 -> {
                type = new RrType[] {RrType.NS, RrType.CNAME, RrType.PTR, RrType.DNAME}[rnd.nextInt(4)];
                Name target = randomName(rnd.nextBoolean() ? origin : Name.of("example.net."), 1 + rnd.nextInt(3));
                rdata = Rdata.of(target.toWire());
                words.add(nameText(target));
            }
            case 4 -> {
                type = RrType.MX;
                int pref = rnd.nextInt(65536);
                Name target = randomName(origin, 1 + rnd.nextInt(2));
                byte[] t = target.toWire();
                byte[] w = new byte[2 + t.length];
                w[0] = (byte) (pref >> 8);
                w[1] = (byte) pref;
                System.arraycopy(t, 0, w, 2, t.length);
                rdata = Rdata.of(w);
                words.add(Integer.toString(pref));
                words.add(nameText(target));
            }
            case 5, 6 -> {
                type = RrType.TXT;
                int n = 1 + rnd.nextInt(3);
                java.io.ByteArrayOutputStream w = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < n; i++) {
                    byte[] s = rnd.nextInt(3) == 0 ? plainBytes(1 + rnd.nextInt(10)) : bytes(rnd.nextInt(40));
                    w.write(s.length);
                    w.writeBytes(s);
                    words.add(stringText(s));
                }
                rdata = Rdata.of(w.toByteArray());
            }
            default -> {
                type = RrType.of(65280 + rnd.nextInt(200));
                byte[] b = bytes(rnd.nextInt(30));
                rdata = Rdata.of(b);
                words.add("\\#");
                words.add(Integer.toString(b.length));
                String hex = HexFormat.of().formatHex(b);
                for (int p = 0; p < hex.length(); ) {
                    int step = Math.min(hex.length() - p, 2 * (1 + rnd.nextInt(4)));
                    words.add(rnd.nextBoolean() ? hex.substring(p, p + step) : hex.substring(p, p + step).toUpperCase(Locale.ROOT));
                    p += step;
                }
            }
        }
        boolean explicitTtl = rnd.nextInt(10) < 6;
        long ttl = explicitTtl ? rnd.nextInt(Integer.MAX_VALUE) : defaultTtl;
        expected.add(new Record(owner, type, RrClass.IN, ttl, rdata));

        // Owner: omitted (same as before), '@', relative or absolute.
        if (owner.equals(previousOwner) && owner.equalsExact(previousOwner) && rnd.nextBoolean()) {
            text.append(rnd.nextBoolean() ? "\t" : "   ");
        } else {
            text.append(owner.equals(origin) && rnd.nextBoolean() ? "@" : nameText(owner)).append(space());
        }
        previousOwner = owner;
        String ttlWord = explicitTtl ? ttlText(ttl) : null;
        String classWord = rnd.nextBoolean() ? (rnd.nextBoolean() ? "IN" : "in") : rnd.nextBoolean() ? "CLASS1" : null;
        if (rnd.nextBoolean()) {
            appendWord(ttlWord);
            appendWord(classWord);
        } else {
            appendWord(classWord);
            appendWord(ttlWord);
        }
        String mnemonic = type.toString();
        text.append(rnd.nextBoolean() ? mnemonic : mnemonic.toLowerCase(Locale.ROOT)).append(space());
        boolean parens = rnd.nextInt(5) == 0;
        if (parens) {
            text.append("(").append(rnd.nextBoolean() ? " ; opened\n" : " ");
        }
        for (String w : words) {
            text.append(w);
            text.append(parens && rnd.nextInt(3) == 0 ? (rnd.nextBoolean() ? "\n\t" : " ; part (\n  ") : space());
        }
        if (parens) {
            text.append(rnd.nextBoolean() ? ")" : "\n)");
        }
        text.append(rnd.nextInt(5) == 0 ? " ; trailing comment\n" : "\n");
    }

    private void appendWord(String w) {
        if (w != null) {
            text.append(w).append(space());
        }
    }

    private String space() {
        return switch (rnd.nextInt(4)) {
            case 0 -> "\t";
            case 1 -> "  ";
            default -> " ";
        };
    }

    /** Absolute or (when below the current origin) relative presentation of a name. */
    private String nameText(Name n) {
        return n.isSubdomainOf(origin) && !n.equals(origin) && rnd.nextBoolean() ? n.toRelativeString(origin) : n.toString();
    }

    private Name randomName(Name parent, int labels) {
        Name n = parent;
        for (int i = 0; i < labels; i++) {
            byte[] label = rnd.nextInt(8) == 0 ? bytes(1 + rnd.nextInt(6)) : plainBytes(1 + rnd.nextInt(12));
            if (rnd.nextInt(10) == 0) {
                label[rnd.nextInt(label.length)] = SPECIALS[rnd.nextInt(SPECIALS.length)];
            }
            n = n.prepend(label);
        }
        return n;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private byte[] plainBytes(int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
        }
        return b;
    }

    /** A character-string: quoted with escapes, or a bare word when it is plain. */
    private String stringText(byte[] s) {
        boolean plain = s.length > 0;
        for (byte b : s) {
            plain &= (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_';
        }
        if (plain && rnd.nextBoolean()) {
            return new String(s, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder();
        TextFields.appendQuoted(sb, s, 0, s.length);
        return sb.toString();
    }

    /** A TTL as BIND reads it: plain seconds, or w/d/h/m/s groups in random case, order and padding. */
    private String ttlText(long ttl) {
        if (ttl == 0 || rnd.nextBoolean()) {
            return (rnd.nextInt(5) == 0 ? "0" : "") + ttl;
        }
        long[] sizes = {604800, 86400, 3600, 60, 1};
        String units = "wdhms";
        List<String> groups = new ArrayList<>();
        long rest = ttl;
        for (int i = 0; i < sizes.length; i++) {
            long n = rest / sizes[i];
            rest %= sizes[i];
            if (n > 0) {
                char u = units.charAt(i);
                groups.add(n + String.valueOf(rnd.nextBoolean() ? u : Character.toUpperCase(u)));
            }
        }
        java.util.Collections.shuffle(groups, rnd);
        return String.join("", groups);
    }
}

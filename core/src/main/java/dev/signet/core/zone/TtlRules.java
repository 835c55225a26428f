package dev.signet.core.zone;

import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rdata.Ttl;
import dev.signet.core.rr.RrType;

/**
 * Which TTL a record gets, following BIND 9.18's master-file loader (each rule checked with
 * named-checkzone):
 * <ol>
 *   <li>an explicit TTL is used, and remembered as "the last TTL";</li>
 *   <li>otherwise the {@code $TTL} default, once one is known;</li>
 *   <li>otherwise, for an SOA when no TTL at all is known yet, the SOA MINIMUM field, which then
 *       also becomes the default (warning "no TTL specified; using SOA MINTTL instead");</li>
 *   <li>otherwise the last explicit TTL (RFC 1035 §5.1), with the warning "using RFC 1035 TTL
 *       semantics" the first time only;</li>
 *   <li>otherwise the record is an error: "no TTL specified; zone rejected".</li>
 * </ol>
 * A TTL above 2^31-1 (RFC 2181 §8) is a warning and becomes 0, as in BIND. This state belongs
 * to the whole parse: a {@code $TTL} in an included file stays in force after it.
 */
final class TtlRules {

    /** {@link #resolve} result: an error was reported, skip the record. */
    static final long NONE = -1;
    /** {@link #resolve} result: take the SOA MINIMUM once the rdata is read. */
    static final long FROM_SOA = -2;

    private static final long MAX_TTL = 0x7FFF_FFFFL;

    private final ZoneParser parser;
    private boolean ttlKnown;
    private long lastTtl;
    private boolean defaultKnown;
    private long defaultTtl;
    private boolean warnRfc1035 = true;

    TtlRules(ZoneParser parser) {
        this.parser = parser;
    }

    /** Word {@code w} read as a TTL (already limited to 2^31-1), or -1 if it is not one. */
    long word(ZoneParser.Frame f, Tokenizer t, int w) {
        if (t.quoted(w) || t.length(w) == 0 || t.charAt(w, 0) < '0' || t.charAt(w, 0) > '9') {
            return -1;
        }
        long v = Ttl.scan(t.word(w));
        return v < 0 ? -1 : limit(f, v, t.line(w), t.column(w), false);
    }

    /** RFC 2181 §8 / BIND: a TTL above 2^31-1 is read as 0, with a warning. */
    long limit(ZoneParser.Frame f, long v, int line, int col, boolean directive) {
        if (v <= MAX_TTL) {
            return v;
        }
        String what = directive ? "$TTL" : "TTL";
        parser.warning(f, line, col, "TTL_ABOVE_MAX", what + " " + v + " > MAXTTL, setting " + what + " to 0");
        return 0;
    }

    /** {@code $TTL}: the default for records without a TTL from here on. */
    void setDefault(long v) {
        defaultTtl = v;
        defaultKnown = true;
    }

    /**
     * The TTL of a record, given its explicit TTL or -1.
     *
     * @return the TTL, or {@link #NONE} (error reported), or {@link #FROM_SOA}
     */
    long resolve(ZoneParser.Frame f, long explicit, RrType type, int line, int col) {
        if (explicit >= 0) {
            ttlKnown = true;
            lastTtl = explicit;
            return explicit;
        }
        if (defaultKnown) {
            return defaultTtl;
        }
        if (type.equals(RrType.SOA) && !ttlKnown) {
            return FROM_SOA;
        }
        if (ttlKnown) {
            if (warnRfc1035) {
                warnRfc1035 = false;
                parser.warning(f, line, col, "RFC1035_TTL", "using RFC 1035 TTL semantics");
            }
            return lastTtl;
        }
        parser.error(f, line, col, "NO_TTL",
                parser.options().zone() != null ? "no TTL specified; zone rejected" : "no TTL specified");
        return NONE;
    }

    /** Rule 3: the SOA MINIMUM (its last 32 bits) becomes this record's TTL and the default. */
    long fromSoaMinimum(ZoneParser.Frame f, Rdata soa, int line, int col) {
        long minimum = Soa.from(soa).minimum();
        parser.warning(f, line, col, "SOA_MINTTL", "no TTL specified; using SOA MINTTL instead");
        long v = limit(f, minimum, line, col, false);
        setDefault(v);
        return v;
    }

    /**
     * The TTL of {@code $GENERATE}d records: like {@link #resolve} but BIND neither applies the
     * SOA rule nor warns about RFC 1035 semantics there.
     */
    long forGenerate(ZoneParser.Frame f, long explicit, int line, int col) {
        if (explicit >= 0) {
            ttlKnown = true;
            lastTtl = explicit;
            return explicit;
        }
        if (defaultKnown) {
            return defaultTtl;
        }
        if (ttlKnown) {
            return lastTtl;
        }
        parser.error(f, line, col, "NO_TTL", "no TTL specified");
        return NONE;
    }
}

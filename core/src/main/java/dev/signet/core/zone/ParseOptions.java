package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;

/**
 * How a master file is read.
 *
 * @param origin the initial {@code $ORIGIN} (for a zone file: the zone name)
 * @param zone the zone apex; records outside it are dropped with a warning, as BIND does.
 *     {@code null} reads a record collection (key files, test vectors) without that filter.
 * @param defaultClass the class of records that give none (BIND: the zone's class)
 * @param maxErrors stop collecting after this many errors (the parse then ends)
 * @param allowInclude whether {@code $INCLUDE} is honoured (off for untrusted input)
 */
public record ParseOptions(Name origin, Name zone, RrClass defaultClass, int maxErrors, boolean allowInclude) {

    public static final int DEFAULT_MAX_ERRORS = 100;

    /** Options for loading the zone {@code apex} from a file. */
    public static ParseOptions forZone(Name apex) {
        return new ParseOptions(apex, apex, RrClass.IN, DEFAULT_MAX_ERRORS, true);
    }

    /** Options for reading records that need not form a zone (key files, vectors). */
    public static ParseOptions forRecords(Name origin) {
        return new ParseOptions(origin, null, RrClass.IN, DEFAULT_MAX_ERRORS, false);
    }

    public ParseOptions withDefaultClass(RrClass c) {
        return new ParseOptions(origin, zone, c, maxErrors, allowInclude);
    }

    public ParseOptions withMaxErrors(int n) {
        return new ParseOptions(origin, zone, defaultClass, n, allowInclude);
    }
}

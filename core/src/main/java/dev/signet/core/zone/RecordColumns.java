package dev.signet.core.zone;

import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RrType;

import java.util.Arrays;

/**
 * The records a {@link ZoneBuilder} has been given, as columns (rdata, type, TTL, batch) kept in
 * chunks of 65,536 rows. Growing never copies a column: a doubling array would leave its old
 * copies behind, already promoted to the old generation, which Java 25's serial collector does
 * not collect before the end of a signing run (about 190 MB for a 4.6M-record signed zone).
 */
final class RecordColumns {

    private static final int SHIFT = 16;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private Rdata[][] rdata = new Rdata[16][];
    private RrType[][] types = new RrType[16][];
    private int[][] ttls = new int[16][];
    private int[][] batches = new int[16][];
    private int count;

    /** Appends one row; {@code ttl} is an unsigned 32-bit value. */
    void add(RrType type, long ttl, Rdata rd, int batch) {
        int c = count >>> SHIFT;
        int i = count & MASK;
        if (i == 0) {
            if (c == rdata.length) {
                int n = c * 2;
                rdata = Arrays.copyOf(rdata, n);
                types = Arrays.copyOf(types, n);
                ttls = Arrays.copyOf(ttls, n);
                batches = Arrays.copyOf(batches, n);
            }
            rdata[c] = new Rdata[CHUNK];
            types[c] = new RrType[CHUNK];
            ttls[c] = new int[CHUNK];
            batches[c] = new int[CHUNK];
        }
        rdata[c][i] = rd;
        types[c][i] = type;
        ttls[c][i] = (int) ttl;
        batches[c][i] = batch;
        count++;
    }

    int size() {
        return count;
    }

    Rdata rdata(int row) {
        return rdata[row >>> SHIFT][row & MASK];
    }

    RrType type(int row) {
        return types[row >>> SHIFT][row & MASK];
    }

    long ttl(int row) {
        return ttls[row >>> SHIFT][row & MASK] & 0xFFFF_FFFFL;
    }

    int batch(int row) {
        return batches[row >>> SHIFT][row & MASK];
    }
}

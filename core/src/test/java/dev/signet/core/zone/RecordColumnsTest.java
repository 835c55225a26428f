package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RrType;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** RecordColumns keeps every row across its 65,536-row chunks (seeded random rows). */
class RecordColumnsTest {

    @Test
    void rowsSurviveChunkBoundaries() {
        Random r = new Random(65536);
        int n = 3 * 65536 + 17;
        RrType[] typeOf = {RrType.A, RrType.AAAA, RrType.RRSIG, RrType.NSEC};
        Rdata[] rd = new Rdata[n];
        long[] ttl = new long[n];
        int[] batch = new int[n];
        RecordColumns c = new RecordColumns();
        for (int i = 0; i < n; i++) {
            rd[i] = Rdata.of(new byte[] {(byte) i, (byte) (i >> 8), (byte) (i >> 16)});
            ttl[i] = r.nextLong() & 0xFFFF_FFFFL;
            batch[i] = r.nextInt(1000);
            c.add(typeOf[i % 4], ttl[i], rd[i], batch[i]);
        }
        assertEquals(n, c.size());
        for (int i = 0; i < n; i++) {
            assertSame(rd[i], c.rdata(i));
            assertSame(typeOf[i % 4], c.type(i));
            assertEquals(ttl[i], c.ttl(i), "row " + i);
            assertEquals(batch[i], c.batch(i));
        }
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rr.Record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Streaming-parse benchmark (a main program, not a test): writes a zone of N records (default
 * 1,000,000) to a temp file, parses it with {@link ZoneParser} discarding each record, and
 * prints records/s, peak heap and GC work. Run with a small heap to show that memory does not
 * grow with the zone, e.g.
 *
 * <pre>
 * java -Xmx32m -cp core/target/classes:core/target/test-classes:BCPROV.jar \
 *     dev.signet.core.zone.ParseBenchmark [records] [rounds]
 * </pre>
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("signet-bench", ".db");
        try {
            long bytes = writeZone(file, records);
            System.out.printf("zone: %,d records, %,d bytes, max heap %,d MiB%n", records, bytes,
                    Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= rounds; round++) {
                resetPeaks();
                long gcCount0 = gcCount();
                long gcTime0 = gcTime();
                long alloc0 = allocatedBytes();
                long t0 = System.nanoTime();
                long n = parse(file);
                double secs = (System.nanoTime() - t0) / 1e9;
                long alloc = allocatedBytes() - alloc0;
                System.out.printf("round %d: %,d records in %.2f s = %,.0f records/s (%.1f MB/s); "
                        + "peak heap %.1f MiB; allocated %.0f bytes/record (all short-lived); "
                        + "GC %d collections, %d ms%n", round, n, secs, n / secs, bytes / secs / 1e6,
                        peakHeap() / 1048576.0, (double) alloc / n, gcCount() - gcCount0, gcTime() - gcTime0);
                if (n != records) {
                    throw new IllegalStateException("parsed " + n + " records, wrote " + records);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A realistic mix: relative and omitted owners, A/AAAA/MX/TXT/NS/CNAME, comments, parens. */
    static long writeZone(Path file, int records) throws IOException {
        Random rnd = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            w.write("$TTL 3600\n@ IN SOA ns1 hostmaster ( 2024010101 7200 900 1209600 300 ) ; apex\n");
            w.write("  IN NS ns1\nns1 IN A 192.0.2.1\n");
            int written = 3;
            int host = 0;
            while (written < records) {
                String owner = "host" + host++;
                switch (rnd.nextInt(6)) {
                    case 0 -> w.write(owner + " IN A 10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "\n");
                    case 1 -> w.write(owner + " 300 IN AAAA 2001:db8::" + Integer.toHexString(rnd.nextInt(65536)) + "\n");
                    case 2 -> w.write(owner + " IN MX 10 mail" + rnd.nextInt(100) + "\n");
                    case 3 -> w.write(owner + " IN TXT \"v=spf1 ip4:192.0.2." + rnd.nextInt(256) + " -all\" ; spf\n");
                    case 4 -> w.write(owner + " IN CNAME www" + rnd.nextInt(1000) + ".example.net.\n");
                    default -> w.write(owner + " 1h IN NS ( ns" + rnd.nextInt(4) + ".example.net. )\n");
                }
                written++;
                if (written < records && rnd.nextInt(4) == 0) {
                    w.write("    IN A 10.0.0." + rnd.nextInt(256) + "\n"); // omitted owner
                    written++;
                }
            }
        }
        return Files.size(file);
    }

    static long parse(Path file) throws IOException {
        Name apex = Name.of("example.com.");
        long n = 0;
        try (ZoneParser p = ZoneParser.open(file, ParseOptions.forZone(apex))) {
            Record r;
            while ((r = p.next()) != null) {
                n++;
            }
            if (p.hasErrors()) {
                throw new IllegalStateException(p.diagnostics().get(0).toString());
            }
        }
        return n;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks (an upper bound of the peak heap in use). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Bytes allocated so far by this thread (HotSpot's ThreadMXBean extension), or 0. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            return t.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}

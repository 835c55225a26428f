package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two load errors of BIND's zone database that depend on what a name already holds:
 * {@code CNAME and other data} (RFC 1034 §3.6.2, RFC 2181 §10.1) and {@code multiple RRs of
 * singleton type} (SOA, CNAME, DNAME hold one record).
 *
 * <p>BIND adds the RRsets of each batch (see {@link ZoneBuilder}) to the name when the batch
 * ends, most recently started RRset first, and rejects the RRset that brings the conflict,
 * reporting the batch's last line. This class replays that order for the rare name where a
 * conflict is possible, so the error names the same line and RRset as BIND does.
 */
final class LoadConflicts {

    /** Reports one error; the builder's own error path. */
    interface Reporter {
        void error(String file, int line, String code, String message);
    }

    /**
     * Types BIND accepts beside a CNAME (its ATCNAME attribute): the DNSSEC records that prove or
     * sign the CNAME itself (RFC 2535 §2.3.5, RFC 4035 §2.5, RFC 5155). NXT is not among them.
     */
    private static final Set<RrType> BESIDE_CNAME = Set.of(RrType.RRSIG, RrType.NSEC, RrType.NSEC3, RrType.SIG, RrType.KEY);

    private static final Set<RrType> SINGLETONS = Set.of(RrType.SOA, RrType.CNAME, RrType.DNAME);

    private final RecordColumns rows;
    private final Name[] batchOwner;
    private final int[] batchLastLine;
    private final String[] batchFile;
    private final Reporter reporter;

    /** The builder's records and batch tables (owner, last line, file). */
    LoadConflicts(RecordColumns rows, Name[] batchOwner, int[] batchLastLine, String[] batchFile, Reporter reporter) {
        this.rows = rows;
        this.batchOwner = batchOwner;
        this.batchLastLine = batchLastLine;
        this.batchFile = batchFile;
        this.reporter = reporter;
    }

    /** Cheap test on a name's final RRsets: can either conflict have happened while loading? */
    static boolean possible(RRset[] sets) {
        boolean cname = false;
        boolean other = false;
        for (RRset s : sets) {
            if (SINGLETONS.contains(s.type()) && s.size() > 1) {
                return true;
            }
            if (s.type().equals(RrType.CNAME)) {
                cname = true;
            } else if (!BESIDE_CNAME.contains(s.type())) {
                other = true;
            }
        }
        return cname && other;
    }

    /** One RRset's records from one batch. */
    private static final class Part {
        final int batch;
        final int firstIndex;
        final RrType type;
        final int typeOrder;
        final Set<ByteBuffer> canonical = new HashSet<>();

        Part(int batch, int firstIndex, RrType type, int typeOrder) {
            this.batch = batch;
            this.firstIndex = firstIndex;
            this.type = type;
            this.typeOrder = typeOrder;
        }
    }

    /** Replays the additions of the records {@code order[from..to)} (one name) and reports conflicts. */
    void check(int[] order, int from, int to) {
        Map<Long, Part> parts = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            int idx = order[i];
            RrType type = rows.type(idx);
            int batch = rows.batch(idx);
            int typeOrder = ZoneBuilder.typeOrder(type, rows.rdata(idx));
            long key = ((long) batch << 20) | typeOrder;
            Part p = parts.get(key);
            if (p == null) {
                p = new Part(batch, idx, type, typeOrder);
                parts.put(key, p);
            }
            p.canonical.add(ByteBuffer.wrap(RdataCodecs.canonical(type, rows.rdata(idx))));
        }
        List<Part> replay = new ArrayList<>(parts.values());
        // Batches in file order; inside a batch the RRset started last is added first.
        replay.sort(Comparator.<Part>comparingInt(p -> p.batch).thenComparing(p -> -p.firstIndex));

        Map<Integer, Set<ByteBuffer>> held = new HashMap<>();
        boolean holdsCname = false;
        boolean holdsOther = false;
        for (Part p : replay) {
            String owner = BindText.name(batchOwner[rows.batch(p.firstIndex)]);
            String file = batchFile[p.batch];
            int line = batchLastLine[p.batch];
            if (SINGLETONS.contains(p.type)) {
                Set<ByteBuffer> union = new HashSet<>(held.getOrDefault(p.typeOrder, Set.of()));
                union.addAll(p.canonical);
                if (union.size() > 1) {
                    reporter.error(file, line, "SINGLETON_TYPE", owner + ": multiple RRs of singleton type");
                    continue;
                }
            }
            boolean isCname = p.type.equals(RrType.CNAME);
            boolean isOther = !isCname && !BESIDE_CNAME.contains(p.type);
            if ((isCname && holdsOther) || (isOther && holdsCname)) {
                reporter.error(file, line, "CNAME_AND_OTHER", owner + ": CNAME and other data");
                continue;
            }
            held.computeIfAbsent(p.typeOrder, k -> new HashSet<>()).addAll(p.canonical);
            holdsCname |= isCname;
            holdsOther |= isOther;
        }
    }
}

package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a {@link Zone} from a stream of records, with the semantics of BIND's zone loader
 * (master.c and the zone database), so that the zone Signet loads is the zone BIND loads.
 *
 * <p>BIND reads a zone file in <em>batches</em>: consecutive records with the same owner, spelled
 * the same (case included), from the same file. Observed on BIND 9.18 and matched here:
 * <ul>
 *   <li>Within a batch, a record whose TTL differs from the first record of its RRset in that
 *       batch takes the first one's TTL, with the warning {@code TTL set to prior TTL (N)}.
 *   <li>Across batches the RRset takes the TTL of its last batch, silently.
 *   <li>Duplicates (equal canonical rdata, RFC 4034 §6.3) collapse: within a batch the last
 *       spelling is kept, across batches the one from the earliest batch.
 *   <li>An RRset's owner is spelled as in its first record; a name's RRsets share one
 *       {@link Name} object whenever they are spelled alike.
 *   <li>{@code CNAME and other data} and {@code multiple RRs of singleton type} (SOA, CNAME,
 *       DNAME) are errors reported at the last line of the batch that brings the conflict
 *       ({@link LoadConflicts}).
 * </ul>
 *
 * <p>Grouping costs one stable sort of the owner names (RFC 4034 §6.1 order; linear when the file
 * is already in canonical order, as a signed zone is) and two
 * stable counting-sort passes over record indices, so records keep their file order inside each
 * RRset without carrying a sequence number. Per record, only the record itself and two ints are
 * held until {@link #build()}.
 */
public final class ZoneBuilder {

    private final Name apex;
    private final RrClass rrClass;
    private final Consumer<Diagnostic> sink;

    // The records as columns, not Record objects: a record's owner is its batch's, its class the
    // zone's, so a loaded record costs its rdata and 12 bytes here (the parser's Record dies young).
    private RecordColumns rows = new RecordColumns();
    private int builtSize;

    // Batches: runs of records with the same owner spelling from the same file. Equal names of
    // different batches are merged in build(), by the sort (no hash map of a million names).
    private Name[] batchOwner = new Name[256];
    private int[] batchLastLine = new int[256];
    private String[] batchFile = new String[256];
    private int batchCount;
    // The first TTL of each RRset in the current batch (a batch has a handful of types).
    private int[] batchTypes = new int[8];
    private long[] batchTypeTtls = new long[8];
    private int batchTypeCount;
    /** Per batch, the canonical rank of its owner among the distinct names (set by build()). */
    private int[] batchRank;

    private boolean errors;
    private boolean built;

    ZoneBuilder(Name apex, RrClass rrClass, Consumer<Diagnostic> sink) {
        this.apex = Objects.requireNonNull(apex, "apex");
        this.rrClass = Objects.requireNonNull(rrClass, "rrClass");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Adds one record read at {@code file:line}.
     *
     * @throws IllegalArgumentException if the owner is not at or below the apex or the class is not
     *     the zone's (the parser drops such records, with BIND's messages, when
     *     {@link ParseOptions#zone()} and {@link ParseOptions#defaultClass()} are set)
     */
    public void add(Record record, String file, int line) {
        if (built) {
            throw new IllegalStateException("zone already built");
        }
        Name owner = record.owner();
        if (!owner.isSubdomainOf(apex)) {
            throw new IllegalArgumentException("record outside zone " + apex + ": " + owner);
        }
        RrType type = record.type();
        if (!record.rrClass().equals(rrClass)) {
            throw new IllegalArgumentException("record of class " + record.rrClass() + " in a zone of class " + rrClass);
        }
        if (type.equals(RrType.SOA) && !owner.equals(apex)) {
            error(file, line, "SOA_NOT_AT_APEX", "SOA record not at top of zone (" + BindText.name(owner) + ")");
            return;
        }
        if (type.equals(RrType.RRSIG) && record.rdata().length() < 2) {
            error(file, line, "BAD_RRSIG", "RRSIG rdata too short to name the type it covers");
            return;
        }
        if (batchCount == 0 || !batchOwner[batchCount - 1].equalsExact(owner)
                || !file.equals(batchFile[batchCount - 1])) {
            startBatch(owner, file);
        }
        int batch = batchCount - 1;
        batchLastLine[batch] = line;
        long ttl = batchTtl(typeOrder(type, record.rdata()), record.ttl());
        if (ttl != record.ttl()) {
            sink.accept(new Diagnostic(Diagnostic.Severity.WARNING, file, line, 0, "TTL_MISMATCH",
                    "TTL set to prior TTL (" + ttl + ")"));
        }
        rows.add(type, ttl, record.rdata(), batch);
    }

    private void startBatch(Name owner, String file) {
        if (batchCount == batchLastLine.length) {
            int n = batchCount * 2;
            batchLastLine = Arrays.copyOf(batchLastLine, n);
            batchFile = Arrays.copyOf(batchFile, n);
            batchOwner = Arrays.copyOf(batchOwner, n);
        }
        batchFile[batchCount] = file;
        batchOwner[batchCount] = owner;
        batchCount++;
        batchTypeCount = 0;
    }

    /** The TTL of the batch's first record of this type order, recording {@code ttl} if it is the first. */
    private long batchTtl(int typeOrder, long ttl) {
        for (int i = 0; i < batchTypeCount; i++) {
            if (batchTypes[i] == typeOrder) {
                return batchTypeTtls[i];
            }
        }
        if (batchTypeCount == batchTypes.length) {
            batchTypes = Arrays.copyOf(batchTypes, batchTypeCount * 2);
            batchTypeTtls = Arrays.copyOf(batchTypeTtls, batchTypeCount * 2);
        }
        batchTypes[batchTypeCount] = typeOrder;
        batchTypeTtls[batchTypeCount++] = ttl;
        return ttl;
    }

    private void error(String file, int line, String code, String message) {
        errors = true;
        sink.accept(new Diagnostic(Diagnostic.Severity.ERROR, file, line, 0, code, message));
    }

    /** True once an error was reported (the zone must then not be used). */
    public boolean hasErrors() {
        return errors;
    }

    /** Number of records added so far (duplicates included). */
    public int size() {
        return rows != null ? rows.size() : builtSize;
    }

    static int typeOrder(RrType type, Rdata rdata) {
        RrType covered = type.equals(RrType.RRSIG) ? RRset.typeCovered(rdata) : null;
        return ZoneNode.typeOrder(type, covered);
    }

    private int typeOrder(int record) {
        return typeOrder(rows.type(record), rows.rdata(record));
    }

    /**
     * Groups the records into RRsets and names, classifies the names, and reports load conflicts.
     * The builder cannot be used afterwards. Check {@link #hasErrors()} before trusting the zone.
     */
    public Zone build() {
        if (built) {
            throw new IllegalStateException("zone already built");
        }
        built = true;
        Name[] names = mergeEqualNames();
        int nameCount = names.length;
        int[] order = groupOrder(nameCount);

        Name[] nodeNames = new Name[nameCount];
        RRset[][] nodeSets = new RRset[nameCount][];
        int[] groupStarts = new int[17];
        int i = 0;
        int node = 0;
        int count = rows.size();
        while (i < count) {
            int id = batchRank[rows.batch(order[i])];
            int end = i;
            while (end < count && batchRank[rows.batch(order[end])] == id) {
                end++;
            }
            // Split the owner's records into RRsets (runs of equal type order).
            int groups = 0;
            for (int j = i; j < end; ) {
                int t = typeOrder(order[j]);
                if (groups + 1 == groupStarts.length) {
                    groupStarts = Arrays.copyOf(groupStarts, groups * 2);
                }
                groupStarts[groups++] = j;
                while (j < end && typeOrder(order[j]) == t) {
                    j++;
                }
            }
            groupStarts[groups] = end;
            Name nodeName = names[id];
            RRset[] sets = new RRset[groups];
            for (int g = 0; g < groups; g++) {
                sets[g] = makeRRset(order, groupStarts[g], groupStarts[g + 1], nodeName);
            }
            if (LoadConflicts.possible(sets)) {
                new LoadConflicts(rows, batchOwner, batchLastLine, batchFile, this::error)
                        .check(order, i, end);
            }
            nodeNames[node] = nodeName;
            nodeSets[node] = sets;
            node++;
            i = end;
        }
        // Release the per-record arrays before the classification allocates the nodes.
        builtSize = rows.size();
        rows = null;
        batchRank = null;
        return new Zone(apex, rrClass, ZoneClassifier.classify(apex, Arrays.copyOf(nodeNames, node), Arrays.copyOf(nodeSets, node)));
    }

    /**
     * Replaces run ids by the canonical rank of their owner name (RFC 4034 §6.1), equal names
     * sharing one rank and keeping the first spelling read: the one sort of the build.
     */
    private Name[] mergeEqualNames() {
        int[] sorted = OwnerSort.sort(batchOwner, batchCount);
        batchRank = new int[batchCount];
        Name[] distinct = new Name[batchCount];
        int ranks = 0;
        for (int k = 0; k < batchCount; k++) {
            int batch = sorted[k];
            if (ranks == 0 || batchOwner[batch].compareTo(distinct[ranks - 1]) != 0) {
                distinct[ranks++] = batchOwner[batch]; // the stable sort puts the earliest batch first
            }
            batchRank[batch] = ranks - 1;
        }
        return Arrays.copyOf(distinct, ranks);
    }

    /**
     * Record indices ordered by (owner rank, type order), file order kept within equal keys:
     * a least-significant-digit radix sort of two stable counting passes.
     */
    private int[] groupOrder(int nameCount) {
        int count = rows.size();
        int[] key = new int[count];
        int maxType = 0;
        for (int i = 0; i < count; i++) {
            key[i] = typeOrder(i);
            maxType = Math.max(maxType, key[i]);
        }
        // Pass 1: record indices by type order, file order kept within a type.
        int[] starts = new int[maxType + 2];
        for (int i = 0; i < count; i++) {
            starts[key[i] + 1]++;
        }
        for (int k = 0; k <= maxType; k++) {
            starts[k + 1] += starts[k];
        }
        int[] byType = new int[count];
        for (int i = 0; i < count; i++) {
            byType[starts[key[i]]++] = i;
        }
        // Pass 2: stably by owner rank. The type keys are spent, so their array takes the result
        // (two record-sized arrays in all: they are garbage as soon as the zone is built).
        int[] out = key;
        starts = new int[nameCount + 1];
        for (int idx : byType) {
            starts[batchRank[rows.batch(idx)] + 1]++;
        }
        for (int k = 0; k < nameCount; k++) {
            starts[k + 1] += starts[k];
        }
        for (int idx : byType) {
            out[starts[batchRank[rows.batch(idx)]]++] = idx;
        }
        return out;
    }

    /**
     * One RRset from the records {@code order[from..to)} (file order). The TTL is the last
     * batch's; duplicates resolve to the earliest batch's last spelling, which {@link RRset#of}
     * keeps when it is offered first.
     */
    private RRset makeRRset(int[] order, int from, int to, Name nodeName) {
        int first = order[from];
        long ttl = rows.ttl(order[to - 1]);
        Rdata[] set = new Rdata[to - from];
        int k = 0;
        int runStart = from;
        for (int j = from + 1; j <= to; j++) {
            if (j == to || rows.batch(order[j]) != rows.batch(order[runStart])) {
                for (int m = j - 1; m >= runStart; m--) {
                    set[k++] = rows.rdata(order[m]);
                }
                runStart = j;
            }
        }
        Name firstOwner = batchOwner[rows.batch(first)];
        Name owner = firstOwner.equalsExact(nodeName) ? nodeName : firstOwner;
        return RRset.of(owner, rows.type(first), rrClass, ttl, set);
    }
}

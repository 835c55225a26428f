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

    // One id per run of consecutive records with the same owner; equal names of different runs
    // are merged in build(), by the sort (no hash map of a million names and boxed ids).
    private Name[] names = new Name[256];
    private int nameCount;
    private Name lastOwner;

    private Record[] records = new Record[1024];
    private int[] nameIdOf = new int[1024];
    private int[] batchOf = new int[1024];
    private int count;

    private int[] batchLastLine = new int[256];
    private String[] batchFile = new String[256];
    private int batchCount;
    private Name batchOwner;
    // The first TTL of each RRset in the current batch (a batch has a handful of types).
    private int[] batchTypes = new int[8];
    private long[] batchTypeTtls = new long[8];
    private int batchTypeCount;

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
        if (batchOwner == null || !batchOwner.equalsExact(owner) || !file.equals(batchFile[batchCount - 1])) {
            startBatch(owner, file);
        }
        int batch = batchCount - 1;
        batchLastLine[batch] = line;
        long batchTtl = batchTtl(typeOrder(record), record.ttl());
        if (batchTtl != record.ttl()) {
            sink.accept(new Diagnostic(Diagnostic.Severity.WARNING, file, line, 0, "TTL_MISMATCH",
                    "TTL set to prior TTL (" + batchTtl + ")"));
            record = record.withTtl(batchTtl);
        }
        append(record, internName(owner), batch);
    }

    private void startBatch(Name owner, String file) {
        if (batchCount == batchLastLine.length) {
            batchLastLine = Arrays.copyOf(batchLastLine, batchCount * 2);
            batchFile = Arrays.copyOf(batchFile, batchCount * 2);
        }
        batchFile[batchCount] = file;
        batchCount++;
        batchOwner = owner;
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

    /** The id of the owner's run: a new one unless the previous record had an equal owner. */
    private int internName(Name owner) {
        if (owner == lastOwner || (lastOwner != null && owner.equals(lastOwner))) {
            return nameCount - 1;
        }
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount] = owner;
        lastOwner = owner;
        return nameCount++;
    }

    private void append(Record record, int nameId, int batch) {
        if (count == records.length) {
            int n = count * 2;
            records = Arrays.copyOf(records, n);
            nameIdOf = Arrays.copyOf(nameIdOf, n);
            batchOf = Arrays.copyOf(batchOf, n);
        }
        records[count] = record;
        nameIdOf[count] = nameId;
        batchOf[count] = batch;
        count++;
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
        return count;
    }

    static int typeOrder(Record r) {
        RrType covered = r.type().equals(RrType.RRSIG) ? RRset.typeCovered(r.rdata()) : null;
        return ZoneNode.typeOrder(r.type(), covered);
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
        mergeEqualNames();
        int[] order = groupOrder();

        Name[] nodeNames = new Name[nameCount];
        RRset[][] nodeSets = new RRset[nameCount][];
        int[] groupStarts = new int[17];
        int i = 0;
        int node = 0;
        while (i < count) {
            int id = nameIdOf[order[i]];
            int end = i;
            while (end < count && nameIdOf[order[end]] == id) {
                end++;
            }
            // Split the owner's records into RRsets (runs of equal type order).
            int groups = 0;
            for (int j = i; j < end; ) {
                int t = typeOrder(records[order[j]]);
                if (groups + 1 == groupStarts.length) {
                    groupStarts = Arrays.copyOf(groupStarts, groups * 2);
                }
                groupStarts[groups++] = j;
                while (j < end && typeOrder(records[order[j]]) == t) {
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
                new LoadConflicts(records, batchOf, batchLastLine, batchFile, this::error)
                        .check(order, i, end);
            }
            nodeNames[node] = nodeName;
            nodeSets[node] = sets;
            node++;
            i = end;
        }
        // Release the per-record arrays before the classification allocates the nodes.
        records = null;
        nameIdOf = null;
        batchOf = null;
        return new Zone(apex, rrClass, ZoneClassifier.classify(apex, Arrays.copyOf(nodeNames, node), Arrays.copyOf(nodeSets, node)));
    }

    /**
     * Replaces run ids by the canonical rank of their owner name (RFC 4034 §6.1), equal names
     * sharing one rank and keeping the first spelling read: the one sort of the build.
     */
    private void mergeEqualNames() {
        int[] sorted = OwnerSort.sort(names, nameCount);
        int[] rankOfId = new int[nameCount];
        Name[] distinct = new Name[nameCount];
        int ranks = 0;
        for (int k = 0; k < nameCount; k++) {
            int id = sorted[k];
            if (ranks == 0 || names[id].compareTo(distinct[ranks - 1]) != 0) {
                distinct[ranks++] = names[id]; // the stable sort puts the earliest run first
            }
            rankOfId[id] = ranks - 1;
        }
        for (int i = 0; i < count; i++) {
            nameIdOf[i] = rankOfId[nameIdOf[i]];
        }
        names = distinct;
        nameCount = ranks;
    }

    /**
     * Record indices ordered by (owner rank, type order), file order kept within equal keys:
     * a least-significant-digit radix sort of two stable counting passes.
     */
    private int[] groupOrder() {
        int[] identity = new int[count];
        int[] typeKey = new int[count];
        int maxType = 0;
        for (int i = 0; i < count; i++) {
            identity[i] = i;
            typeKey[i] = typeOrder(records[i]);
            maxType = Math.max(maxType, typeKey[i]);
        }
        int[] byType = countingSort(identity, typeKey, maxType + 1);
        // Reuse typeKey as the owner-rank key.
        for (int i = 0; i < count; i++) {
            typeKey[i] = nameIdOf[i];
        }
        return countingSort(byType, typeKey, nameCount);
    }

    /** Stable counting sort of {@code order} (record indices) by {@code key[index]} in [0, range). */
    private static int[] countingSort(int[] order, int[] key, int range) {
        int[] starts = new int[range + 1];
        for (int idx : order) {
            starts[key[idx] + 1]++;
        }
        for (int k = 0; k < range; k++) {
            starts[k + 1] += starts[k];
        }
        int[] out = new int[order.length];
        for (int idx : order) {
            out[starts[key[idx]]++] = idx;
        }
        return out;
    }

    /**
     * One RRset from the records {@code order[from..to)} (file order). The TTL is the last
     * batch's; duplicates resolve to the earliest batch's last spelling, which {@link RRset#of}
     * keeps when it is offered first.
     */
    private RRset makeRRset(int[] order, int from, int to, Name nodeName) {
        Record first = records[order[from]];
        long ttl = records[order[to - 1]].ttl();
        Rdata[] rdata = new Rdata[to - from];
        int k = 0;
        int runStart = from;
        for (int j = from + 1; j <= to; j++) {
            if (j == to || batchOf[order[j]] != batchOf[order[runStart]]) {
                for (int m = j - 1; m >= runStart; m--) {
                    rdata[k++] = records[order[m]].rdata();
                }
                runStart = j;
            }
        }
        Name owner = first.owner().equalsExact(nodeName) ? nodeName : first.owner();
        return RRset.of(owner, first.type(), first.rrClass(), ttl, rdata);
    }
}

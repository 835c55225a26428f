package dev.signet.core.sign;

import dev.signet.core.denial.ChainEntry;
import dev.signet.core.denial.DenialMode;
import dev.signet.core.denial.Nsec3Chain;
import dev.signet.core.denial.NsecChain;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rdata.TypeBitmap;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The zone as it will be signed: every name that keeps data, in canonical order, with its data
 * RRsets (old NSEC, NSEC3, NSEC3PARAM and RRSIG records stripped; TTLs capped by {@code -M};
 * the apex DNSKEY, CDS, CDNSKEY, NSEC3PARAM and SOA as this run makes them) and its new NSEC or
 * NSEC3 RRset; and the list of RRsets to sign, in that order, each with the signatures it had.
 *
 * <p>Nothing of the input {@link Zone} is changed; names left without data (a former chain's
 * records only) disappear, and empty non-terminals are not listed (a {@link Zone} built from the
 * result derives them again).
 */
final class SigningPlan {

    /** One output name: its RRsets in dump order and what it is to the zone. */
    static final class Node {
        final Name name;
        final ZoneNode.Kind kind;
        /** Replaced once, when the NSEC chain adds each name's NSEC RRset (no second Node). */
        RRset[] sets;

        Node(Name name, ZoneNode.Kind kind, RRset[] sets) {
            this.name = name;
            this.kind = kind;
            this.sets = sets;
        }
    }

    private static final Comparator<RRset> DUMP_ORDER =
            Comparator.comparingInt(s -> ZoneNode.typeOrder(s.type(), s.covered()));

    final List<Node> nodes = new ArrayList<>();
    /** The RRsets to sign, in output order. */
    RRset[] units;
    /** Each unit's existing signatures, or {@code null}. */
    RRset[] oldSignatures;
    /** Whether each unit is the apex DNSKEY, CDS or CDNSKEY RRset. */
    boolean[] keySetAtApex;

    private SigningPlan() {
    }

    /**
     * @param apexSets the apex DNSKEY, CDS, CDNSKEY after {@link ApexKeys} (any may be null)
     * @param denialTtl the NSEC/NSEC3 TTL
     */
    static SigningPlan build(Zone zone, ApexKeys.Result apexSets, DenialMode denial, SignOptions options,
            long denialTtl) {
        SigningPlan plan = new SigningPlan();
        List<Node> data = plan.dataNodes(zone, apexSets, denial, options);
        List<ChainEntry> entries = new ArrayList<>(data.size());
        int[] entryNode = new int[data.size()];
        Map<Long, TypeBitmap> sharedTypes = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            Node n = data.get(i);
            if (n.kind == ZoneNode.Kind.APEX || n.kind == ZoneNode.Kind.AUTHORITATIVE
                    || n.kind == ZoneNode.Kind.DELEGATION) {
                entryNode[entries.size()] = i;
                entries.add(new ChainEntry(n.name, n.kind, types(n.sets, sharedTypes)));
            }
        }
        RrClass rrClass = zone.rrClass();
        if (denial instanceof DenialMode.Nsec3 p) {
            List<RRset> chain = Nsec3Chain.build(entries, p, rrClass, denialTtl, options.threads());
            plan.merge(data, chain);
        } else {
            List<RRset> chain = NsecChain.build(entries, rrClass, denialTtl);
            for (int e = 0; e < chain.size(); e++) {
                Node n = data.get(entryNode[e]);
                n.sets = with(n.sets, chain.get(e));
            }
            plan.nodes.addAll(data);
        }
        plan.listUnits(zone);
        return plan;
    }

    /** The names that keep data, with their data RRsets prepared for signing. */
    private List<Node> dataNodes(Zone zone, ApexKeys.Result apexSets, DenialMode denial, SignOptions options) {
        List<Node> out = new ArrayList<>(zone.nodeCount());
        List<RRset> sets = new ArrayList<>();
        long maxTtl = options.maxTtl();
        for (int i = 0; i < zone.nodeCount(); i++) {
            ZoneNode node = zone.node(i);
            if (node.kind() == ZoneNode.Kind.EMPTY_NON_TERMINAL) {
                continue;
            }
            boolean apex = node.kind() == ZoneNode.Kind.APEX;
            sets.clear();
            for (RRset s : node.rrsets()) {
                RrType t = s.type();
                if (ChainEntry.isChainType(t) || (apex && (t.equals(RrType.NSEC3PARAM)
                        || (options.smartSigning() && KeyPolicy.isKeySetType(t))))) {
                    continue;
                }
                if (apex && t.equals(RrType.SOA) && options.soaSerial() >= 0) {
                    s = RRset.of(s.owner(), t, s.rrClass(), s.ttl(),
                            Soa.from(s.rdata(0)).withSerial(options.soaSerial()).toRdata());
                }
                sets.add(maxTtl >= 0 && s.ttl() > maxTtl ? s.withTtl(maxTtl) : s);
            }
            if (apex) {
                if (options.smartSigning()) {
                    addIfPresent(sets, apexSets.dnskey());
                    addIfPresent(sets, apexSets.cds());
                    addIfPresent(sets, apexSets.cdnskey());
                }
                if (denial instanceof DenialMode.Nsec3 p) {
                    sets.add(p.nsec3paramRRset(zone.apex(), zone.rrClass()));
                }
            }
            if (sets.isEmpty()) {
                continue; // only an old chain's records were here
            }
            if ((apex || node.kind() == ZoneNode.Kind.AUTHORITATIVE) && node.has(RrType.DS)) {
                throw new TextException("DS_WITHOUT_NS", "'" + node.name() + "': found DS RRset without NS RRset");
            }
            RRset[] arr = sets.toArray(new RRset[0]);
            Arrays.sort(arr, DUMP_ORDER);
            out.add(new Node(node.name(), node.kind(), arr));
        }
        return out;
    }

    /** Merges the NSEC3 owners into the names (both in canonical order); a name may be both. */
    private void merge(List<Node> data, List<RRset> chain) {
        int i = 0;
        int j = 0;
        while (i < data.size() || j < chain.size()) {
            int c = i == data.size() ? 1 : j == chain.size() ? -1 : data.get(i).name.compareTo(chain.get(j).owner());
            if (c < 0) {
                nodes.add(data.get(i++));
            } else if (c > 0) {
                RRset s = chain.get(j++);
                nodes.add(new Node(s.owner(), ZoneNode.Kind.AUTHORITATIVE, new RRset[] {s}));
            } else {
                Node n = data.get(i++);
                nodes.add(new Node(n.name, n.kind, with(n.sets, chain.get(j++))));
            }
        }
    }

    /** Every RRset to sign, with its old signatures from the input zone. */
    private void listUnits(Zone zone) {
        List<RRset> u = new ArrayList<>(nodes.size() * 3);
        List<RRset> old = new ArrayList<>(nodes.size() * 3);
        List<Boolean> keySet = new ArrayList<>(nodes.size() * 3);
        int next = 0; // walks the input zone alongside (both in canonical order): no lookups
        for (Node n : nodes) {
            while (next < zone.nodeCount() && zone.node(next).name().compareTo(n.name) < 0) {
                next++;
            }
            ZoneNode source = next < zone.nodeCount() && zone.node(next).name().equals(n.name) ? zone.node(next) : null;
            for (RRset s : n.sets) {
                if (!signable(n.kind, s.type())) {
                    continue;
                }
                u.add(s);
                old.add(source == null ? null : source.signatures(s.type()));
                keySet.add(n.kind == ZoneNode.Kind.APEX && KeyPolicy.isKeySetType(s.type()));
            }
        }
        units = u.toArray(new RRset[0]);
        oldSignatures = old.toArray(new RRset[0]);
        keySetAtApex = new boolean[units.length];
        for (int k = 0; k < units.length; k++) {
            keySetAtApex[k] = keySet.get(k);
        }
    }

    /**
     * RFC 4035 §2.2: everything authoritative is signed; at a delegation only DS and the chain's
     * record; glue and data below a zone cut or DNAME never.
     */
    static boolean signable(ZoneNode.Kind kind, RrType type) {
        if (type.equals(RrType.NSEC) || type.equals(RrType.NSEC3)) {
            return true;
        }
        return switch (kind) {
            case APEX, AUTHORITATIVE -> true;
            case DELEGATION -> type.equals(RrType.DS);
            case OCCLUDED, EMPTY_NON_TERMINAL -> false;
        };
    }

    /**
     * The types of a name's RRsets. A zone has few distinct sets of types (a million names share
     * a few dozen), so sets of types below 64 are made once and shared: the chain entries live
     * until the chain is built, and a bitmap per name would only be garbage in the old generation.
     */
    private static TypeBitmap types(RRset[] sets, Map<Long, TypeBitmap> shared) {
        long mask = 0;
        boolean small = true;
        RrType[] t = new RrType[sets.length];
        for (int i = 0; i < sets.length; i++) {
            t[i] = sets[i].type();
            int code = t[i].code();
            if (code < 64) {
                mask |= 1L << code;
            } else {
                small = false;
            }
        }
        if (!small) {
            return TypeBitmap.of(t);
        }
        return shared.computeIfAbsent(mask, m -> TypeBitmap.of(t));
    }

    private static RRset[] with(RRset[] sets, RRset extra) {
        RRset[] out = Arrays.copyOf(sets, sets.length + 1);
        out[sets.length] = extra;
        Arrays.sort(out, DUMP_ORDER);
        return out;
    }

    private static void addIfPresent(List<RRset> sets, RRset s) {
        if (s != null) {
            sets.add(s);
        }
    }
}

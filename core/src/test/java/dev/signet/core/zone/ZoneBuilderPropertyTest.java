package dev.signet.core.zone;

import dev.signet.core.name.Name;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rdata.RdataCodecs;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random zones (seeded) against a naive model: a TreeMap keyed by name and a set of canonical
 * rdata per (name, type). Names mix case and depth so that canonical order, case-insensitive
 * grouping and empty non-terminals are all exercised; each RRset has one TTL so the model needs
 * no batch rules.
 */
class ZoneBuilderPropertyTest {

    private static final String[] LABELS = {"a", "B", "c", "*", "zz", "Ab", "x-1", "\\000", "\\200"};
    private static final RrType[] TYPES = {RrType.A, RrType.TXT, RrType.MX};

    @Test
    void groupingAndOrderMatchANaiveModel() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            Name apex = Name.of("example.");
            List<Record> records = new ArrayList<>();
            Map<String, Long> ttlOfSet = new HashMap<>();
            int n = 50 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                StringBuilder owner = new StringBuilder();
                int depth = random.nextInt(4);
                for (int d = 0; d < depth; d++) {
                    owner.append(LABELS[random.nextInt(LABELS.length)]).append('.');
                }
                Name name = Name.parse(owner + "example.", null);
                RrType type = TYPES[random.nextInt(TYPES.length)];
                String key = name.toLowerCase() + "/" + type;
                long ttl = ttlOfSet.computeIfAbsent(key, k -> (long) random.nextInt(10000));
                records.add(new Record(name, type, RrClass.IN, ttl, randomRdata(random, type)));
            }
            Collections.shuffle(records, random);

            List<Diagnostic> diags = new ArrayList<>();
            ZoneBuilder b = Zone.builder(apex, RrClass.IN, diags::add);
            for (int i = 0; i < records.size(); i++) {
                b.add(records.get(i), "random", i + 1);
            }
            Zone zone = b.build();
            assertTrue(diags.isEmpty(), "seed " + seed + ": " + diags);

            TreeMap<Name, Map<RrType, Set<ByteBuffer>>> model = new TreeMap<>();
            for (Record r : records) {
                model.computeIfAbsent(r.owner(), k -> new HashMap<>())
                        .computeIfAbsent(r.type(), k -> new HashSet<>())
                        .add(ByteBuffer.wrap(RdataCodecs.canonical(r.type(), r.rdata())));
            }
            List<Name> dataNames = new ArrayList<>();
            for (ZoneNode node : zone.nodes()) {
                if (!node.isEmpty()) {
                    dataNames.add(node.name());
                }
            }
            assertEquals(new ArrayList<>(model.keySet()), dataNames, "seed " + seed);
            ZoneClassificationTest.assertNodesInCanonicalOrder(zone);
            for (Map.Entry<Name, Map<RrType, Set<ByteBuffer>>> e : model.entrySet()) {
                ZoneNode node = zone.node(e.getKey());
                assertNotNull(node);
                assertEquals(e.getValue().size(), node.rrsetCount());
                for (Map.Entry<RrType, Set<ByteBuffer>> t : e.getValue().entrySet()) {
                    RRset set = node.rrset(t.getKey());
                    assertEquals(t.getValue().size(), set.size(), "seed " + seed + " " + e.getKey() + " " + t.getKey());
                    for (int i = 1; i < set.size(); i++) {
                        assertTrue(RdataCodecs.compareCanonical(set.type(), set.rdata(i - 1), set.rdata(i)) < 0);
                    }
                    assertEquals(ttlOfSet.get(e.getKey().toLowerCase() + "/" + t.getKey()), set.ttl());
                }
                // Every ancestor up to the apex is a node: with data, or an empty non-terminal.
                for (Name p = e.getKey(); !p.equals(apex); p = p.parent()) {
                    assertNotNull(zone.node(p), "seed " + seed + ": missing ancestor " + p);
                }
            }
            for (ZoneNode node : zone.nodes()) {
                if (node.isEmpty()) {
                    assertEquals(ZoneNode.Kind.EMPTY_NON_TERMINAL, node.kind());
                    assertTrue(model.keySet().stream().anyMatch(d -> d.isSubdomainOf(node.name())));
                }
            }
        }
    }

    private static Rdata randomRdata(Random random, RrType type) {
        if (type.equals(RrType.A)) {
            return Rdata.ofOwned(new byte[] {10, 0, 0, (byte) random.nextInt(4)});
        }
        if (type.equals(RrType.TXT)) {
            return Rdata.ofOwned(new byte[] {1, (byte) ("aAbB".charAt(random.nextInt(4)))});
        }
        // MX: preference, then a name whose case varies (canonical form lower-cases it).
        String host = random.nextBoolean() ? "MX" : "mx";
        byte[] name = Name.of(host + random.nextInt(2) + ".example.").toWire();
        byte[] out = new byte[2 + name.length];
        out[1] = (byte) random.nextInt(2);
        System.arraycopy(name, 0, out, 2, name.length);
        return Rdata.ofOwned(out);
    }
}

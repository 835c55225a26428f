package dev.signet.core.rdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.name.Name;
import dev.signet.core.rr.RrType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random rdata of every type, given to BIND in the RFC 3597 {@code \#} form: BIND must accept
 * every one (so our validate() is no more lenient than BIND's wire checks for what we generate)
 * and print exactly what our format() prints.
 */
class BindRandomInteropTest {

    private static final int PER_TYPE = 200;

    @Test
    void bindPrintsRandomRdataExactlyAsWeDo(@TempDir Path dir) throws Exception {
        StringBuilder zone = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n")
                .append("@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n");
        Map<String, String> expected = new HashMap<>();
        Map<String, RrType> types = new HashMap<>();
        Random owners = new Random(42);
        for (RrType type : RandomRdata.TYPES) {
            if (type.equals(RrType.MD) || type.equals(RrType.MF) || type.equals(RrType.SOA)) {
                continue; // BIND refuses MD/MF ("obsolete") and SOA below the apex
            }
            RandomRdata gen = new RandomRdata(0xB1D0_0000L + type.code(), false);
            for (int i = 0; i < PER_TYPE; i++) {
                byte[] wire = gen.generate(type);
                if (type.equals(RrType.RRSIG)) {
                    keepTimesBefore2089(wire);
                }
                // NSEC3 owners must be a base32hex label (BIND checks); others just need to be distinct.
                String owner = type.equals(RrType.NSEC3)
                        ? Base32Hex.encode(randomBytes(owners, 20)).toLowerCase() + ".example.com."
                        : "r" + i + "." + type.mnemonic().toLowerCase() + ".example.com.";
                zone.append(owner).append(' ').append(type).append(' ').append(Rdata.of(wire)).append('\n');
                expected.put(Name.of(owner).toString().toLowerCase(), RdataCodecs.format(type, Rdata.of(wire)));
                types.put(Name.of(owner).toString().toLowerCase(), type);
            }
        }
        Path file = dir.resolve("random.db");
        Files.writeString(file, zone);
        NamedCompilezone.Result result = NamedCompilezone.run(file, "example.com", "-k", "ignore");
        String out = result.stdout();
        String err = result.stderr();
        assertEquals(0, result.exitCode(), "BIND rejected generated rdata:\n" + err + offendingLines(err, zone));

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String line : out.split("\n")) {
            if (line.isBlank() || line.startsWith(";")) {
                continue;
            }
            String[] f = line.split("[ \t]+", 5);
            String owner = f[0].toLowerCase();
            if (!expected.containsKey(owner)) {
                continue;
            }
            compared++;
            String ours = expected.get(owner);
            if (!ours.equals(f.length > 4 ? f[4] : "")) {
                mismatches.add(types.get(owner) + "\n  BIND: " + f[4] + "\n  ours: " + ours);
            }
        }
        assertEquals(expected.size(), compared, "BIND printed a different number of generated records");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " differ:\n" + String.join("\n", mismatches));
    }

    /**
     * Random rdata with one bit flipped or cut short: BIND and our validate() must agree on
     * which are well formed.
     */
    @Test
    void bindAndValidateAgreeOnDamagedRdata(@TempDir Path dir) throws Exception {
        StringBuilder zone = new StringBuilder("$ORIGIN example.com.\n$TTL 3600\n")
                .append("@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n");
        int header = 5;
        List<String> descriptions = new ArrayList<>();
        List<Boolean> oursAccepts = new ArrayList<>();
        Random r = new Random(7);
        Random owners = new Random(43);
        for (RrType type : RandomRdata.TYPES) {
            if (type.equals(RrType.MD) || type.equals(RrType.MF) || type.equals(RrType.SOA)) {
                continue;
            }
            RandomRdata gen = new RandomRdata(0xDA3A_0000L + type.code(), false);
            for (int i = 0; i < PER_TYPE; i++) {
                byte[] wire = gen.generate(type);
                if (type.equals(RrType.RRSIG)) {
                    keepTimesBefore2089(wire);
                }
                if (r.nextBoolean() && wire.length > 0) {
                    wire[r.nextInt(wire.length)] ^= (byte) (1 << r.nextInt(8));
                } else {
                    wire = java.util.Arrays.copyOf(wire, r.nextInt(wire.length + 1));
                }
                boolean accepted;
                try {
                    RdataCodecs.codec(type).validate(wire);
                    accepted = true;
                } catch (dev.signet.core.text.TextException e) {
                    accepted = false;
                }
                String owner = type.equals(RrType.NSEC3)
                        ? Base32Hex.encode(randomBytes(owners, 20)).toLowerCase() + ".example.com."
                        : "d" + i + "." + type.mnemonic().toLowerCase() + ".example.com.";
                String line = owner + " " + type + " " + Rdata.of(wire);
                zone.append(line).append('\n');
                descriptions.add(line);
                oursAccepts.add(accepted);
            }
        }
        Path file = dir.resolve("random.db");
        Files.writeString(file, zone);
        String err = NamedCompilezone.run(file, "example.com", "-k", "ignore").stderr();
        java.util.Set<Integer> bindRejects = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("dns_rdata_fromtext: \\S*random\\.db:(\\d+):")
                .matcher(err);
        while (m.find()) {
            bindRejects.add(Integer.parseInt(m.group(1)) - header - 1);
        }
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < descriptions.size(); i++) {
            boolean bindAccepts = !bindRejects.contains(i);
            if (bindAccepts != oursAccepts.get(i)) {
                disagreements.add((bindAccepts ? "BIND accepts, we reject: " : "BIND rejects, we accept: ")
                        + descriptions.get(i));
            }
        }
        assertTrue(bindRejects.size() > descriptions.size() / 10, "too few rejections to be a test: " + err);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements:\n"
                + String.join("\n", disagreements));
    }

    /** The zone lines BIND's error messages point at ({@code file:LINE: ...}). */
    private static String offendingLines(String err, CharSequence zone) {
        String[] lines = zone.toString().split("\n");
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("random\\.db:(\\d+): (near|.*FORMERR)").matcher(err);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            sb.append("line ").append(n).append(": ").append(lines[n - 1]).append('\n');
        }
        return sb.toString();
    }

    /**
     * BIND prints RRSIG times relative to its clock (within ±68 years of now); we print the
     * absolute 1970–2106 reading. Both agree for times before about 2094, so keep to those.
     */
    private static void keepTimesBefore2089(byte[] rrsig) {
        for (int off : new int[] {8, 12}) {
            rrsig[off] &= (byte) 0xDF;
        }
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}

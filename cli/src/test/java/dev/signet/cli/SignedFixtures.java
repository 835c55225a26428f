package dev.signet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Zones signed by BIND's dnssec-signzone for the corruption suite: keys made by dnssec-keygen in a
 * temporary directory, one unsigned zone (apex, in-zone name servers, a wildcard, empty
 * non-terminals, a secure and two insecure delegations with and without glue), signed with NSEC or
 * NSEC3 and one or two algorithms — plus variants signed with the same keys that give single
 * faults their signatures: expired, not yet valid, glue signed (the zone without its delegation),
 * other NSEC3 parameters.
 */
final class SignedFixtures {

    static final String ORIGIN = "example.test";
    static final String APEX = ORIGIN + ".";

    private static final String UNSIGNED = String.join("\n",
            "$TTL 3600",
            "@\tIN SOA ns1 hostmaster 2024010101 3600 900 1209600 300",
            "@\tNS ns1",
            "@\tNS ns2",
            "@\tMX 10 mail",
            "ns1\tA 192.0.2.1",
            "ns2\tA 192.0.2.2",
            "ns2\tAAAA 2001:db8::2",
            "mail\tA 192.0.2.3",
            "www\tA 192.0.2.4",
            "www\tTXT \"hello\"",
            "*.wild\tTXT \"wildcard\"",
            "a.b.c\tTXT \"ent\"",
            "secure\tNS ns.secure",
            "secure\tDS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
            "ns.secure\tA 192.0.2.5",
            "insecure\tNS ns.insecure",
            "ns.insecure\tA 192.0.2.6",
            "d.e.optout\tNS ns1.example.net.",
            "");

    /** How one base zone is signed. */
    record Config(String name, int[] algorithms, String nsec3Salt, int iterations, boolean optOut) {
        boolean nsec3() {
            return nsec3Salt != null;
        }
    }

    static final List<Config> CONFIGS = List.of(
            new Config("13-nsec", new int[] {13}, null, 0, false),
            new Config("13-nsec3", new int[] {13}, "-", 0, false),
            new Config("8-nsec", new int[] {8}, null, 0, false),
            new Config("8-nsec3-optout", new int[] {8}, "AABBCCDD", 2, true),
            new Config("15-nsec", new int[] {15}, null, 0, false),
            new Config("15-nsec3-optout", new int[] {15}, "-", 0, true),
            new Config("13+15-nsec", new int[] {13, 15}, null, 0, false),
            new Config("8+13-nsec3", new int[] {8, 13}, "-", 0, false));

    /** A signed base zone and its variants, all signed with the same keys. */
    record Signed(Config config, ZoneLines zone, ZoneLines expired, ZoneLines future, ZoneLines flat,
                  ZoneLines otherParams, Set<Integer> kskTags) {
    }

    private final Path dir;
    private final String inception;
    private final String expiration;

    SignedFixtures(Path dir) {
        this.dir = dir;
        long now = Instant.now().getEpochSecond();
        this.inception = stamp(now - 3600);
        this.expiration = stamp(now + 30L * 86400);
    }

    private static String stamp(long epoch) {
        return DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(epoch));
    }

    Signed sign(Config c) throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve(c.name()));
        List<String> keys = new ArrayList<>();
        Set<Integer> kskTags = new HashSet<>();
        StringBuilder dnskeys = new StringBuilder();
        for (int alg : c.algorithms()) {
            for (boolean ksk : new boolean[] {true, false}) {
                List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-K", work.toString(), "-a",
                        Integer.toString(alg)));
                if (alg == 8) {
                    cmd.addAll(List.of("-b", "1024"));
                }
                if (ksk) {
                    cmd.addAll(List.of("-f", "KSK"));
                }
                cmd.add(ORIGIN);
                Peers.Result r = Peers.run(work, work, cmd.toArray(new String[0]));
                if (r.code() != 0) {
                    throw new IllegalStateException("dnssec-keygen failed: " + r);
                }
                String base = r.out().trim();
                keys.add(work.resolve(base).toString());
                if (ksk) {
                    kskTags.add(Integer.parseInt(base.substring(base.length() - 5)));
                }
                dnskeys.append(Files.readString(work.resolve(base + ".key"), StandardCharsets.ISO_8859_1));
            }
        }
        Path unsigned = work.resolve("db");
        Files.writeString(unsigned, UNSIGNED + dnskeys, StandardCharsets.ISO_8859_1);
        Path flatUnsigned = work.resolve("db.flat");
        Files.writeString(flatUnsigned, UNSIGNED.replace("insecure\tNS ns.insecure\n", "") + dnskeys,
                StandardCharsets.ISO_8859_1);
        long now = Instant.now().getEpochSecond();
        ZoneLines zone = signzone(work, unsigned, "zone", c.nsec3Salt(), c.iterations(), c.optOut(), inception, expiration, keys);
        ZoneLines expired = signzone(work, unsigned, "expired", c.nsec3Salt(), c.iterations(), c.optOut(),
                stamp(now - 60L * 86400), stamp(now - 30L * 86400), keys);
        ZoneLines future = signzone(work, unsigned, "future", c.nsec3Salt(), c.iterations(), c.optOut(),
                stamp(now + 10L * 86400), stamp(now + 40L * 86400), keys);
        ZoneLines flat = signzone(work, flatUnsigned, "flat", c.nsec3Salt(), c.iterations(), c.optOut(), inception, expiration, keys);
        ZoneLines other = signzone(work, unsigned, "other", "BEEF", c.iterations() + 1, false, inception, expiration, keys);
        return new Signed(c, zone.sorted(kskTags), expired.sorted(kskTags), future.sorted(kskTags), flat.sorted(kskTags),
                other.sorted(kskTags), kskTags);
    }

    private ZoneLines signzone(Path work, Path unsigned, String out, String salt, int iterations, boolean optOut,
                               String start, String end, List<String> keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("dnssec-signzone", "-P", "-O", "full", "-K", work.toString(),
                "-o", ORIGIN, "-s", start, "-e", end, "-f", work.resolve(out).toString()));
        if (salt != null) {
            cmd.addAll(List.of("-3", salt, "-H", Integer.toString(iterations)));
            if (optOut) {
                cmd.add("-A");
            }
        }
        cmd.add(unsigned.toString());
        cmd.addAll(keys);
        Peers.Result r = Peers.run(work, work, cmd.toArray(new String[0]));
        if (r.code() != 0) {
            throw new IllegalStateException("dnssec-signzone failed: " + r);
        }
        return ZoneLines.read(work.resolve(out));
    }
}

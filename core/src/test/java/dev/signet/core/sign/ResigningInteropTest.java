package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.denial.DenialRequest;
import dev.signet.core.key.FileKeySource;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.testutil.Peers;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.zone.Zone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Re-signing a zone dnssec-signzone signed, by BIND and by Signet from the same input, with the
 * same keys and times: which signatures stay, which are replaced, and which are dropped must be
 * the same (compared record for record; Ed25519 signatures are deterministic).
 */
class ResigningInteropTest {

    static final String ZONE = "example.test";

    /**
     * @param scenario what changes between the first and the second run
     * @param denial NSEC or NSEC3
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "nothing-due, NSEC", "nothing-due, NSEC3",
        "cycle-covers-all, NSEC", "cycle-covers-all, NSEC3",
        "changed-record, NSEC", "changed-record, NSEC3",
        "added-name, NSEC", "added-name, NSEC3",
        "ttl-changed, NSEC",
        "zsk-inactive, NSEC", "zsk-inactive-Q, NSEC",
        "zsk-deleted, NSEC3", "zsk-deleted-R, NSEC3",
        "x-after-no-x, NSEC"})
    void sameResultAsDnssecSignzone(String scenario, String denial, @TempDir Path dir) throws Exception {
        Peers.require("dnssec-signzone");
        List<List<String>> keygen = List.of(
                List.of("-f", "KSK", "-P", "now-10d", "-A", "now-10d"),
                List.of("-P", "now-10d", "-A", "now-10d"),
                List.of("-P", "now-10d", "-A", "now-10d"));
        List<String> bases = new ArrayList<>();
        for (List<String> args : keygen) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", "ED25519"));
            cmd.addAll(args);
            cmd.add(ZONE);
            bases.add(Peers.check(dir, cmd).out().strip());
        }
        Files.copy(dev.signet.core.testutil.TestData.path("zones/sign-features.db"), dir.resolve("db"));
        long now = Instant.now().getEpochSecond();
        String s1 = SignerGoldenInteropTest.stamp(now - 86_400);
        String e1 = SignerGoldenInteropTest.stamp(now + 20 * 86_400);
        List<String> nsec3 = denial.equals("NSEC3") ? List.of("-3", "ab12", "-H", "2") : List.of();

        List<String> first = new ArrayList<>(List.of("dnssec-signzone", "-S", "-K", ".", "-o", ZONE, "-s", s1,
                "-e", e1, "-O", "full", "-f", "signed.db"));
        first.addAll(nsec3);
        first.add("db");
        Peers.check(dir, first);

        // The change between the runs.
        List<String> extra = new ArrayList<>();
        Path signed = dir.resolve("signed.db");
        switch (scenario) {
            case "cycle-covers-all" -> extra.addAll(List.of("-i", Long.toString(40 * 86_400)));
            case "changed-record" -> replace(signed, "192.0.2.25", "192.0.2.26");
            case "added-name" -> Files.writeString(signed, Files.readString(signed)
                    + "new.example.test. 3600 IN A 192.0.2.200\n");
            case "ttl-changed" -> {
                String text = Files.readString(signed);
                String changed = text.replaceAll("(?m)^(www\\.example\\.test\\.\\s+)300( IN A\\s)", "$1600$2");
                assertTrue(!changed.equals(text), "the www A record is in the signed zone");
                Files.writeString(signed, changed);
            }
            case "zsk-inactive", "zsk-inactive-Q" -> {
                Peers.check(dir, List.of("dnssec-settime", "-I", "now-1h", bases.get(1)));
                if (scenario.endsWith("-Q")) {
                    extra.add("-Q");
                }
            }
            case "zsk-deleted", "zsk-deleted-R" -> {
                Peers.check(dir, List.of("dnssec-settime", "-I", "now-2h", "-D", "now-1h", bases.get(1)));
                if (scenario.endsWith("-R")) {
                    extra.add("-R");
                }
            }
            case "x-after-no-x" -> extra.addAll(List.of("-x", "-i", Long.toString(40 * 86_400)));
            default -> { }
        }

        String s2 = SignerGoldenInteropTest.stamp(now - 3_600);
        String e2 = SignerGoldenInteropTest.stamp(now + 30 * 86_400);
        List<String> second = new ArrayList<>(List.of("dnssec-signzone", "-t", "-S", "-K", ".", "-o", ZONE, "-s", s2,
                "-e", e2, "-O", "full", "-f", "bind2.db"));
        second.addAll(extra);
        second.addAll(nsec3);
        second.add("signed.db");
        Peers.Result bind = Peers.check(dir, second);

        List<SigningKey> keys = new ArrayList<>();
        FileKeySource source = new FileKeySource();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".private")).sorted().toList()) {
                ZoneKey k = KeyFiles.read(p);
                keys.add(SigningKey.timed(k, source.signer(k.privateKey(), k.dnskey()), false, now));
            }
        }
        SignOptions.Builder options = SignOptions.builder(now - 3_600, now + 30 * 86_400).smartSigning(true)
                .threads(2).dropInactive(extra.contains("-Q")).dropUnpublished(extra.contains("-R"))
                .kskOnlyDnskey(extra.contains("-x"));
        if (extra.contains("-i")) {
            options.cycle(40 * 86_400);
        }
        if (denial.equals("NSEC3")) {
            options.denial(DenialRequest.nsec3(HexFormat.of().parseHex("ab12"), 2, false));
        }
        Zone input = TestZones.load(signed, ZONE + ".");
        SignResult ours = ZoneSigner.sign(input, keys, options.build(), now);

        TreeSet<String> expected = CanonicalRecords.of(TestZones.load(dir.resolve("bind2.db"), ZONE + "."));
        TreeSet<String> actual = CanonicalRecords.of(ours.rrsets());
        assertTrue(expected.equals(actual), scenario + "\n" + CanonicalRecords.diff(expected, actual));

        SignStatistics st = ours.statistics();
        // dnssec-signzone -t counts the same signatures.
        assertEquals(bindCount(bind, "generated"), st.generated(), bind.out());
        assertEquals(bindCount(bind, "retained"), st.retained(), bind.out());
        assertEquals(bindCount(bind, "dropped"), st.dropped(), bind.out());
        switch (scenario) {
            case "nothing-due", "zsk-inactive" -> assertEquals(0, st.generated(), st.toString());
            case "cycle-covers-all", "x-after-no-x" -> {
                assertEquals(0, st.retained(), st.toString());
                assertEquals(st.dropped(), st.generated(), st.toString());
            }
            // The A RRset alone (its NSEC/NSEC3 bitmap is unchanged), by each of the two ZSKs.
            case "changed-record", "ttl-changed" -> assertEquals(2, st.generated(), st.toString());
            // The new A RRset, its NSEC and the predecessor's (NSEC3: its own and its predecessor's).
            case "added-name" -> assertEquals(3 * 2, st.generated(), st.toString());
            default -> { }
        }
    }

    private static long bindCount(Peers.Result bind, String what) {
        for (String line : bind.out().split("\n")) {
            if (line.startsWith("Signatures " + what + ":")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        throw new AssertionError("no '" + what + "' count in\n" + bind.out());
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }
}

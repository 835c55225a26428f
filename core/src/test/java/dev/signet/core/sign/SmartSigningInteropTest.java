package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.key.FileKeySource;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.testutil.Peers;
import dev.signet.core.testutil.TestData;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.zone.Zone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smart signing against {@code dnssec-signzone -S}: keys with every kind of timing metadata
 * (published only, active, inactive, deleted, revoked, future, no dates, sync publish and sync
 * delete) in a key directory; BIND and Signet must publish the same DNSKEY, CDS and CDNSKEY
 * records, sign with the same keys, and report the same fetched and removed keys.
 */
class SmartSigningInteropTest {

    static final String ZONE = "example.test";

    /** dnssec-keygen arguments of each key (Ed25519, so signatures are comparable). */
    static final List<List<String>> KEYS = List.of(
            List.of("-f", "KSK", "-P", "now-1d", "-A", "now-1d", "-P", "sync", "now-1d"),
            List.of("-P", "now-1d", "-A", "now-1d"),
            List.of("-P", "now-1d", "-A", "now+10d"),                           // published, not yet active
            List.of("-P", "now-10d", "-A", "now-10d", "-I", "now-1d"),          // inactive
            List.of("-P", "now-10d", "-A", "now-10d", "-I", "now-5d", "-D", "now-1d"), // deleted
            List.of("-f", "KSK", "-P", "now-10d", "-A", "now-10d", "-R", "now-1d"),    // revoked
            List.of("-f", "KSK", "-P", "now-10d", "-A", "now-10d", "-P", "sync", "now-5d", "-D", "sync", "now-1d"),
            List.of("-P", "now+5d", "-A", "now+10d"),                           // future
            List.of("-P", "none", "-A", "now-1d"),                              // active, no publish date
            List.of("-P", "none", "-A", "now+5d"),
            List.of("-G"),                                                      // no dates at all
            List.of("-P", "now-1d", "-A", "none"),
            List.of("-P", "now+1d", "-A", "now-1d"),                            // signs unpublished
            List.of("-P", "none", "-A", "now-10d", "-I", "now-1d"),
            List.of("-P", "now-10d", "-A", "now-10d", "-P", "sync", "now-1d")); // a ZSK with CDS

    @Test
    void sameKeysRecordsAndMessagesAsDnssecSignzoneS(@TempDir Path dir) throws Exception {
        Peers.require("dnssec-signzone");
        for (List<String> args : KEYS) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", "ED25519"));
            cmd.addAll(args);
            cmd.add(ZONE);
            Peers.check(dir, cmd);
        }
        // The zone already publishes the soon-deleted and soon-revoked keys (BIND removes them).
        StringBuilder text = new StringBuilder(Files.readString(TestData.path("zones/sign-features.db")));
        List<ZoneKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".private")).sorted().toList()) {
                keys.add(KeyFiles.read(p));
            }
        }
        assertEquals(KEYS.size(), keys.size());
        for (ZoneKey k : keys) {
            if (k.metadata().time(dev.signet.core.key.KeyTime.DELETE).isPresent()
                    || k.metadata().time(dev.signet.core.key.KeyTime.REVOKE).isPresent()) {
                text.append(k.dnskeyRecord(3600)).append('\n');
            }
        }
        Files.writeString(dir.resolve("db"), text);

        long now = Instant.now().getEpochSecond();
        long inception = now - 86_400;
        long expiration = now + 30 * 86_400;
        Peers.Result bind = Peers.check(dir, List.of("dnssec-signzone", "-S", "-K", ".", "-o", ZONE, "-s",
                SignerGoldenInteropTest.stamp(inception), "-e", SignerGoldenInteropTest.stamp(expiration),
                "-O", "full", "-f", "bind.db", "db"));

        FileKeySource source = new FileKeySource();
        List<SigningKey> signing = new ArrayList<>();
        for (ZoneKey k : keys) {
            signing.add(SigningKey.timed(k, source.signer(k.privateKey(), k.dnskey()), false, now));
        }
        Zone zone = TestZones.load(dir.resolve("db"), ZONE + ".");
        SignResult ours = ZoneSigner.sign(zone, signing,
                SignOptions.builder(inception, expiration).smartSigning(true).threads(2).build(), now);

        TreeSet<String> expected = CanonicalRecords.of(TestZones.load(dir.resolve("bind.db"), ZONE + "."));
        TreeSet<String> actual = CanonicalRecords.of(ours.rrsets());
        assertTrue(expected.stream().anyMatch(l -> l.contains(" CDS ")), "BIND published a CDS");
        assertTrue(expected.equals(actual), CanonicalRecords.diff(expected, actual));

        TreeSet<String> bindMessages = new TreeSet<>();
        // BIND prints these on stdout; Signet returns them as the report.
        for (String line : bind.out().split("\n")) {
            if (line.startsWith("Fetching ") || line.startsWith("Removing ")) {
                bindMessages.add(line);
            }
        }
        assertEquals(bindMessages, new TreeSet<>(ours.report()));
        assertTrue(bindMessages.stream().anyMatch(l -> l.startsWith("Removing revoked key")), bindMessages.toString());

        // dsset-example.test.: the same DS records (BIND wraps the digest after 56 characters).
        TreeSet<String> bindDs = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("dsset-" + ZONE + "."))) {
            String[] f = line.trim().split("\\s+", 7); // owner IN DS tag alg type digest…
            bindDs.add(f[3] + " " + f[4] + " " + f[5] + " " + f[6].replace(" ", ""));
        }
        TreeSet<String> ourDs = new TreeSet<>();
        for (var ds : DsSet.ds(zone.apex(), signing)) {
            ourDs.add(ds.toString());
        }
        assertEquals(2, bindDs.size(), bindDs.toString()); // the two KSKs that are not revoked
        assertEquals(bindDs, ourDs);
        assertTrue(bindMessages.stream().anyMatch(l -> l.startsWith("Removing expired key")), bindMessages.toString());
    }
}

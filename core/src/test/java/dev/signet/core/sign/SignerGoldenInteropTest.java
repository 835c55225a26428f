package dev.signet.core.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signet.core.denial.DenialRequest;
import dev.signet.core.key.FileKeySource;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.testutil.Peers;
import dev.signet.core.testutil.TestData;
import dev.signet.core.testutil.TestZones;
import dev.signet.core.time.BindTime;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden comparison with dnssec-signzone 9.18: the features zone, signed with the same
 * dnssec-keygen keys and the same inception and expiration by BIND and by {@link ZoneSigner},
 * must hold exactly the same canonical records — signatures included, since RSA PKCS#1 v1.5 and
 * Ed25519 signatures are deterministic (for ECDSA every RRSIG field but the signature). Signet's output must also pass dnssec-verify and
 * ldns-verify-zone. Skipped (outside CI) when the tools are missing.
 */
class SignerGoldenInteropTest {

    static final String ZONE = "example.test";

    /** Keys made by dnssec-keygen in {@code dir}: KSK first. */
    static List<String> keygen(Path dir, String algorithm) throws Exception {
        List<String> names = new ArrayList<>();
        for (boolean ksk : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", algorithm));
            if (algorithm.startsWith("RSA")) {
                cmd.addAll(List.of("-b", "1024"));
            }
            if (ksk) {
                cmd.addAll(List.of("-f", "KSK"));
            }
            cmd.add(ZONE);
            names.add(Peers.check(dir, cmd).out().strip());
        }
        return names;
    }

    /** The features zone with the keys' DNSKEY records appended, written to {@code dir/db}. */
    static Path zoneWithKeys(Path dir, List<ZoneKey> keys) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(TestData.path("zones/sign-features.db")));
        for (ZoneKey k : keys) {
            text.append(k.dnskeyRecord(3600)).append('\n');
        }
        Path db = dir.resolve("db");
        Files.writeString(db, text);
        return db;
    }

    static List<SigningKey> signingKeys(List<ZoneKey> keys, long now) {
        List<SigningKey> out = new ArrayList<>();
        FileKeySource files = new FileKeySource();
        for (ZoneKey k : keys) {
            out.add(SigningKey.forced(k, files.signer(k.privateKey(), k.dnskey()), false, now));
        }
        return out;
    }

    static void write(SignResult result, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            result.writeTo(new ZoneWriter(ZoneWriter.Style.FULL, w, result.apex()));
        }
    }

    static String stamp(long t) {
        return BindTime.stamp(Instant.ofEpochSecond(t));
    }

    @ParameterizedTest(name = "{0} {1} opt-out={2} -x={3}")
    @CsvSource({
        "RSASHA256, NSEC, false, false", "RSASHA256, NSEC, false, true",
        "RSASHA256, NSEC3, false, false", "RSASHA256, NSEC3, true, true",
        "ED25519, NSEC, false, false", "ED25519, NSEC, false, true",
        "ED25519, NSEC3, false, true", "ED25519, NSEC3, true, false",
        "ECDSAP256SHA256, NSEC, false, false", "ECDSAP256SHA256, NSEC3, true, true"})
    void sameRecordsAsDnssecSignzone(String algorithm, String denial, boolean optOut, boolean kskOnly,
            @TempDir Path dir) throws Exception {
        Peers.require("dnssec-signzone");
        long now = Instant.now().getEpochSecond();
        long inception = now - 86_400;
        long expiration = now + 30 * 86_400;
        List<String> bases = keygen(dir, algorithm);
        List<ZoneKey> keys = new ArrayList<>();
        for (String b : bases) {
            keys.add(KeyFiles.read(dir.resolve(b)));
        }
        Path db = zoneWithKeys(dir, keys);

        List<String> bind = new ArrayList<>(List.of("dnssec-signzone", "-o", ZONE, "-s", stamp(inception),
                "-e", stamp(expiration), "-O", "full", "-f", "bind.db"));
        DenialRequest request = DenialRequest.none();
        if (denial.equals("NSEC3")) {
            bind.addAll(List.of("-3", "c0ffee", "-H", "5"));
            request = DenialRequest.nsec3(HexFormat.of().parseHex("c0ffee"), 5, optOut);
            if (optOut) {
                bind.add("-A");
            }
        }
        if (kskOnly) {
            bind.add("-x");
        }
        bind.add("db");
        bind.addAll(bases);
        Peers.check(dir, bind);

        Zone zone = TestZones.load(db, ZONE + ".");
        SignOptions options = SignOptions.builder(inception, expiration).kskOnlyDnskey(kskOnly).denial(request)
                .threads(2).build();
        SignResult ours = ZoneSigner.sign(zone, signingKeys(keys, now), options, now);

        // ECDSA signatures are randomized (RFC 6605 §4): compare every RRSIG field but the signature.
        boolean randomized = algorithm.startsWith("ECDSA");
        TreeSet<String> expected = CanonicalRecords.of(TestZones.load(dir.resolve("bind.db"), ZONE + "."), randomized);
        TreeSet<String> actual = CanonicalRecords.of(ours.rrsets(), randomized);
        // The comparison must be about a signed zone with the chain asked for, not an empty one.
        assertTrue(expected.stream().filter(l -> l.contains(" RRSIG ")).count() > 25, expected.toString());
        assertTrue(expected.stream().anyMatch(l -> l.contains(" " + denial + " ")), expected.toString());
        assertEquals(expected.size(), actual.size(), CanonicalRecords.diff(expected, actual));
        assertTrue(expected.equals(actual), CanonicalRecords.diff(expected, actual));

        write(ours, dir.resolve("ours.db"));
        List<String> verify = new ArrayList<>(List.of("dnssec-verify", "-o", ZONE));
        if (kskOnly) {
            verify.add("-x");
        }
        verify.add("ours.db");
        Peers.check(dir, verify);
        Peers.check(dir, List.of("ldns-verify-zone", "ours.db"));
    }
}

package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys between Signet and BIND:
 * <ul>
 *   <li>dnssec-dsfromkey and signet dsfromkey print the same bytes for Signet-made keys of
 *       every algorithm, and for keys made by dnssec-keygen (v1.3 with dates, KSK, ZSK,
 *       revoked, successor; v1.2 with -C) and ldns-keygen, in the key-file, -f and -s forms;</li>
 *   <li>dnssec-signzone signs a zone with Signet-made keys, named on its command line or found
 *       with -S in the key directory, and dnssec-verify accepts the result.</li>
 * </ul>
 */
class DsfromkeyInteropTest {

    /** Digest, CDS and TTL options compared for every key. */
    static final String[] FLAG_SETS = {"", "-1", "-2", "-a SHA-384", "-C", "-T 3600", "-1 -2 -a sha-384 -C -T 1d"};

    @TempDir
    Path dir;

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }

    /** Runs both with the same arguments (BIND in {@link #dir}, Signet given absolute paths). */
    private void same(String flags, String... tail) throws Exception {
        List<String> bind = new ArrayList<>(List.of("dnssec-dsfromkey"));
        bind.addAll(words(flags));
        List<String> signet = new ArrayList<>(List.of("dsfromkey"));
        signet.addAll(words(flags));
        for (String t : tail) {
            bind.add(t);
            boolean file = t.startsWith("K") || t.equals("db") || t.equals(".");
            signet.add(file ? dir.resolve(t).toString() : t);
        }
        Peers.Result b = Peers.run(dir, dir, bind.toArray(new String[0]));
        CliRun s = CliRun.run(signet.toArray(new String[0]));
        String what = String.join(" ", bind);
        assertEquals(b.code(), s.code(), what + "\nBIND: " + b + "\nSignet: " + s);
        assertEquals(b.out(), s.out(), what);
        assertEquals(b.err().contains("deprecated"), s.err().contains("deprecated"), what + ": the SHA-1 warning");
    }

    private String keygen(String... args) {
        List<String> all = new ArrayList<>(List.of("keygen", "-K", dir.toString()));
        all.addAll(List.of(args));
        CliRun r = CliRun.run(all.toArray(new String[0]));
        assertEquals(Main.OK, r.code(), r.toString());
        return r.out().strip();
    }

    private String keyText(String base) throws IOException {
        return Files.readString(dir.resolve(base + ".key"), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RSASHA256, 1024", "RSASHA512, 1024", "ECDSAP256SHA256, 0", "ECDSAP384SHA384, 0", "ED25519, 0", "ED448, 0"})
    void signetKeysOfEveryAlgorithm(String alg, int bits) throws Exception {
        Peers.require("dnssec-dsfromkey");
        String ksk = keygen("-a", alg, "-b", String.valueOf(Math.max(bits, 1024)), "-f", "KSK", "-L", "300", "example.test");
        String zsk = keygen("-a", alg, "-b", String.valueOf(Math.max(bits, 1024)), "example.test");
        Files.writeString(dir.resolve("db"), "$TTL 3600\n" + keyText(ksk) + keyText(zsk));
        for (String flags : FLAG_SETS) {
            for (String key : new String[] {ksk, zsk}) {
                same(flags, key);
                same(flags, key + ".key");
            }
            same(flags, "-f", "db", "example.test");
            same(flags + " -A", "-f", "db", "example.test");
        }
    }

    @Test
    void aZoneWithKeysOfEveryAlgorithmAndAKeyset() throws Exception {
        Peers.require("dnssec-dsfromkey");
        StringBuilder zone = new StringBuilder("$TTL 3600\n");
        for (String alg : new String[] {"16", "8", "15", "13", "10", "14"}) {
            zone.append(keyText(keygen("-a", alg, "-b", "1024", "-f", "KSK", "example.test")));
            zone.append(keyText(keygen("-a", alg, "-b", "1024", "example.test")));
        }
        zone.append(keyText(keygen("-a", "13", "-f", "KSK", "-f", "REVOKE", "example.test")));
        Files.writeString(dir.resolve("db"), zone);
        Files.writeString(dir.resolve("keyset-example.test."), zone);
        for (String flags : new String[] {"", "-A", "-A -1 -2 -a SHA-384", "-C -T 60"}) {
            same(flags, "-f", "db", "example.test");
            same(flags, "-f", "db", "Example.TEST.");
            same(flags + " -s -K", ".", "example.test");
        }
    }

    /** Keys made by BIND and ldns themselves: the fixtures, and fresh ones of every kind. */
    @Test
    void keysMadeByDnssecKeygenAndLdns() throws Exception {
        Peers.require("dnssec-dsfromkey");
        Peers.require("dnssec-keygen");
        Peers.require("ldns-keygen");
        List<String> bases = new ArrayList<>();
        for (String tool : new String[] {"bind", "ldns"}) {
            try (Stream<Path> s = Files.list(CliRun.testdata("keys/" + tool))) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".key")).sorted().toList()) {
                    Files.copy(p, dir.resolve(p.getFileName()));
                    String name = p.getFileName().toString();
                    bases.add(name.substring(0, name.length() - 4));
                }
            }
        }
        String[][] made = {
            {"dnssec-keygen", "-a", "ECDSAP256SHA256", "-f", "KSK", "-P", "now", "-I", "+40d", "-D", "+50d", "-L", "86400", "example.test"},
            {"dnssec-keygen", "-a", "ED25519", "example.test"},
            {"dnssec-keygen", "-a", "ED448", "-f", "KSK", "-f", "REVOKE", "example.test"},
            {"dnssec-keygen", "-C", "-a", "RSASHA256", "-b", "1024", "-f", "KSK", "example.test"},
            {"dnssec-keygen", "-C", "-a", "ECDSAP384SHA384", "example.test"},
            {"ldns-keygen", "-k", "-a", "ECDSAP256SHA256", "example.test"},
            {"ldns-keygen", "-a", "RSASHA512", "-b", "1024", "example.test"},
            {"ldns-keygen", "-a", "ED25519", "example.test"}};
        for (String[] cmd : made) {
            Peers.Result r = Peers.run(dir, dir, cmd);
            assertEquals(0, r.code(), r.toString());
            bases.add(r.out().strip());
        }
        Peers.Result successor = Peers.run(dir, dir, "dnssec-keygen", "-S", bases.get(bases.size() - 8));
        assertEquals(0, successor.code(), successor.toString());
        bases.add(successor.out().strip());

        StringBuilder zone = new StringBuilder("$TTL 600\n");
        for (String base : bases) {
            for (String flags : new String[] {"", "-1 -2 -a SHA-384", "-C -T 60"}) {
                same(flags, base);
            }
            if (base.startsWith("Kexample.test.+")) {
                zone.append(keyText(base)).append('\n');
            }
        }
        Files.writeString(dir.resolve("db"), zone);
        same("-A -2 -a SHA-384", "-f", "db", "example.test");
        same("", "-f", "db", "example.test");
    }

    @Test
    void errorsAgree() throws Exception {
        Peers.require("dnssec-dsfromkey");
        String ksk = keygen("-a", "13", "-f", "KSK", "example.test");
        Files.writeString(dir.resolve("db"), keyText(ksk));
        same("", "-f", "db", "example.test");
        Files.writeString(dir.resolve("db"), "$TTL 60\n" + keyText(ksk));
        same("", "-f", "db", "other.test");
        same("-a SHA-512", ksk);
        same("", "Kexample.test.+013+00000");
        String revoked = keygen("-a", "13", "-f", "KSK", "-f", "REVOKE", "example.test");
        same("", revoked);
        Files.writeString(dir.resolve(ksk + ".key"), "; truncated\n");
        same("", ksk);
    }

    /** dnssec-signzone signs with Signet-made keys, and dnssec-verify accepts what it signed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ECDSAP256SHA256, 0", "ED25519, 0", "RSASHA256, 1024", "ECDSAP384SHA384, 0"})
    void bindSignsWithSignetKeys(String alg, int bits) throws Exception {
        Peers.require("dnssec-signzone");
        Peers.require("dnssec-verify");
        String size = String.valueOf(Math.max(bits, 1024));
        String ksk = keygen("-a", alg, "-b", size, "-f", "KSK", "example.test");
        String zsk = keygen("-a", alg, "-b", size, "example.test");
        String zone = "$TTL 300\n"
                + "example.test. IN SOA ns.example.test. admin.example.test. 1 3600 600 86400 300\n"
                + "example.test. IN NS ns.example.test.\n"
                + "ns.example.test. IN A 192.0.2.1\n"
                + "www.example.test. IN AAAA 2001:db8::1\n";
        Files.writeString(dir.resolve("explicit"), zone + "$INCLUDE " + ksk + ".key\n$INCLUDE " + zsk + ".key\n");
        Files.writeString(dir.resolve("smart"), zone);

        Peers.Result signed = Peers.run(dir, dir, "dnssec-signzone", "-o", "example.test", "-K", ".",
                "-f", "explicit.signed", "explicit", ksk, zsk);
        assertEquals(0, signed.code(), signed.toString());
        verify("explicit.signed");

        Peers.Result smart = Peers.run(dir, dir, "dnssec-signzone", "-S", "-K", ".", "-o", "example.test",
                "-f", "smart.signed", "smart");
        assertEquals(0, smart.code(), smart.toString());
        verify("smart.signed");
        String signedZone = Files.readString(dir.resolve("smart.signed"));
        assertTrue(java.util.regex.Pattern.compile("\\sDNSKEY\\s+257 3 ").matcher(signedZone).find(), "the KSK was published");

        // The dsset- file BIND wrote has the DS signet dsfromkey prints (BIND lays it out with
        // tabs and splits the digest in two words).
        String dsset = Files.readString(dir.resolve("dsset-example.test."));
        CliRun ds = CliRun.run("dsfromkey", dir.resolve(ksk).toString());
        assertEquals(ds.out().replaceAll("\\s+", ""), dsset.replaceAll("\\s+", ""));
        assertEquals(1, Peers.lines(ds.out()).size());
    }

    private void verify(String file) throws Exception {
        Peers.Result v = Peers.run(dir, dir, "dnssec-verify", "-o", "example.test", file);
        assertEquals(0, v.code(), v.toString());
        assertTrue(v.out().contains("Zone fully signed") || v.err().contains("Zone fully signed"), v.toString());
    }
}

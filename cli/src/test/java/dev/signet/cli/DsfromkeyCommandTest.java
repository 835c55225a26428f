package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * signet dsfromkey in process: RFC 4034 / RFC 4509 DS vectors, the three ways keys come in,
 * which keys are printed and in what order, and every error. Byte-for-byte agreement with
 * BIND's dnssec-dsfromkey over many keys is {@link DsfromkeyInteropTest}'s.
 */
class DsfromkeyCommandTest {

    /** RFC 4034 §5.4 / RFC 4509 §2.3: the key of dskey.example.com (a ZSK, tag 60485). */
    static final String RFC_ZONE = "vectors/rfc4509/ds-sha256-2.3-example.zone";
    static final String SHA1 = "dskey.example.com. IN DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118";
    static final String SHA256 = "dskey.example.com. IN DS 60485 5 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A";
    /** Derived with dnssec-dsfromkey (testdata/vectors/rfc4509/README.md). */
    static final String SHA384 = "dskey.example.com. IN DS 60485 5 4 AB64DBEBE13C0B6BAE558B78CCAB93B836F8ADA4CBED2D4484A8715A819DE7B9E846315E70EA5D884B377394BDAF16A3";
    static final String RFC_DNSKEY = "dskey.example.com. 86400 IN DNSKEY 256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/"
            + "2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==";

    @TempDir
    Path dir;

    private static CliRun ds(String... args) {
        List<String> all = new ArrayList<>(List.of("dsfromkey"));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(new String[0]));
    }

    private static String zone() {
        return CliRun.testdata(RFC_ZONE).toString();
    }

    private static void printed(CliRun r, String... lines) {
        assertEquals(Main.OK, r.code(), r.toString());
        assertEquals(List.of(lines), Peers.lines(r.out()));
    }

    private static String failed(CliRun r, String code) {
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertEquals("", r.out());
        List<String> err = Peers.lines(r.err());
        assertTrue(err.get(err.size() - 1).startsWith("signet dsfromkey: ") && err.get(err.size() - 1).endsWith("[" + code + "]"),
                r.err());
        return r.err();
    }

    @Test
    void theRfcVectors() {
        CliRun all = ds("-A", "-1", "-2", "-a", "SHA-384", "-f", zone(), "dskey.example.com");
        printed(all, SHA1, SHA256, SHA384);
        assertEquals("WARNING: DS digest type 1 (SHA-1) is deprecated\n", all.err());
        printed(ds("-a", "sha-384", "-a", "SHA1", "-2", "-A", "-f", zone(), "dskey.example.com"), SHA1, SHA256, SHA384);
        printed(ds("-a", "4", "-a", "2", "-a", "1", "-a", "4", "-A", "-f", zone(), "dskey.example.com"), SHA1, SHA256, SHA384);
        printed(ds("-A", "-f", zone(), "dskey.example.com"), SHA256);
        printed(ds("-A", "-a", "0", "-f", zone(), "dskey.example.com"), SHA256);
        printed(ds("-A", "-a", "SHA256", "-C", "-T", "1h", "-f", zone(), "dskey.example.com."),
                SHA256.replace(" IN DS ", " 3600 IN CDS "));
        printed(ds("-A", "-T", "0", "-f", zone(), "DSKEY.Example.COM"),
                SHA256.replace("dskey.example.com. IN", "DSKEY.Example.COM. 0 IN"));
        CliRun zskOnly = ds("-f", zone(), "dskey.example.com");
        printed(zskOnly);
        assertEquals("", zskOnly.err(), "a ZSK is skipped without -A, silently");
    }

    @Test
    void aKeyFileWithOrWithoutItsExtension() throws IOException {
        Path base = dir.resolve("Kdskey.example.com.+005+60485");
        Files.writeString(dir.resolve(base.getFileName() + ".key"), "; a ZSK\n" + RFC_DNSKEY + "\n");
        printed(ds(base.toString()), SHA256);
        printed(ds("-1", base + ".key"), SHA1);
        printed(ds(base + ".private"), SHA256);
        printed(ds("-K", dir.toString(), base.getFileName().toString()), SHA256);
        printed(ds("-K", "/nonexistent", base.toString()), SHA256);
        printed(ds("-c", "CH", base.toString()), SHA256);
        Files.writeString(dir.resolve("Kdskey.example.com.+005+60613.key"), RFC_DNSKEY.replace(" 256 3 5 ", " 384 3 5 ") + "\n");
        CliRun revoked = ds(dir.resolve("Kdskey.example.com.+005+60613").toString());
        printed(revoked);
        assertEquals("", revoked.err());
        CliRun verbose = ds("-v", "3", base.toString());
        printed(verbose, SHA256);
        assertEquals("signet dsfromkey: dskey.example.com/RSASHA1/60485\n", verbose.err());
    }

    @Test
    void aZoneFilesKeysInCanonicalOrderKsksUnlessA() throws IOException {
        StringBuilder zone = new StringBuilder("$TTL 300\n");
        // Out of order, one duplicate, one revoked, one at another name, one A record.
        for (String f : new String[] {"Kexample.test.+015+25590", "Kexample.test.+013+43605", "Kexample.test.+013+53776",
            "Kexample.test.+008+04010", "Kexample.test.+013+43605"}) {
            String key = Files.readString(CliRun.testdata("keys/bind/" + f + ".key"), StandardCharsets.ISO_8859_1);
            zone.append(key.replaceAll("(?m)^example\\.test\\. 3600 ", "example.test. "));
        }
        zone.append("www.example.test. IN A 192.0.2.1\nsub.example.test. IN DNSKEY 257 3 13 AAAA\n");
        Path db = dir.resolve("db");
        Files.writeString(db, zone.toString());
        List<String> ksks = tags(ds("-f", db.toString(), "example.test"));
        assertEquals(List.of("4010 8 2", "43605 13 2"), ksks, "flags 257 before 257 of a higher algorithm; 385 never");
        assertEquals(List.of("53776 13 2", "4010 8 2", "43605 13 2"), tags(ds("-A", "-f", db.toString(), "example.test")),
                "flags 256 before 257 (RFC 4034 §6.3 rdata order)");
        assertEquals(List.of("53776 13 1", "53776 13 2", "4010 8 1", "4010 8 2", "43605 13 1", "43605 13 2"),
                tags(ds("-A", "-2", "-1", "-f", db.toString(), "example.test")), "each key's digests together");
        CliRun stdin = CliRun.runWithInput(zone.toString(), "dsfromkey", "-A", "-f", "-", "example.test");
        assertEquals(tags(ds("-A", "-f", db.toString(), "example.test")), tags(stdin));

        Path keyset = dir.resolve("keyset-example.test.");
        Files.writeString(keyset, zone.toString());
        assertEquals(List.of("53776 13 2", "4010 8 2", "43605 13 2"), tags(ds("-K", dir.toString(), "-s", "Example.TEST")),
                "-s prints every key, as BIND does");
        assertTrue(ds("-K", dir.toString(), "-s", "Example.TEST").out().startsWith("Example.TEST. IN DS "));
    }

    /** The "tag alg type" of each printed line, with a check that it is a whole DS line. */
    private static List<String> tags(CliRun r) {
        assertEquals(Main.OK, r.code(), r.toString());
        List<String> out = new ArrayList<>();
        for (String l : Peers.lines(r.out())) {
            String[] w = l.split(" ");
            assertEquals(7, w.length, l);
            assertEquals(List.of("IN", "DS"), List.of(w[1], w[2]), l);
            int hex = w[5].equals("1") ? 40 : w[5].equals("2") ? 64 : 96;
            assertTrue(w[6].matches("[0-9A-F]{" + hex + "}"), l);
            out.add(w[3] + " " + w[4] + " " + w[5]);
        }
        return out;
    }

    @Test
    void errors() throws IOException {
        Path noTtl = dir.resolve("nottl");
        Files.writeString(noTtl, "example.test. IN DNSKEY 257 3 13 AAAA\n");
        String e = failed(ds("-f", noTtl.toString(), "example.test"), "ZONE_NOT_LOADED");
        assertEquals(List.of("signet dsfromkey: " + noTtl + ":1:18: no TTL specified; zone rejected [NO_TTL]",
                "signet dsfromkey: can't load " + noTtl + " [ZONE_NOT_LOADED]"), Peers.lines(e));
        assertEquals("signet dsfromkey: no DNSKEY RR for other.test in " + zone() + " [NO_DNSKEY]\n",
                failed(ds("-f", zone(), "other.test"), "NO_DNSKEY"));
        assertEquals("signet dsfromkey: no DNSKEY RR for - in input [NO_DNSKEY]\n",
                failed(CliRun.runWithInput("$TTL 1\nexample.test. IN DNSKEY 257 3 13 AAAA\n", "dsfromkey", "-f", "-"), "NO_DNSKEY"),
                "the zone name is the file name, '-' for standard input");
        failed(ds("-f", dir.resolve("missing").toString(), "x"), "FILE_NOT_FOUND");
        assertTrue(failed(ds(dir.resolve("Kx.+013+00001").toString()), "KEY_FILE_MISSING").contains("Kx.+013+00001.key"));
        assertEquals("signet dsfromkey: unknown DS algorithm SHA-512 [UNKNOWN_DIGEST]\n",
                failed(ds("-a", "SHA-512", "-f", zone(), "dskey.example.com"), "UNKNOWN_DIGEST"));
        failed(ds("-a", "3", "-A", "-f", zone(), "dskey.example.com"), "UNSUPPORTED_DIGEST");
        failed(ds("-a", "256", "-A", "-f", zone(), "dskey.example.com"), "UNKNOWN_DIGEST");
        failed(ds("-s", "-f", zone(), "dskey.example.com"), "CONFLICTING_OPTIONS");
        failed(ds("-1"), "NO_KEY_FILE");
        failed(ds("-c", "CH", "-A", "-f", zone(), "dskey.example.com"), "ZONE_NOT_LOADED");
        failed(ds("-c", "NOPE", "-A", "-f", zone(), "dskey.example.com"), "UNKNOWN_CLASS");
        failed(ds("-T", "soon", "-A", "-f", zone(), "dskey.example.com"), "BAD_TTL");
        assertEquals(Main.USAGE, ds("a", "b").code());
        assertEquals(Main.USAGE, ds("-x", "a").code());
    }

    @Test
    void versionAndHelp() {
        CliRun v = ds("-V");
        assertEquals(Main.OK, v.code());
        assertTrue(v.out().startsWith("signet "));
        CliRun h = ds("--help");
        assertEquals(Main.OK, h.code());
        assertTrue(h.out().contains("-f zonefile [zonename]"), h.out());
    }
}

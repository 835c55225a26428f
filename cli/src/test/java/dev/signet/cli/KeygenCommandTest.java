package dev.signet.cli;

import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.PublicKeyFile;
import dev.signet.core.rdata.Dnskey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * signet keygen in process at a fixed time (2026-03-01 12:00:00 UTC): the files each option
 * produces, BIND's date rules, and every refusal. BIND's own output for the same options is
 * compared in {@link KeygenInteropTest}.
 */
class KeygenCommandTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String CREATED = "; Created: 20260301120000 (Sun Mar  1 12:00:00 2026)";

    @TempDir
    Path dir;

    private long seed = 1;

    /** One key made by keygen: the run, and the files it wrote. */
    record Made(CliRun run, Path base) {
        List<String> key() throws IOException {
            return Files.readAllLines(KeyFiles.keyFile(base), StandardCharsets.ISO_8859_1);
        }

        /** The .key comment lines after the first (the dates). */
        List<String> dates() throws IOException {
            List<String> k = key();
            return k.subList(1, k.size() - 1);
        }

        String record() throws IOException {
            List<String> k = key();
            return k.get(k.size() - 1);
        }

        List<String> priv() throws IOException {
            return Files.readAllLines(KeyFiles.privateFile(base), StandardCharsets.ISO_8859_1);
        }

        Dnskey dnskey() {
            return KeyFiles.readPublic(base).dnskey();
        }
    }

    Made keygen(String... args) {
        List<String> all = new ArrayList<>(List.of("keygen", "-K", dir.toString()));
        all.addAll(Arrays.asList(args));
        CliRun r = CliRun.runAt(CLOCK, CliRun.seeded(seed++), all.toArray(new String[0]));
        Path base = r.code() == Main.OK ? dir.resolve(r.out().strip()) : null;
        return new Made(r, base);
    }

    Made ok(String... args) {
        Made m = keygen(args);
        assertEquals(Main.OK, m.run().code(), m.run().toString());
        return m;
    }

    /** A refused command line: the exit code, and one line "signet keygen: ... [CODE]" on stderr. */
    String fails(int code, String errorCode, String... args) throws IOException {
        Made m = keygen(args);
        assertEquals(code, m.run().code(), m.run().toString());
        assertEquals("", m.run().out());
        List<String> lines = Peers.lines(m.run().err());
        assertEquals(1, lines.size(), "one line: " + m.run().err());
        assertTrue(lines.get(0).startsWith("signet keygen: ") && lines.get(0).endsWith(" [" + errorCode + "]"), lines.get(0));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith("K")).count(), "no key was written");
        }
        return lines.get(0);
    }

    static String date(String tag, String stamp, String ctime) {
        return "; " + tag + ": " + stamp + " (" + ctime + ")";
    }

    @Test
    void aDefaultKeyIsAsBindWritesIt() throws IOException {
        Made m = ok("-a", "ECDSAP256SHA256", "example.test");
        int tag = m.dnskey().keyTag();
        assertEquals(String.format("Kexample.test.+013+%05d%n", tag), m.run().out());
        assertEquals("", m.run().err());
        assertEquals(List.of("; This is a zone-signing key, keyid " + tag + ", for example.test.", CREATED,
                date("Publish", "20260301120000", "Sun Mar  1 12:00:00 2026"),
                date("Activate", "20260301120000", "Sun Mar  1 12:00:00 2026")), m.key().subList(0, 4));
        assertTrue(m.record().matches("example\\.test\\. IN DNSKEY 256 3 13 [A-Za-z0-9+/]{56} [A-Za-z0-9+/]{30}=="), m.record());
        List<String> priv = m.priv();
        assertEquals(List.of("Private-key-format: v1.3", "Algorithm: 13 (ECDSAP256SHA256)"), priv.subList(0, 2));
        assertTrue(priv.get(2).matches("PrivateKey: [A-Za-z0-9+/]{43}="), priv.get(2));
        assertEquals(List.of("Created: 20260301120000", "Publish: 20260301120000", "Activate: 20260301120000"),
                priv.subList(3, priv.size()));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFiles.privateFile(m.base()))));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFiles.keyFile(m.base()))));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "the two key files and no temporary file");
        }
    }

    @Test
    void everyDateOptionIsStoredInBindsOrder() throws IOException {
        Made m = ok("-a", "13", "-f", "KSK", "-D", "sync", "20290101", "-P", "20270101", "-A", "now+1d",
                "-R", "+30d", "-I", "20280101120000", "-D", "1893456000", "-P", "sync", "now+2d", "example.test");
        assertTrue(m.key().get(0).startsWith("; This is a key-signing key, keyid "));
        assertEquals(List.of(CREATED,
                date("Publish", "20270101000000", "Fri Jan  1 00:00:00 2027"),
                date("Activate", "20260302120000", "Mon Mar  2 12:00:00 2026"),
                date("Revoke", "20260331120000", "Tue Mar 31 12:00:00 2026"),
                date("Inactive", "20280101120000", "Sat Jan  1 12:00:00 2028"),
                date("Delete", "20300101000000", "Tue Jan  1 00:00:00 2030"),
                date("SyncPublish", "20260303120000", "Tue Mar  3 12:00:00 2026"),
                date("SyncDelete", "20290101000000", "Mon Jan  1 00:00:00 2029")), m.dates());
        List<String> priv = m.priv();
        assertEquals(List.of("Created: 20260301120000", "Publish: 20270101000000", "Activate: 20260302120000",
                "Revoke: 20260331120000", "Inactive: 20280101120000", "Delete: 20300101000000",
                "SyncPublish: 20260303120000", "SyncDelete: 20290101000000"), priv.subList(3, priv.size()));
        assertEquals("", m.run().err(), "a KSK may have a revocation date without a warning");
    }

    @Test
    void publishAndActivateDefaultsFollowBind() throws IOException {
        String p1 = date("Publish", "20260311120000", "Wed Mar 11 12:00:00 2026");
        String a1 = date("Activate", "20260311120000", "Wed Mar 11 12:00:00 2026");
        assertEquals(List.of(CREATED, p1, a1), ok("-a", "13", "-A", "+10d", "example.test").dates(),
                "only -A: published when activated");
        assertEquals(List.of(CREATED, date("Activate", "20260302120000", "Mon Mar  2 12:00:00 2026")),
                ok("-a", "13", "-P", "none", "-A", "+1d", "example.test").dates());
        assertEquals(List.of(CREATED, date("Publish", "20260302120000", "Mon Mar  2 12:00:00 2026")),
                ok("-a", "13", "-A", "never", "-P", "+1d", "example.test").dates());
        assertEquals(List.of(CREATED), ok("-a", "13", "-G", "example.test").dates(), "-G: no Publish, no Activate");
        assertEquals(List.of(CREATED, date("Publish", "19700101000000", "Thu Jan  1 00:00:00 1970"),
                date("Activate", "20260301115957", "Sun Mar  1 11:59:57 2026")),
                ok("-a", "13", "-P", "-", "-A", "-3", "example.test").dates(), "'-' is the epoch; '-3' a value, not an option");
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        fails(Main.FAILURE, "GENERATE_ONLY_DATES", "-a", "13", "-G", "-A", "now", "example.test");
        fails(Main.FAILURE, "BAD_TIME", "-a", "13", "-I", "tomorrow", "example.test");
        fails(Main.FAILURE, "BAD_TIME", "-a", "13", "-I", "+3m", "example.test");
    }

    @Test
    void aPrepublicationIntervalSpreadsPublishAndActivate() throws IOException {
        String pNow = date("Publish", "20260301120000", "Sun Mar  1 12:00:00 2026");
        assertEquals(List.of(CREATED, pNow, date("Activate", "20260306120000", "Fri Mar  6 12:00:00 2026")),
                ok("-a", "13", "-i", "5d", "example.test").dates());
        assertEquals(List.of(CREATED, date("Publish", "20260302120000", "Mon Mar  2 12:00:00 2026"),
                date("Activate", "20260304120000", "Wed Mar  4 12:00:00 2026")),
                ok("-a", "13", "-P", "+1d", "-i", "2d", "example.test").dates());
        assertEquals(List.of(CREATED, date("Publish", "20260308120000", "Sun Mar  8 12:00:00 2026"),
                date("Activate", "20260311120000", "Wed Mar 11 12:00:00 2026")),
                ok("-a", "13", "-A", "+10d", "-i", "3d", "example.test").dates());
        assertEquals(List.of(), ok("-a", "13", "-C", "-i", "5d", "example.test").dates(), "-C ignores -i");
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        fails(Main.FAILURE, "PREPUBLICATION", "-a", "13", "-P", "+1d", "-A", "+2d", "-i", "5d", "example.test");
        fails(Main.FAILURE, "PREPUBLICATION", "-a", "13", "-A", "+1d", "-i", "5d", "example.test");
        fails(Main.FAILURE, "GENERATE_ONLY_DATES", "-a", "13", "-G", "-i", "5d", "example.test");
    }

    @Test
    void compatibilityModeWritesV12WithoutDates() throws IOException {
        Made m = ok("-a", "ED25519", "-C", "-L", "300", "-f", "KSK", "example.test");
        List<String> key = m.key();
        assertEquals(2, key.size(), key.toString());
        assertEquals("; This is a key-signing key, keyid " + m.dnskey().keyTag() + ", for example.test.", key.get(0));
        assertTrue(key.get(1).startsWith("example.test. 300 IN DNSKEY 257 3 15 "), key.get(1));
        List<String> priv = m.priv();
        assertEquals(List.of("Private-key-format: v1.2", "Algorithm: 15 (ED25519)"), priv.subList(0, 2));
        assertEquals(3, priv.size());
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        fails(Main.FAILURE, "COMPAT_DATES", "-a", "13", "-C", "-P", "now", "example.test");
        fails(Main.FAILURE, "COMPAT_DATES", "-a", "13", "-C", "-G", "example.test");
        fails(Main.FAILURE, "COMPAT_DATES", "-a", "13", "-C", "-P", "sync", "now", "example.test");
    }

    @Test
    void flagsClassAndTtl() throws IOException {
        Made revoked = ok("-a", "ED448", "-f", "KSK", "-f", "REVOKE", "example.test");
        assertEquals(385, revoked.dnskey().flags());
        assertTrue(revoked.key().get(0).startsWith("; This is a revoked key-signing key, keyid " + revoked.dnskey().keyTag()));
        assertTrue(revoked.run().out().strip().endsWith(String.format("+016+%05d", revoked.dnskey().keyTag())),
                "the file is named by the revoked tag");
        assertEquals(257, ok("-a", "13", "-f", "ksk", "example.test").dnskey().flags(), "case-insensitive");
        assertEquals(384, ok("-a", "13", "-f", "r", "example.test").dnskey().flags(), "the first letter decides");
        assertTrue(ok("-a", "13", "-c", "CH", "example.test").record().startsWith("example.test. CH DNSKEY 256 3 13 "));
        assertTrue(ok("-a", "13", "-L", "1w2d", "example.test").record().startsWith("example.test. 604800 IN DNSKEY "),
                "only the first unit counts, as in BIND");
        assertTrue(ok("-a", "13", "-L", "0", "example.test").record().startsWith("example.test. IN DNSKEY "));
        assertTrue(ok("-a", "13", "-L", "none", "example.test").record().startsWith("example.test. IN DNSKEY "));
        assertTrue(ok("-a", "13", "-n", "zone", "-p", "3", "-T", "DNSKEY", "-q", "-v", "0", "example.test")
                .record().startsWith("example.test. IN DNSKEY 256 3 13 "));
        Made escaped = ok("-a", "13", "We\\.ird\\$Name.Example.TEST");
        assertEquals("Kwe%2Eird%24name.example.test.", escaped.base().getFileName().toString().split("\\+")[0]);
        assertTrue(escaped.record().startsWith("We\\.ird\\$Name.Example.TEST. IN DNSKEY"), "the owner's case is kept");
        assertTrue(ok("-a", "13", ".").base().getFileName().toString().startsWith("K.+013+"));
        assertTrue(ok("-a", "13", "relative").record().startsWith("relative. IN DNSKEY"));
    }

    @Test
    void rsaSizes() throws IOException {
        Made small = ok("-a", "RSASHA256", "-b", "1024", "example.test");
        assertEquals(1024, DnskeyPublicKeys.rsaFields(small.dnskey().publicKey())[1].bitLength());
        assertEquals("AQAB", small.priv().get(3).substring("PublicExponent: ".length()));
        Made dflt = ok("-a", "RSASHA512", "-v", "1", "example.test");
        assertEquals(2048, DnskeyPublicKeys.rsaFields(dflt.dnskey().publicKey())[1].bitLength());
        assertEquals("signet keygen: key size not specified; defaulting to 2048\n", dflt.run().err());
        assertEquals(13, ok("-a", "13", "-b", "512", "example.test").dnskey().algorithm(), "-b is ignored for ECDSA");
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        fails(Main.FAILURE, "BAD_KEY_SIZE", "-a", "RSASHA256", "-b", "512", "example.test");
        fails(Main.FAILURE, "BAD_KEY_SIZE", "-a", "RSASHA256", "-b", "4097", "example.test");
    }

    @Test
    void algorithmsByNameAliasOrNumberAndTheDeprecatedOnes() throws IOException {
        assertEquals(13, ok("-a", "ECDSA256", "example.test").dnskey().algorithm());
        assertEquals(14, ok("-a", "ecdsap384sha384", "example.test").dnskey().algorithm());
        assertEquals(15, ok("-a", "15", "example.test").dnskey().algorithm());
        assertEquals(16, ok("-a", "016", "example.test").dnskey().algorithm());
        assertEquals(13, ok("-3", "-a", "13", "example.test").dnskey().algorithm(), "-3 changes only RSASHA1");
        Made sha1 = ok("--allow-deprecated", "-a", "RSASHA1", "-b", "1024", "example.test");
        assertEquals(5, sha1.dnskey().algorithm());
        assertEquals("WARNING: DNSKEY algorithm 'RSASHA1' is deprecated. Please migrate to another algorithm\n", sha1.run().err());
        Made nsec3 = ok("--allow-deprecated", "-3", "-a", "RSASHA1", "-b", "1024", "example.test");
        assertEquals(7, nsec3.dnskey().algorithm());
        assertTrue(nsec3.run().err().contains("'NSEC3RSASHA1' is deprecated"));
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        assertTrue(fails(Main.FAILURE, "DEPRECATED_ALGORITHM", "-a", "RSASHA1", "example.test").contains("--allow-deprecated"));
        fails(Main.FAILURE, "DEPRECATED_ALGORITHM", "-a", "7", "-b", "1024", "example.test");
        assertEquals("signet keygen: unknown algorithm FOO [UNKNOWN_ALGORITHM]",
                fails(Main.FAILURE, "UNKNOWN_ALGORITHM", "-a", "FOO", "example.test"));
        assertTrue(fails(Main.FAILURE, "UNSUPPORTED_ALGORITHM", "-a", "DH", "example.test").contains("DH keys are not supported"));
        fails(Main.FAILURE, "UNSUPPORTED_ALGORITHM", "-a", "DSA", "example.test");
        fails(Main.FAILURE, "UNSUPPORTED_ALGORITHM", "-a", "200", "example.test");
        fails(Main.FAILURE, "NO_ALGORITHM", "example.test");
        fails(Main.FAILURE, "NO_KEY_NAME", "-a", "13");
        assertTrue(fails(Main.FAILURE, "EMPTY_LABEL", "-a", "13", "a..b").startsWith("signet keygen: invalid key name a..b: "));
    }

    @Test
    void unsupportedOptionsAreOneLineErrors() throws IOException {
        assertTrue(fails(Main.FAILURE, "UNSUPPORTED_OPTION", "-k", "default", "example.test").contains("dnssec-policy"));
        fails(Main.FAILURE, "UNSUPPORTED_OPTION", "-l", "/etc/named.conf", "-a", "13", "example.test");
        fails(Main.FAILURE, "UNSUPPORTED_OPTION", "-E", "pkcs11", "-a", "13", "example.test");
        fails(Main.FAILURE, "UNSUPPORTED_OPTION", "-T", "KEY", "-a", "13", "example.test");
        assertTrue(fails(Main.FAILURE, "UNSUPPORTED_NAMETYPE", "-n", "HOST", "-a", "13", "example.test").contains("KEY records"));
        fails(Main.FAILURE, "UNSUPPORTED_NAMETYPE", "-n", "OTHER", "-a", "13", "example.test");
        assertEquals("signet keygen: invalid DNSKEY protocol: 4 [BAD_PROTOCOL]",
                fails(Main.FAILURE, "BAD_PROTOCOL", "-p", "4", "-a", "13", "example.test"));
        fails(Main.FAILURE, "BAD_PROTOCOL", "-p", "300", "-a", "13", "example.test");
        assertEquals("signet keygen: unknown flag 'foo' [UNKNOWN_FLAG]",
                fails(Main.FAILURE, "UNKNOWN_FLAG", "-f", "foo", "-a", "13", "example.test"));
        fails(Main.FAILURE, "BAD_TTL", "-L", "foo", "-a", "13", "example.test");
        fails(Main.FAILURE, "BAD_TTL", "-L", "4294967296", "-a", "13", "example.test");
        CliRun missing = CliRun.run("keygen", "-K", dir.resolve("missing").toString(), "-a", "13", "example.test");
        assertEquals(Main.FAILURE, missing.code());
        assertEquals("signet keygen: cannot open directory " + dir.resolve("missing") + ": file not found [NO_DIRECTORY]\n",
                missing.err());
    }

    @Test
    void malformedCommandLinesAreUsageErrors() {
        for (String[] args : new String[][] {
            {"-x", "-a", "13", "example.test"},
            {"-a", "13", "-P", "now", "-P", "+1d", "example.test"},
            {"-a", "13", "-P", "sync", "now", "-P", "sync", "+1d", "example.test"},
            {"-a", "13", "-A", "now", "-A", "+1d", "example.test"},
            {"-a", "13", "example.test", "-P", "sync"},
            {"-a", "13", "example.test", "-P"},
            {"-a", "13", "-b", "many", "example.test"},
            {"-a", "13", "one.test", "two.test"}}) {
            Made m = keygen(args);
            assertEquals(Main.USAGE, m.run().code(), String.join(" ", args) + "\n" + m.run());
        }
    }

    @Test
    void syncTakesTwoWordsAndLeavesTheName() throws IOException {
        Made m = ok("-a", "13", "-P", "sync", "+1d", "-D", "sync", "+2d", "example.test");
        assertEquals(List.of(CREATED, date("Publish", "20260301120000", "Sun Mar  1 12:00:00 2026"),
                date("Activate", "20260301120000", "Sun Mar  1 12:00:00 2026"),
                date("SyncPublish", "20260302120000", "Mon Mar  2 12:00:00 2026"),
                date("SyncDelete", "20260303120000", "Tue Mar  3 12:00:00 2026")), m.dates());
        assertEquals(m.dates(), ok("-a", "13", "-Psync", "+1d", "-Dsync", "+2d", "example.test").dates(),
                "attached: -Psync");
        assertEquals(List.of(CREATED, date("Publish", "20260302120000", "Mon Mar  2 12:00:00 2026"),
                date("Activate", "20260301120000", "Sun Mar  1 12:00:00 2026")),
                ok("-a", "13", "-P", "dnskey", "+1d", "example.test").dates(), "-P dnskey DATE is -P DATE");
        assertTrue(ok("-P", "sync", "now", "-a", "13", "example.test").record().startsWith("example.test. "));
    }

    @Test
    void warningsAboutTheDates() throws IOException {
        Made zsk = ok("-a", "13", "-R", "+1d", "example.test");
        assertEquals("signet keygen: warning: Key is not flagged as a KSK, but -R was used. Revoking a ZSK is legal,"
                + " but undefined.\n", zsk.run().err());
        Made early = ok("-a", "13", "-I", "-1d", "-D", "-2d", "example.test");
        assertEquals("signet keygen: warning: Key is scheduled to be deleted before it is scheduled to be made"
                + " inactive.\n", early.run().err());
    }

    @Test
    void aKeyCollidingWithOneInTheDirectoryIsRegenerated() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        CliRun r1 = CliRun.runAt(CLOCK, CliRun.seeded(42), "keygen", "-K", first.toString(), "-a", "13", "example.test");
        assertEquals(Main.OK, r1.code(), r1.toString());
        Path base1 = first.resolve(r1.out().strip());
        Dnskey k1 = KeyFiles.readPublic(base1).dnskey();

        // The same seed makes the same key first: beside its own files it must be thrown away.
        Path same = Files.createDirectory(dir.resolve("same"));
        Files.copy(KeyFiles.keyFile(base1), same.resolve(base1.getFileName() + ".key"));
        Files.copy(KeyFiles.privateFile(base1), same.resolve(base1.getFileName() + ".private"));
        CliRun r2 = CliRun.runAt(CLOCK, CliRun.seeded(42), "keygen", "-v", "1", "-K", same.toString(), "-a", "13", "example.test");
        assertEquals(Main.OK, r2.code(), r2.toString());
        assertNotEquals(r1.out(), r2.out());
        assertEquals("signet keygen: key example.test/ECDSAP256SHA256/" + k1.keyTag() + " might collide with "
                + base1.getFileName() + " (tag " + k1.keyTag() + ", revoked or not); generating a new key\n", r2.err());

        // Beside the revoked form of that key (another tag, another file name) too.
        Path revoked = Files.createDirectory(dir.resolve("revoked"));
        Dnskey rk = k1.withFlags(k1.flags() | Dnskey.FLAG_REVOKE);
        String text = new PublicKeyFile(dev.signet.core.name.Name.of("example.test."),
                dev.signet.core.rr.RrClass.IN, -1, rk).format(dev.signet.core.key.KeyMetadata.EMPTY, ZoneOffset.UTC);
        Files.writeString(revoked.resolve(String.format("Kexample.test.+013+%05d.key", rk.keyTag())), text);
        CliRun r3 = CliRun.runAt(CLOCK, CliRun.seeded(42), "keygen", "-K", revoked.toString(), "-a", "13", "example.test");
        assertEquals(Main.OK, r3.code(), r3.toString());
        assertNotEquals(r1.out(), r3.out(), "the new key's revoked tag is the existing key's tag");
        assertFalse(r3.out().contains(String.valueOf(rk.keyTag())));
    }

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.run("keygen", "-V");
        assertEquals(Main.OK, v.code());
        assertTrue(v.out().startsWith("signet "), v.out());
        CliRun h = CliRun.run("keygen", "-h");
        assertEquals(Main.OK, h.code());
        assertTrue(h.out().contains("-P=[sync] date"), h.out());
    }
}

package dev.signet.cli;

import dev.signet.core.crypto.CryptoSelection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --crypto} and {@code SIGNET_CRYPTO}: the backend named is the one used (signzone -v 1
 * says which), a name that is not a backend or a backend that cannot work here is a one-line
 * error, and with the openssl backend (Java 22+ builds) the signed zone passes dnssec-verify and
 * ldns-verify-zone.
 */
class CryptoOptionTest {

    @TempDir
    Path dir;

    private static boolean opensslWorks() {
        try {
            CryptoSelection.choose(CryptoSelection.OPENSSL);
            return true;
        } catch (dev.signet.core.text.TextException e) {
            return false;
        }
    }

    private static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(env, Clock.systemDefaultZone(), CliRun.seeded(8), new ByteArrayInputStream(new byte[0]), o, e,
                    args);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The README example zone and its ECDSA keys, copied into the temporary directory. */
    private Path exampleZone() throws IOException {
        Path keys = CliRun.testdata("example-keys");
        try (var files = Files.list(keys)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path db = dir.resolve("example.com.db");
        Files.copy(CliRun.testdata("zones/example.com.db"), db);
        return db;
    }

    private List<String> signzone(Path db, String... extra) {
        List<String> args = new ArrayList<>(List.of("signzone", "-S", "-v", "1", "-K", dir.toString(), "-d",
                dir.toString(), "-f", dir.resolve("signed.db").toString(), "-o", "example.com"));
        args.addAll(List.of(extra));
        args.add(db.toString());
        return args;
    }

    @Test
    void theOptionAndTheEnvironmentChooseTheBackend() throws IOException {
        Path db = exampleZone();
        CliRun java = run(Map.of(), signzone(db, "--crypto", "java").toArray(new String[0]));
        assertEquals(Main.OK, java.code(), java.toString());
        assertTrue(java.err().contains("crypto: java (java selected)"), java.err());
        CliRun env = run(Map.of("SIGNET_CRYPTO", "java"), signzone(db).toArray(new String[0]));
        assertEquals(Main.OK, env.code(), env.toString());
        assertTrue(env.err().contains("crypto: java (java selected)"), env.err());
        CliRun auto = run(Map.of(), signzone(db).toArray(new String[0]));
        assertEquals(Main.OK, auto.code(), auto.toString());
        assertTrue(auto.err().contains("crypto: " + (opensslWorks() ? "openssl" : "java") + " (auto: "), auto.err());
        // The option wins over the environment.
        CliRun both = run(Map.of("SIGNET_CRYPTO", "nonsense"), signzone(db, "--crypto", "java").toArray(new String[0]));
        assertEquals(Main.OK, both.code(), both.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"signzone", "verify"})
    void anUnknownBackendIsAOneLineError(String command) throws IOException {
        Path db = exampleZone();
        CliRun r = command.equals("signzone") ? run(Map.of(), signzone(db, "--crypto", "gnutls").toArray(new String[0]))
                : run(Map.of("SIGNET_CRYPTO", "gnutls"), "verify", "-o", "example.com", db.toString());
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertEquals("signet " + command + ": unknown crypto backend 'gnutls' (java, openssl or auto) [UNKNOWN_CRYPTO]\n",
                r.err());
        assertFalse(Files.exists(dir.resolve("signed.db")));
    }

    /** Runs where the backend is not built (Java 17-21: the parent pom's jdk22 profile decides). */
    @Test
    @Tag("without-openssl")
    void forcingOpensslWhereItCannotWorkSaysWhy() throws IOException {
        assertFalse(opensslWorks(), "the openssl backend works in this JVM: the test belongs to a Java 17-21 run");
        Path db = exampleZone();
        CliRun r = run(Map.of(), signzone(db, "--crypto", "openssl").toArray(new String[0]));
        assertEquals(Main.FAILURE, r.code(), r.toString());
        assertTrue(r.err().startsWith("signet signzone: crypto backend openssl is not available: "), r.err());
        assertTrue(r.err().endsWith("[CRYPTO_UNAVAILABLE]\n") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
    }

    @Test
    void versionNamesTheBackendAndWhy() {
        CliRun r = CliRun.run("--version");
        assertEquals(Main.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("signet "), r.out());
        assertTrue(r.out().contains("\ncrypto: "), r.out());
        String expected = Version.crypto(null);
        assertTrue(expected.startsWith("crypto: " + (opensslWorks() ? "openssl, OpenSSL 3" : "java, JDK ")), expected);
        assertTrue(expected.contains("(auto: "), expected);
        assertTrue(Version.crypto("java").startsWith("crypto: java, JDK "), Version.crypto("java"));
        assertTrue(Version.crypto("gnutls").contains("[UNKNOWN_CRYPTO]"), Version.crypto("gnutls"));
    }

    /**
     * auto hands the algorithms OpenSSL 3.0 is slower at to java all the way to the signing keys
     * (the key sources re-select by the request, auto, not by the chosen backend's name, which
     * would make them sign every algorithm with OpenSSL); openssl by name takes them all.
     */
    @Test
    @Tag("with-openssl")
    void autoSignsEd25519WithJavaAndOpensslByNameWithOpenssl() throws Exception {
        Path db = dir.resolve("example.com.db");
        Files.copy(CliRun.testdata("zones/example.com.db"), db);
        for (String flags : new String[] {"-f KSK", ""}) {
            List<String> args = new ArrayList<>(List.of("keygen", "-q", "-K", dir.toString(), "-a", "ED25519"));
            if (!flags.isEmpty()) {
                args.addAll(List.of(flags.split(" ")));
            }
            args.add("example.com");
            CliRun k = run(Map.of(), args.toArray(new String[0]));
            assertEquals(Main.OK, k.code(), k.toString());
        }
        CliRun auto = run(Map.of(), signzone(db).toArray(new String[0]));
        assertEquals(Main.OK, auto.code(), auto.toString());
        assertTrue(auto.err().contains("crypto ED25519 BC-lowlevel"), auto.err());
        CliRun named = run(Map.of(), signzone(db, "--crypto", "openssl").toArray(new String[0]));
        assertEquals(Main.OK, named.code(), named.toString());
        assertTrue(named.err().contains("crypto ED25519 OpenSSL"), named.err());
    }

    /** RSA and ECDSA zones signed by OpenSSL pass BIND's and ldns's checks, and signet verify's with OpenSSL. */
    @ParameterizedTest
    @ValueSource(strings = {"RSASHA256", "ECDSAP256SHA256", "ED25519"})
    @Tag("with-openssl")
    void opensslSignedZonesPassTheReferenceVerifiers(String algorithm) throws Exception {
        assertTrue(opensslWorks(), "the openssl backend should work in a Java 22+ run (libcrypto.so.3 missing?)");
        Peers.require("dnssec-keygen");
        Peers.require("dnssec-verify");
        Peers.require("ldns-verify-zone");
        Path db = dir.resolve("example.com.db");
        Files.copy(CliRun.testdata("zones/example.com.db"), db);
        for (boolean ksk : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", algorithm));
            if (algorithm.startsWith("RSA")) {
                cmd.addAll(List.of("-b", "2048"));
            }
            if (ksk) {
                cmd.addAll(List.of("-f", "KSK"));
            }
            cmd.add("example.com");
            Peers.Result r = Peers.run(dir, dir, cmd.toArray(new String[0]));
            assertEquals(0, r.code(), r.toString());
        }
        long now = Instant.now().getEpochSecond();
        CliRun s = run(Map.of(), signzone(db, "--crypto", "openssl", "-s", Long.toString(now - 3600), "-e",
                Long.toString(now + 30 * 86400), "-3", "-").toArray(new String[0]));
        assertEquals(Main.OK, s.code(), s.toString());
        assertTrue(s.err().contains("crypto: openssl (openssl selected)"), s.err());
        Peers.Result v = Peers.run(dir, dir, "dnssec-verify", "-o", "example.com", "signed.db");
        assertEquals(0, v.code(), "dnssec-verify rejects the OpenSSL-signed zone:\n" + v);
        Peers.Result l = Peers.run(dir, dir, "ldns-verify-zone", "signed.db");
        assertEquals(0, l.code(), "ldns-verify-zone rejects the OpenSSL-signed zone:\n" + l);
        CliRun ours = run(Map.of(), "verify", "--crypto", "openssl", "-o", "example.com",
                dir.resolve("signed.db").toString());
        assertEquals(Main.OK, ours.code(), ours.toString());
        // A damaged signature is found by the OpenSSL verifier too.
        String text = Files.readString(dir.resolve("signed.db"));
        int at = text.indexOf("RRSIG\tA ");
        assertTrue(at > 0, "no RRSIG A in the output");
        int sig = text.indexOf('\n', text.indexOf('\n', at) + 1) - 5; // inside the signature's base64
        char c = text.charAt(sig);
        String damaged = text.substring(0, sig) + (c == 'A' ? 'B' : 'A') + text.substring(sig + 1);
        Files.writeString(dir.resolve("damaged.db"), damaged);
        CliRun bad = run(Map.of(), "verify", "--crypto", "openssl", "-o", "example.com",
                dir.resolve("damaged.db").toString());
        assertEquals(Main.FAILURE, bad.code(), bad.toString());
    }
}

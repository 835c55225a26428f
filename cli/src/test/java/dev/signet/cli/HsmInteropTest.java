package dev.signet.cli;

import dev.signet.core.key.PrivateKeyFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys on a real SoftHSM2 token, end to end through the command line: keygen --pkcs11,
 * keyfromlabel, signzone (-S -K and explicit keys, -n 2), dsfromkey; the signed zones pass
 * dnssec-verify and ldns-verify-zone; the token's private keys are sensitive and never
 * extractable. Each signet run is a child JVM that sees this class's token (see SoftHsmToken).
 */
class HsmInteropTest {

    static final String TOKEN = "signet-ci";

    @TempDir
    static Path home;

    static SoftHsmToken hsm;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsmToken.create(home, TOKEN);
    }

    static Path zoneDir(String name) throws IOException {
        Path d = Files.createDirectories(home.resolve(name));
        Files.copy(CliRun.testdata("zones/example.com.db"), d.resolve("example.com.db"));
        return d;
    }

    static String uri(String object) {
        return "pkcs11:token=" + TOKEN + ";object=" + object;
    }

    /** Runs signet and expects success; returns its standard output. */
    static String ok(Path dir, String... args) throws Exception {
        Peers.Result r = hsm.signet(dir, args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r);
        return r.out();
    }

    static String keygen(Path dir, String object, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("keygen", "-q", "--pkcs11", uri(object), "--pin-env", "PIN"));
        args.addAll(List.of(more));
        args.add("example.com");
        return ok(dir, args.toArray(new String[0])).trim();
    }

    static void verifyWithPeers(Path dir, String signed) throws Exception {
        Peers.require("dnssec-verify");
        Peers.require("ldns-verify-zone");
        Peers.Result bind = Peers.run(dir, dir, "dnssec-verify", "-o", "example.com", signed);
        assertEquals(0, bind.code(), bind.toString());
        Peers.Result ldns = Peers.run(dir, dir, "ldns-verify-zone", signed);
        assertEquals(0, ldns.code(), ldns.toString());
    }

    /** The .private file of a token key: BIND's layout with Label = base64(URI NUL), no key material, mode 0600. */
    static void checkPrivateFile(Path dir, String base, String object, boolean rsa) throws IOException {
        Path file = dir.resolve(base + ".private");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String label = Base64.getEncoder().encodeToString((uri(object) + "\0").getBytes(StandardCharsets.UTF_8));
        assertTrue(text.contains("\nLabel: " + label + "\n"), text);
        assertFalse(text.contains("PrivateKey:") || text.contains("PrivateExponent:") || text.contains("Prime1:"), text);
        assertEquals(rsa, text.contains("\nModulus: ") && text.contains("\nPublicExponent: "), text);
        assertTrue(text.startsWith("Private-key-format: v1.3\nAlgorithm: "), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // Read and written again, byte for byte.
        assertEquals(text, PrivateKeyFile.parse(text, file.toString(), -1).format());
    }

    static void checkSensitive(String objects, String label) {
        int at = objects.indexOf("label:      " + label + "\n");
        assertTrue(at >= 0, objects);
        int next = objects.indexOf("Private Key Object", at);
        String entry = objects.substring(at, next < 0 ? objects.length() : next);
        assertTrue(entry.contains("sensitive"), entry);
        assertTrue(entry.contains("never extractable"), entry);
        assertTrue(entry.contains("sign"), entry);
    }

    private static void signAndVerify(String alg, String bits, String prefix) throws Exception {
        Path dir = zoneDir(prefix);
        String[] size = bits == null ? new String[0] : new String[] {"-b", bits};
        List<String> kskArgs = new ArrayList<>(List.of("-a", alg, "-f", "KSK"));
        kskArgs.addAll(List.of(size));
        List<String> zskArgs = new ArrayList<>(List.of("-a", alg));
        zskArgs.addAll(List.of(size));
        String ksk = keygen(dir, prefix + "-ksk", kskArgs.toArray(new String[0]));
        String zsk = keygen(dir, prefix + "-zsk", zskArgs.toArray(new String[0]));
        checkPrivateFile(dir, ksk, prefix + "-ksk", bits != null);
        checkPrivateFile(dir, zsk, prefix + "-zsk", bits != null);
        ok(dir, "signzone", "-S", "-K", ".", "--pin-env", "PIN", "-o", "example.com", "example.com.db");
        verifyWithPeers(dir, "example.com.db.signed");
        assertTrue(ok(dir, "verify", "-o", "example.com", "example.com.db.signed").contains("Zone fully signed:"));
        String objects = hsm.privateKeyObjects(dir, TOKEN);
        checkSensitive(objects, prefix + "-ksk");
        checkSensitive(objects, prefix + "-zsk");
        // dsfromkey of the token key equals BIND's from its .key file.
        Peers.require("dnssec-dsfromkey");
        Peers.Result bind = Peers.run(dir, dir, "dnssec-dsfromkey", "-2", ksk + ".key");
        assertEquals(0, bind.code(), bind.toString());
        assertEquals(bind.out(), ok(dir, "dsfromkey", "-2", ksk + ".key"));
        assertEquals(bind.out(), ok(dir, "dsfromkey", "-2", ksk));
    }

    @Test
    void p256KskAndZskOnTheTokenSignAValidZone() throws Exception {
        signAndVerify("ECDSAP256SHA256", null, "p256");
    }

    @Test
    void rsa2048KskAndZskOnTheTokenSignAValidZone() throws Exception {
        signAndVerify("RSASHA256", "2048", "rsa");
    }

    @Test
    void ed25519KskAndZskOnTheTokenSignAValidZone() throws Exception {
        // SunPKCS11 has no EdDSA: these go through the JDK's PKCS#11 wrapper (CKM_EDDSA).
        signAndVerify("ED25519", null, "ed25519");
    }

    @Test
    void softwareKskWithTokenZskAndTwoThreads() throws Exception {
        Path dir = zoneDir("mixed");
        String ksk = ok(dir, "keygen", "-q", "-a", "ECDSAP256SHA256", "-f", "KSK", "example.com").trim();
        String zsk = keygen(dir, "mixed-zsk", "-a", "ECDSAP256SHA256");
        includeKeys(dir, ksk, zsk);
        // Explicit keys, no -S: the DNSKEYs come from the zone, as with BIND.
        ok(dir, "signzone", "-n", "2", "--pin-env", "PIN", "-o", "example.com", "example.com.db", ksk, zsk);
        verifyWithPeers(dir, "example.com.db.signed");
        String signed = Files.readString(dir.resolve("example.com.db.signed"));
        int zskTag = Integer.parseInt(zsk.substring(zsk.length() - 5));
        assertTrue(signed.contains(" " + zskTag + " example.com."), "the token ZSK signed");
    }

    @Test
    void keyfromlabelWritesTheSameDnskeyAsKeygen() throws Exception {
        Path dir = zoneDir("fromlabel");
        String made = keygen(dir, "existing", "-a", "ECDSAP384SHA384", "-f", "KSK");
        Path other = Files.createDirectories(dir.resolve("other"));
        String base = ok(dir, "keyfromlabel", "-K", "other", "-l", uri("existing"), "--pin-env", "PIN",
                "-a", "ECDSAP384SHA384", "-f", "KSK", "-P", "20300101", "-A", "20300102", "example.com").trim();
        assertEquals(made, base);
        assertEquals(dnskeyLine(dir.resolve(made + ".key")), dnskeyLine(other.resolve(base + ".key")));
        String priv = Files.readString(other.resolve(base + ".private"));
        assertTrue(priv.contains("\nPublish: 20300101000000\n") && priv.contains("\nActivate: 20300102000000\n"), priv);
        checkPrivateFile(other, base, "existing", false);
        // Signing with the keyfromlabel files works as with keygen's.
        Files.copy(dir.resolve("example.com.db"), other.resolve("example.com.db"));
        includeKeys(other, base);
        // A lone KSK signs everything with -z (BIND: "use -z").
        ok(other, "signzone", "-z", "--pin-file", writePin(other), "-o", "example.com", "example.com.db", base);
    }

    /** Appends the keys' DNSKEY records to the zone file (the classic dnssec-signzone set-up). */
    private static void includeKeys(Path dir, String... bases) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String b : bases) {
            sb.append(dnskeyLine(dir.resolve(b + ".key"))).append('\n');
        }
        Files.writeString(dir.resolve("example.com.db"), sb.toString(), java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aSuccessorIsMadeOnTheToken() throws Exception {
        Path dir = Files.createDirectories(home.resolve("successor"));
        String old = keygen(dir, "zsk-old", "-a", "ECDSAP256SHA256", "-I", "+60d", "-D", "+90d");
        String next = ok(dir, "keygen", "-q", "--pkcs11", uri("zsk-new"), "--pin-env", "PIN", "-S", old).trim();
        checkPrivateFile(dir, next, "zsk-new", false);
        String nextPrivate = Files.readString(dir.resolve(next + ".private"));
        assertTrue(nextPrivate.contains("\nPredecessor: " + Integer.parseInt(old.substring(old.length() - 5)) + "\n"),
                nextPrivate);
        String oldPrivate = Files.readString(dir.resolve(old + ".private"));
        assertTrue(oldPrivate.contains("\nSuccessor: " + Integer.parseInt(next.substring(next.length() - 5)) + "\n"),
                oldPrivate);
    }

    @Test
    void keysMadeByAnotherToolWithoutCertificateAreUsable() throws Exception {
        // pkcs11-tool stores no certificate, so SunPKCS11's KeyStore does not list these keys;
        // Signet reaches them through the PKCS#11 wrapper by their labels.
        Path dir = zoneDir("foreign");
        String[][] keys = {{"foreign-ksk", "EC:prime256v1", "f1"}, {"foreign-zsk", "EC:prime256v1", "f2"},
            {"foreign-rsa", "rsa:2048", "f3"}};
        for (String[] k : keys) {
            Peers.Result r = hsm.run(dir, Map.of(), "pkcs11-tool", "--module", SoftHsmToken.MODULE, "--token-label",
                    TOKEN, "--login", "--pin", SoftHsmToken.PIN, "--keypairgen", "--key-type", k[1], "--label", k[0],
                    "--id", k[2], "--usage-sign");
            assertEquals(0, r.code(), r.toString());
        }
        ok(dir, "keyfromlabel", "-l", uri("foreign-ksk"), "--pin-env", "PIN", "-a", "ECDSAP256SHA256", "-f", "KSK",
                "example.com");
        ok(dir, "keyfromlabel", "-l", uri("foreign-zsk"), "--pin-env", "PIN", "-a", "ECDSAP256SHA256", "example.com");
        ok(dir, "signzone", "-S", "-K", ".", "-n", "2", "--pin-env", "PIN", "-o", "example.com", "example.com.db");
        verifyWithPeers(dir, "example.com.db.signed");

        Path rsa = zoneDir("foreign-rsa");
        String base = ok(rsa, "keyfromlabel", "-l", uri("foreign-rsa"), "--pin-env", "PIN", "-a", "RSASHA256",
                "-f", "KSK", "example.com").trim();
        checkPrivateFile(rsa, base, "foreign-rsa", true);
        ok(rsa, "signzone", "-S", "-z", "-K", ".", "--pin-env", "PIN", "-o", "example.com", "example.com.db");
        // A lone KSK signing everything: dnssec-verify -z (the KSK flag ignored), as signzone -z.
        Peers.Result bind = Peers.run(rsa, rsa, "dnssec-verify", "-z", "-o", "example.com", "example.com.db.signed");
        assertEquals(0, bind.code(), bind.toString());
        Peers.Result ldns = Peers.run(rsa, rsa, "ldns-verify-zone", "example.com.db.signed");
        assertEquals(0, ldns.code(), ldns.toString());
        // The wrong algorithm for a key is refused, nothing written.
        Path wrong = Files.createDirectories(home.resolve("foreign-wrong"));
        expectError(wrong, Map.of("PIN", SoftHsmToken.PIN, "SIGNET_PKCS11_MODULE", SoftHsmToken.MODULE),
                "KEY_MISMATCH", "keyfromlabel", "-l", uri("foreign-rsa"), "--pin-env", "PIN", "-a", "ECDSAP256SHA256",
                "example.com");
    }

    private static String writePin(Path dir) throws IOException {
        return Files.writeString(dir.resolve("pin.txt"), SoftHsmToken.PIN + "\n").toString();
    }

    private static String dnskeyLine(Path keyFile) throws IOException {
        return Files.readAllLines(keyFile).stream().filter(l -> l.contains(" DNSKEY ")).findFirst().orElseThrow();
    }

    @Test
    void errorsAreOneLineExitOneAndWriteNothing() throws Exception {
        Path dir = Files.createDirectories(home.resolve("errors"));
        Path notALibrary = Files.writeString(home.resolve("not-a-module.so"), "text");
        Map<String, String> wrongPin = Map.of("PIN", "9876", "SIGNET_PKCS11_MODULE", SoftHsmToken.MODULE);
        expectError(dir, wrongPin, "PKCS11_PIN_INCORRECT", "keygen", "--pkcs11", uri("k"), "--pin-env", "PIN",
                "-a", "ECDSAP256SHA256", "example.com");
        Map<String, String> env = Map.of("PIN", SoftHsmToken.PIN, "SIGNET_PKCS11_MODULE", SoftHsmToken.MODULE);
        expectError(dir, env, "PKCS11_NO_TOKEN", "keygen", "--pkcs11", "pkcs11:token=absent;object=k", "--pin-env",
                "PIN", "-a", "ECDSAP256SHA256", "example.com");
        expectError(dir, env, "PKCS11_NO_KEY", "keyfromlabel", "-l", uri("absent"), "--pin-env", "PIN",
                "-a", "ECDSAP256SHA256", "example.com");
        expectError(dir, env, "PKCS11_MODULE_MISSING", "keygen", "--pkcs11", uri("k"), "--pkcs11-module",
                home.resolve("absent.so").toString(), "--pin-env", "PIN", "-a", "ECDSAP256SHA256", "example.com");
        expectError(dir, Map.of("PIN", SoftHsmToken.PIN), "PKCS11_NO_MODULE", "keygen", "--pkcs11", uri("k"),
                "--pin-env", "PIN", "-a", "ECDSAP256SHA256", "example.com");
        expectError(dir, env, "PKCS11_MODULE_UNUSABLE", "keygen", "--pkcs11", uri("k"), "--pkcs11-module",
                notALibrary.toString(), "--pin-env", "PIN", "-a", "ECDSAP256SHA256", "example.com");
        // A token that lacks EdDSA and RSA key generation (SoftHSM's slots.mechanisms).
        SoftHsmToken lacking = hsm.withMechanisms("-CKM_EDDSA,CKM_EC_EDWARDS_KEY_PAIR_GEN,CKM_RSA_PKCS_KEY_PAIR_GEN");
        for (String alg : new String[] {"ED25519", "RSASHA256"}) {
            Peers.Result r = lacking.signet(dir, env, "keygen", "--pkcs11", uri("k"), "--pin-env", "PIN", "-a", alg,
                    "example.com");
            checkError(dir, r, "PKCS11_ALGORITHM_UNSUPPORTED", "keygen");
        }
        expectError(dir, env, "PKCS11_NO_PIN", "keygen", "--pkcs11", uri("k"), "-a", "ECDSAP256SHA256", "example.com");
        expectError(dir, env, "BAD_PKCS11_URI", "keygen", "--pkcs11", uri("k") + "?pin-value=" + SoftHsmToken.PIN,
                "-a", "ECDSAP256SHA256", "example.com");
        // A key file whose token key is gone: signzone fails, writes no output.
        Path zd = zoneDir("errors-sign");
        String zsk = keygen(zd, "doomed", "-a", "ECDSAP256SHA256");
        Peers.Result wrong = hsm.signet(zd, wrongPin, "signzone", "--pin-env", "PIN", "-o", "example.com",
                "example.com.db", zsk);
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("[PKCS11_PIN_INCORRECT]") && !wrong.err().contains("9876"), wrong.toString());
        assertFalse(Files.exists(zd.resolve("example.com.db.signed")));
    }

    private static void expectError(Path dir, Map<String, String> env, String code, String... args) throws Exception {
        checkError(dir, hsm.signet(dir, env, args), code, args[0]);
    }

    private static void checkError(Path dir, Peers.Result r, String code, String command) throws Exception {
        assertEquals(1, r.code(), code + ": " + r);
        List<String> lines = Peers.lines(r.err());
        assertEquals(1, lines.size(), code + ": " + r);
        assertTrue(lines.get(0).startsWith("signet " + command + ": ") && lines.get(0).endsWith("[" + code + "]"),
                code + ": " + r);
        assertFalse(lines.get(0).contains(SoftHsmToken.PIN + "") && !code.equals("BAD_PKCS11_URI")
                || lines.get(0).contains("pin-value=" + SoftHsmToken.PIN) || lines.get(0).contains("9876"), r.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("K")).toList());
        }
    }
}

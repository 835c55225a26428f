package dev.signet.core.key;

import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.testutil.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of broken key file gives one line naming the file and the field, with its code. */
class BadKeyFilesTest {

    private static final String EC = "Kexample.test.+013+53776";
    private static final String RSA = "Kexample.test.+008+61006";
    private static final String ED = "Kexample.test.+015+36631";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixtures() throws IOException {
        for (String k : new String[] {EC, RSA, ED}) {
            for (String ext : new String[] {".key", ".private"}) {
                Files.copy(TestData.path("keys/bind/" + k + ext), dir.resolve(k + ext));
            }
        }
    }

    /** Rewrites the .private of {@code key}, reads the pair, and checks the error. */
    private KeyException broken(String key, UnaryOperator<String> edit, String code, String field) throws IOException {
        Path priv = dir.resolve(key + ".private");
        Files.writeString(priv, edit.apply(Files.readString(priv)));
        KeyException e = assertThrows(KeyException.class, () -> {
            ZoneKey k = KeyFiles.read(dir.resolve(key));
            new FileKeySource().signer(k.privateKey(), k.dnskey());
        });
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        String msg = e.getMessage();
        assertTrue(msg.startsWith(priv.toString()), msg);
        if (field != null) {
            assertTrue(msg.contains(": " + field + ": "), msg);
        }
        assertTrue(msg.endsWith("[" + code + "]"), msg);
        assertFalse(msg.contains("\n"), msg);
        return e;
    }

    @Test
    void truncatedAfterTheAlgorithmLine() throws IOException {
        broken(EC, s -> s.substring(0, s.indexOf("PrivateKey")), "KEY_FILE_TRUNCATED", "PrivateKey");
    }

    @Test
    void truncatedRsaNamesTheFirstMissingField() throws IOException {
        broken(RSA, s -> s.substring(0, s.indexOf("Exponent2")), "KEY_FILE_TRUNCATED", "Exponent2");
    }

    @Test
    void truncatedInTheMiddleOfALine() throws IOException {
        broken(RSA, s -> s.substring(0, s.indexOf("Prime2") + 3), "UNKNOWN_FIELD", "Pri");
    }

    @Test
    void emptyFile() throws IOException {
        broken(EC, s -> "", "KEY_FILE_TRUNCATED", "Private-key-format");
    }

    @Test
    void missingRsaFieldInTheMiddle() throws IOException {
        broken(RSA, s -> s.replaceAll("Prime1: [^\n]*\n", ""), "MISSING_FIELD", "Prime1");
    }

    @Test
    void wrongAlgorithmLine() throws IOException {
        KeyException e = broken(EC, s -> s.replace("Algorithm: 13 (ECDSAP256SHA256)", "Algorithm: 8 (RSASHA256)"),
                "BAD_ALGORITHM_LINE", "Algorithm");
        assertEquals(2, e.line());
    }

    @Test
    void algorithmLineWithoutNumber() throws IOException {
        broken(EC, s -> s.replace("Algorithm: 13 (ECDSAP256SHA256)", "Algorithm: ECDSAP256SHA256"),
                "BAD_ALGORITHM_LINE", "Algorithm");
    }

    @Test
    void algorithmLineMissing() throws IOException {
        broken(EC, s -> s.replace("Algorithm: 13 (ECDSAP256SHA256)", "PrivateKey2: AA=="),
                "BAD_ALGORITHM_LINE", "Algorithm");
    }

    /** BIND ignores the name in parentheses; so does Signet. */
    @Test
    void algorithmNameIsNotChecked() throws IOException {
        Path priv = dir.resolve(EC + ".private");
        Files.writeString(priv, Files.readString(priv).replace("(ECDSAP256SHA256)", "(ED25519)"));
        ZoneKey k = KeyFiles.read(dir.resolve(EC));
        new FileKeySource().signer(k.privateKey(), k.dnskey());
    }

    @Test
    void badBase64() throws IOException {
        KeyException e = broken(EC, s -> s.replaceAll("PrivateKey: [^\n]*", "PrivateKey: %%%%"), "BAD_BASE64",
                "PrivateKey");
        assertEquals(3, e.line());
    }

    @Test
    void unknownFieldInV13() throws IOException {
        broken(EC, s -> s + "Foo: 1\n", "UNKNOWN_FIELD", "Foo");
    }

    @Test
    void unknownFieldInV12() throws IOException {
        broken(EC, s -> s.replace("v1.3", "v1.2") + "Lifetime: 5\n", "UNKNOWN_FIELD", "Lifetime");
    }

    /** A field of another algorithm is unknown here, as in BIND. */
    @Test
    void rsaFieldInAnEcdsaFile() throws IOException {
        broken(EC, s -> s + "Modulus: AQAB\n", "UNKNOWN_FIELD", "Modulus");
    }

    /** BIND skips fields it does not know in files of a newer minor version. */
    @Test
    void unknownFieldInV14IsSkipped() throws IOException {
        Path priv = dir.resolve(EC + ".private");
        Files.writeString(priv, Files.readString(priv).replace("v1.3", "v1.4") + "Foo: 1\n");
        ZoneKey k = KeyFiles.read(dir.resolve(EC));
        new FileKeySource().signer(k.privateKey(), k.dnskey());
    }

    @Test
    void unsupportedVersion() throws IOException {
        broken(EC, s -> s.replace("v1.3", "v2.0"), "BAD_FORMAT_VERSION", "Private-key-format");
    }

    @Test
    void duplicateField() throws IOException {
        broken(EC, s -> s + "Created: 20260101000000\n", "DUPLICATE_FIELD", "Created");
    }

    @Test
    void badDate() throws IOException {
        broken(EC, s -> s.replaceAll("Publish: [0-9]+", "Publish: 20261323015253"), "BAD_DATE", "Publish");
    }

    @Test
    void badNumber() throws IOException {
        broken(EC, s -> s + "Successor: x\n", "BAD_NUMBER", "Successor");
    }

    @Test
    void missingPrivateFile() throws IOException {
        Files.delete(dir.resolve(EC + ".private"));
        KeyException e = assertThrows(KeyException.class, () -> KeyFiles.read(dir.resolve(EC)));
        assertEquals("KEY_FILE_MISSING", e.code());
        assertTrue(e.getMessage().startsWith(dir.resolve(EC + ".private").toString()), e.getMessage());
    }

    @Test
    void missingPublicFile() throws IOException {
        Files.delete(dir.resolve(EC + ".key"));
        KeyException e = assertThrows(KeyException.class, () -> KeyFiles.read(dir.resolve(EC + ".private")));
        assertEquals("KEY_FILE_MISSING", e.code());
        assertTrue(e.getMessage().startsWith(dir.resolve(EC + ".key").toString()), e.getMessage());
    }

    @Test
    void privateKeyOfAnotherKey() throws IOException {
        String other = Files.readString(TestData.path("keys/bind/Kexample.test.+013+43605.private"))
                .replaceAll("(?s).*PrivateKey: ([^\n]*).*", "$1");
        broken(EC, s -> s.replaceAll("PrivateKey: [^\n]*", "PrivateKey: " + other), "KEY_MISMATCH", null);
    }

    @Test
    void eddsaSeedOfTheWrongLength() throws IOException {
        broken(ED, s -> s.replaceAll("PrivateKey: [^\n]*", "PrivateKey: AAAA"), "BAD_PRIVATE_KEY", "PrivateKey");
    }

    @Test
    void inconsistentRsaValues() throws IOException {
        broken(RSA, s -> s.replaceAll("Coefficient: ([^\n]{4})", "Coefficient: AAAA"), "BAD_PRIVATE_KEY",
                "Coefficient");
    }

    @Test
    void brokenPublicFile() throws IOException {
        Path pub = dir.resolve(EC + ".key");
        Files.writeString(pub, Files.readString(pub).replace("IN DNSKEY 256 3 13", "IN DNSKEY 256 3 13 %%"));
        KeyException e = assertThrows(KeyException.class, () -> KeyFiles.read(dir.resolve(EC)));
        assertEquals("BAD_BASE64", e.code());
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(pub.toString()), e.getMessage());
    }

    @Test
    void publicFileWithoutRecord() throws IOException {
        Path pub = dir.resolve(EC + ".key");
        Files.writeString(pub, "; nothing here\n");
        assertEquals("KEY_FILE_TRUNCATED", assertThrows(KeyException.class, () -> KeyFiles.read(dir.resolve(EC))).code());
    }

    @Test
    void fileKeySourceRejectsOtherSchemes() {
        assertEquals("WRONG_KEY_SOURCE", assertThrows(KeyException.class,
                () -> new FileKeySource().signer(new KeyRef("pkcs11", "pkcs11:object=x"),
                        KeyFiles.readPublic(dir.resolve(EC)).dnskey())).code());
    }
}

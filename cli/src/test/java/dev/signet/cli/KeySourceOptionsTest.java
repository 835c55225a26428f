package dev.signet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token options' own rules, checked before any token is touched (no SoftHSM needed). */
class KeySourceOptionsTest {

    @TempDir
    Path dir;

    @Test
    void pinFileAndPinEnvExcludeEachOther() throws Exception {
        CliRun r = CliRun.run("keygen", "-K", dir.toString(), "--pkcs11", "pkcs11:token=t;object=o", "--pin-file", "f",
                "--pin-env", "V", "-a", "ECDSAP256SHA256", "example.com");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("[PIN_OPTIONS]"), r.toString());
        assertNoKeyFiles();
    }

    @Test
    void pinOptionsNeedAToken() throws Exception {
        CliRun r = CliRun.run("keygen", "-K", dir.toString(), "--pin-env", "V", "-a", "ECDSAP256SHA256", "example.com");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().startsWith("signet keygen: --pin-env is for keys made on a token"), r.toString());
        assertNoKeyFiles();
    }

    @Test
    void keyfromlabelNeedsALabelAndAnAlgorithm() {
        assertEquals(2, CliRun.run("keyfromlabel", "-a", "ECDSAP256SHA256", "example.com").code());
        assertEquals(2, CliRun.run("keyfromlabel", "-l", "pkcs11:object=o", "example.com").code());
        CliRun r = CliRun.run("keyfromlabel", "-l", "pkcs11:object=o", "-a", "13", "-t", "NOAUTH", "example.com");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("[UNSUPPORTED_OPTION]"), r.toString());
    }

    @Test
    void signzoneRefusesBothPinOptions() {
        CliRun r = CliRun.run("signzone", "--pin-file", "f", "--pin-env", "V", "-o", "example.com", "db");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("[PIN_OPTIONS]"), r.toString());
    }

    private void assertNoKeyFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }
}

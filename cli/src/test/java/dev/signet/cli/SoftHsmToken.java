package dev.signet.cli;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token directory of one test class, and child processes that see it. SoftHSM reads
 * {@code SOFTHSM2_CONF} (an environment variable, which Java cannot set for itself) and scans its
 * tokens once per process; so each command that touches the token — signet itself, pkcs11-tool —
 * runs as a child process whose environment names this class's configuration. The child JVM
 * gets the test class path and the same {@code --add-exports} the launcher's jar declares.
 * Without SoftHSM2 the test is skipped naming what is missing, unless {@code CI} is set.
 */
final class SoftHsmToken {

    static final String MODULE = "/usr/lib/softhsm/libsofthsm2.so";
    static final String PIN = "1234";

    private final Path conf;

    private SoftHsmToken(Path conf) {
        this.conf = conf;
    }

    static void requireSoftHsm() {
        String missing = !Files.isRegularFile(Path.of(MODULE)) ? MODULE
                : !Peers.onPath("softhsm2-util", System.getenv("PATH")) ? "softhsm2-util"
                : !Peers.onPath("pkcs11-tool", System.getenv("PATH")) ? "pkcs11-tool" : null;
        if (missing != null) {
            String message = "SoftHSM2 is not installed: " + missing + " is missing (Debian: apt-get install softhsm2 opensc)";
            if (System.getenv("CI") != null) {
                Assertions.fail(message + "; CI is set, so the test must not be skipped");
            }
            Assumptions.abort(message);
        }
    }

    /** A fresh token directory under {@code dir} with one token per label (user PIN {@link #PIN}). */
    static SoftHsmToken create(Path dir, String... labels) throws IOException, InterruptedException {
        requireSoftHsm();
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        Path conf = dir.resolve("softhsm2.conf");
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n"
                + "slots.removable = false\n", StandardCharsets.UTF_8);
        SoftHsmToken t = new SoftHsmToken(conf);
        for (String label : labels) {
            Peers.Result r = t.run(dir, Map.of(), "softhsm2-util", "--init-token", "--free", "--label", label,
                    "--so-pin", "87654321", "--pin", PIN);
            Assertions.assertEquals(0, r.code(), r.toString());
        }
        return t;
    }

    /**
     * The same tokens seen through a SoftHSM whose token offers only some mechanisms
     * ({@code slots.mechanisms}, e.g. {@code -CKM_EDDSA,CKM_EC_EDWARDS_KEY_PAIR_GEN} disables those two):
     * a token that lacks an algorithm.
     */
    SoftHsmToken withMechanisms(String mechanisms) throws IOException {
        String text = Files.readString(conf, StandardCharsets.UTF_8) + "slots.mechanisms = " + mechanisms + "\n";
        Path restricted = Files.writeString(conf.resolveSibling("softhsm2-restricted-" + Math.abs(mechanisms.hashCode())
                + ".conf"), text, StandardCharsets.UTF_8);
        return new SoftHsmToken(restricted);
    }

    /** signet in a child JVM in {@code dir}, with PIN in the environment variable PIN and the module in SIGNET_PKCS11_MODULE. */
    Peers.Result signet(Path dir, String... args) throws IOException, InterruptedException {
        return signet(dir, Map.of("PIN", PIN, "SIGNET_PKCS11_MODULE", MODULE), args);
    }

    /** signet in a child JVM with exactly these extra environment variables. */
    Peers.Result signet(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return run(dir, env, cmd.toArray(new String[0]));
    }

    /** A tool with this token's SOFTHSM2_CONF (and no SIGNET_PKCS11_MODULE or PIN unless given). */
    Peers.Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(conf.getParent(), "run", ".out");
        Path err = Files.createTempFile(conf.getParent(), "run", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> e = pb.environment();
        e.remove("SIGNET_PKCS11_MODULE");
        e.remove("PIN");
        e.put("SOFTHSM2_CONF", conf.toString());
        e.putAll(new HashMap<>(env));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            Assertions.fail("timed out: " + String.join(" ", command));
        }
        return new Peers.Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }

    /** {@code pkcs11-tool --list-objects} of the private keys on a token. */
    String privateKeyObjects(Path dir, String token) throws IOException, InterruptedException {
        Peers.Result r = run(dir, Map.of(), "pkcs11-tool", "--module", MODULE, "--token-label", token, "--login",
                "--pin", PIN, "--list-objects", "--type", "privkey");
        Assertions.assertEquals(0, r.code(), r.toString());
        return r.out();
    }
}

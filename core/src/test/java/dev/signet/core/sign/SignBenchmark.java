package dev.signet.core.sign;

import com.sun.management.OperatingSystemMXBean;
import dev.signet.core.denial.DenialRequest;
import dev.signet.core.key.FileKeySource;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.time.BindTime;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.ZoneLoader;
import dev.signet.core.zone.ZoneWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Signing benchmark (a main program, not a test): generates a zone of N names (default 100,000:
 * addresses, TXT, some IPv6, delegations of which a third secure, wildcards, empty
 * non-terminals), makes a KSK and a ZSK per algorithm with dnssec-keygen, and for NSEC and NSEC3
 * (RFC 9276 parameters: no salt, no extra iterations) times, in one run on the same machine,
 * Signet (load + sign + write, after a JIT warm-up on a small zone) and
 * {@code dnssec-signzone -n THREADS -P -t} (its own load, sign and write; {@code -P} skips BIND's
 * post-signing verification, which Signet's run does not do either). Prints wall and CPU
 * seconds and signatures per second of each: on a shared machine the CPU figures are the
 * steadier comparison.
 *
 * <pre>
 * mvn -q test-compile -pl core
 * java -cp core/target/classes:core/target/test-classes:BCPROV.jar \
 *     dev.signet.core.sign.SignBenchmark [names] [threads] [algorithms, comma-separated]
 * </pre>
 */
public final class SignBenchmark {

    private SignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int names = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String[] algorithms = (args.length > 2 ? args[2] : "ECDSAP256SHA256,ED25519,RSASHA256").split(",");
        Path dir = Files.createTempDirectory("signet-sign-bench");
        long now = Instant.now().getEpochSecond();
        System.out.printf("zone %s: %,d names; %d threads; %d processors; max heap %,d MiB; load average %.1f%n",
                ZONE, names, threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("wall = elapsed seconds (load + sign + write for Signet, the whole run for BIND);"
                + " cpu = user + system seconds of the process; sig/s = signatures / wall; sig/cpu-s = signatures / cpu");
        System.out.printf("%-16s %-5s %9s | %7s %7s %7s %9s %10s | %7s %7s %9s %10s%n", "algorithm", "chain", "signatures",
                "load", "wall", "cpu", "sig/s", "sig/cpu-s", "wall", "cpu", "sig/s", "sig/cpu-s");
        for (String alg : algorithms) {
            Path algDir = Files.createDirectories(dir.resolve(alg));
            List<String> bases = keygen(algDir, alg);
            List<ZoneKey> keys = new ArrayList<>();
            for (String b : bases) {
                keys.add(KeyFiles.read(algDir.resolve(b)));
            }
            // Warm the JIT on a small zone first, so the measured run is not the JVM's first.
            Path warm = writeZone(algDir.resolve("warm.db"), 3_000, keys);
            signet(warm, algDir, keys, "NSEC", threads, now);
            Path db = writeZone(algDir.resolve("db"), names, keys);
            for (String chain : new String[] {"NSEC", "NSEC3"}) {
                double[] ours = signet(db, algDir, keys, chain, threads, now);
                double[] bind = bind(algDir, bases, chain, threads, now);
                if (bind[2] != ours[3]) {
                    throw new IllegalStateException("BIND made " + bind[2] + " signatures, Signet " + ours[3]);
                }
                System.out.printf("%-16s %-5s %,9.0f | %7.2f %7.2f %7.2f %,9.0f %,10.0f | %7.2f %7.2f %,9.0f %,10.0f%n",
                        alg, chain, ours[3], ours[0], ours[1], ours[2], ours[3] / ours[1], ours[3] / ours[2],
                        bind[0], bind[1], bind[2] / bind[0], bind[2] / bind[1]);
            }
        }
    }

    static final String ZONE = "bench.test";

    static List<String> keygen(Path dir, String alg) throws IOException, InterruptedException {
        List<String> bases = new ArrayList<>();
        for (boolean ksk : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of("dnssec-keygen", "-q", "-a", alg));
            if (ksk) {
                cmd.addAll(List.of("-f", "KSK"));
            }
            cmd.add(ZONE);
            bases.add(run(dir, cmd).strip());
        }
        return bases;
    }

    static Path writeZone(Path file, int names, List<ZoneKey> keys) throws IOException {
        StringBuilder text = new StringBuilder(zoneText(names));
        for (ZoneKey k : keys) {
            text.append(k.dnskeyRecord(3600)).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }

    /** Signet's load, sign and write: {load seconds, wall seconds, cpu seconds, signatures}. */
    static double[] signet(Path db, Path dir, List<ZoneKey> keys, String chain, int threads, long now)
            throws IOException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ZoneLoader.Result loaded = ZoneLoader.load(db, Name.of(ZONE + "."), RrClass.IN,
                CheckOptions.compilezoneDefaults(), dir);
        if (!loaded.loaded()) {
            throw new IllegalStateException("benchmark zone did not load: " + loaded.firstError());
        }
        long t1 = System.nanoTime();
        FileKeySource source = new FileKeySource();
        List<SigningKey> signing = new ArrayList<>();
        for (ZoneKey k : keys) {
            signing.add(SigningKey.forced(k, source.signer(k.privateKey(), k.dnskey()), false, now));
        }
        SignOptions.Builder options = SignOptions.builder(now - 3_600, now + 30 * 86_400).threads(threads);
        if (chain.equals("NSEC3")) {
            options.denial(DenialRequest.nsec3(new byte[0], 0, false));
        }
        SignResult result = ZoneSigner.sign(loaded.zone(), signing, options.build(), now);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("signet.out"), StandardCharsets.UTF_8)) {
            result.writeTo(new ZoneWriter(ZoneWriter.Style.FULL, w, result.apex()));
        }
        long t2 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        return new double[] {(t1 - t0) / 1e9, (t2 - t0) / 1e9, cpu / 1e9, result.statistics().generated()};
    }

    /** {@code dnssec-signzone -n threads -P -t} under /usr/bin/time: {wall, cpu, signatures}. */
    static double[] bind(Path dir, List<String> bases, String chain, int threads, long now)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", "time.txt",
                "dnssec-signzone", "-n", Integer.toString(threads), "-P", "-t", "-o", ZONE, "-s", stamp(now - 3_600),
                "-e", stamp(now + 30 * 86_400), "-f", "bind.out"));
        if (chain.equals("NSEC3")) {
            cmd.addAll(List.of("-3", "-", "-H", "0"));
        }
        cmd.add("db");
        cmd.addAll(bases);
        String stats = run(dir, cmd);
        String[] t = Files.readString(dir.resolve("time.txt")).strip().split(" ");
        return new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2]),
            stat(stats, "Signatures generated:")};
    }

    /** The benchmark zone: a deterministic mix of the data a real zone holds. */
    static String zoneText(int names) {
        Random rnd = new Random(1);
        StringBuilder sb = new StringBuilder(names * 64);
        sb.append("$TTL 3600\n$ORIGIN bench.test.\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n"
                + "@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n");
        for (int i = 0; i < names; i++) {
            String n = "n" + Integer.toString(rnd.nextInt(Integer.MAX_VALUE), 36) + "-" + i;
            if (i % 50 == 0) {
                sb.append(n).append(" IN NS ns1\n");
                if (i % 150 == 0) {
                    sb.append(n).append(" IN DS 12345 13 2 ").append(String.format("%064X", (long) i)).append('\n');
                }
            } else if (i % 97 == 0) {
                sb.append("*.").append(n).append(" IN A 192.0.2.").append(i % 250).append('\n');
            } else if (i % 31 == 0) {
                sb.append("www.").append(n).append(" IN A 192.0.2.").append(i % 250).append('\n');
            } else {
                sb.append(n).append(" IN A 198.51.100.").append(i % 250).append('\n');
                if (i % 4 == 0) {
                    sb.append(n).append(" IN TXT \"record ").append(i).append("\"\n");
                }
                if (i % 10 == 0) {
                    sb.append(n).append(" IN AAAA 2001:db8::").append(Integer.toHexString(i & 0xFFFF)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String stamp(long t) {
        return BindTime.stamp(Instant.ofEpochSecond(t));
    }

    static double stat(String out, String label) {
        for (String line : out.split("\n")) {
            if (line.startsWith(label)) {
                return Double.parseDouble(line.substring(label.length()).strip());
            }
        }
        throw new IllegalStateException("no '" + label + "' in\n" + out);
    }

    /** Runs a tool in {@code dir}; returns its stdout, or fails with its output. */
    static String run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "run", ".out");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + Files.readString(out));
        }
        String text = Files.readString(out);
        Files.delete(out);
        return text;
    }
}

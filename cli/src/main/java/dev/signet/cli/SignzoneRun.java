package dev.signet.cli;

import dev.signet.core.io.AtomicFileWriter;
import dev.signet.core.rdata.Soa;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.sign.SignOptions;
import dev.signet.core.sign.SignResult;
import dev.signet.core.sign.SignStatistics;
import dev.signet.core.sign.SigningKey;
import dev.signet.core.sign.DsSet;
import dev.signet.core.sign.ZoneSigner;
import dev.signet.core.crypto.CryptoSelection;
import dev.signet.core.sigcache.RememberingVerifier;
import dev.signet.core.sigcache.SignatureDigests;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.SignatureVerifier;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.spi.SoftwareSigner;
import dev.signet.core.text.TextException;
import dev.signet.core.time.BindTime;
import dev.signet.core.verify.Finding;
import dev.signet.core.verify.VerifyOptions;
import dev.signet.core.verify.VerifyReport;
import dev.signet.core.verify.ZoneVerifier;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneLoader;
import dev.signet.core.zone.ZoneNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One run of {@code signet signzone}: load, sign, check, write — in that order, so that every
 * refusal and every failed check happens before anything is written. Messages follow
 * dnssec-signzone 9.18: "Fetching …", the verifier's lines and the output file name on standard
 * output (standard error when the zone itself goes to standard output), warnings and errors on
 * standard error; {@code -q} leaves only the file name, {@code -t} adds the statistics.
 */
final class SignzoneRun {

    /**
     * dnssec-signzone loads the zone with the master-file loader alone: none of
     * named-checkzone's host-name, MX/NS/SRV target or integrity checks.
     */
    static final CheckOptions LOAD_CHECKS = new CheckOptions(CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE,
            CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Integrity.NONE,
            false, false, -1);

    private final SignzoneSettings s;
    /** The crypto backend (--crypto, SIGNET_CRYPTO, auto) for the key files and every signature check. */
    private final CryptoSelection.Choice crypto;
    /** The chosen backend's public-key signature check. */
    private final SignatureVerifier publicKeyCheck;
    private final Streams io;
    private final Clock clock;
    private final SecureRandom random;
    private final String me;
    /** Where BIND's informational lines go: stdout, or stderr with "-f -". */
    private final PrintStream messages;
    /** The post-signing check's lines printed on {@link #messages} (unless -q): a repeated run prints them again. */
    private final List<String> shown = new ArrayList<>();
    /** Whether this run printed a warning: a run that warned leaves no note to repeat it from. */
    private boolean warned;
    /** The output's header length and body digest, once written to a file. */
    private ResignShortcut.BodyDigest written;
    private String dssetText;
    private String keysetText;

    SignzoneRun(SignzoneSettings settings, CryptoSelection.Choice crypto, Streams io, Clock clock, SecureRandom random,
            String me) {
        this.s = settings;
        this.crypto = crypto;
        this.publicKeyCheck = SoftwareSignatureVerifier.of(crypto.provider());
        this.io = io;
        this.clock = clock;
        this.random = random;
        this.me = me;
        this.messages = settings.toStdout() ? io.err() : io.out();
    }

    int run() {
        long started = System.nanoTime();
        Path input = Path.of(s.zoneFile);
        if (s.output != null && sameFile(input, s.output)) {
            throw new TextException("OUTPUT_IS_INPUT", s.output + ": the output file is the zone file;"
                    + " refusing to overwrite the input");
        }
        // -t reports what was signed and kept: that takes the full run.
        if (ResignShortcut.repeatable(s) && !s.flags.statistics() && reuseUnchanged(input, started)) {
            return Main.OK;
        }
        Zone zone = load(input);
        if (zone == null) {
            return Main.FAILURE;
        }
        phase("loaded " + zone.nodeCount() + " names", started);
        int names = zone.nodeCount();
        collectBetweenPhases(names);
        if (s.flags.generateDs()) {
            zone = childDs(zone);
        }
        Consumer<String> warn = w -> {
            warned = true;
            io.err().println(me + ": " + w);
        };
        long serial = s.serialFormat.next(zone.serial(), s.now, clock.getZone(), w -> warn.accept("warning: " + w));

        SignatureVerifier verifier = verifier(input, hasSignatures(zone));
        SignResult result;
        long signNanos;
        List<SigningKey> setKeys;
        List<SigningKey> allKeys;
        List<String> consultedKeys;
        long cycle;
        if (s.verbosity > 0) {
            io.err().println(me + ": crypto: " + crypto.name() + " (" + crypto.reason() + ")");
        }
        KeySourceContext keyContext = s.keySources.with(CryptoSelection.SETTING, crypto.setting());
        SignzoneKeys loadedKeys = SignzoneKeys.load(s, zone, warn, keyContext);
        // The unsigned zone's nodes are not needed after signing (its RRsets live on in the
        // signed zone): drop the reference so that a big zone is not held twice.
        zone = null;
        try (SignzoneKeys keys = loadedKeys) {
            SignOptions options = options(serial);
            cycle = options.cycle();
            if (s.verbosity > 0) {
                io.err().println(me + ": " + runtime(keys.keys()));
            }
            long t0 = System.nanoTime();
            result = ZoneSigner.sign(keys.zone(), keys.keys(), options, s.now, verifier);
            signNanos = System.nanoTime() - t0;
            phase("signed (" + result.statistics().generated() + " new signatures, "
                    + String.format(Locale.ROOT, "%.3f", result.statistics().signingNanos() / 1e9)
                    + " s in the signers)", t0);
            // Not remembered for a repeated run: these lines report changes to the DNSKEY RRset,
            // which the output already has, so a run on the output does not print them again.
            if (!s.flags.quiet()) {
                keys.fetched().forEach(messages::println);
                result.report().forEach(messages::println);
            }
            for (String w : result.warnings()) {
                warn.accept(w);
            }
            setKeys = DsSet.keys(keys.keys());
            allKeys = List.copyOf(keys.keys());
            consultedKeys = keys.consulted();
        }
        loadedKeys = null;
        collectBetweenPhases(names);
        long t1 = System.nanoTime();
        Zone signed = result.zone();
        phase("built the signed zone", t1);
        long t2 = System.nanoTime();
        if (!s.flags.noVerify() && !verify(signed, verifier)) {
            return Main.FAILURE;
        }
        phase("checked the signed zone", t2);
        long t3 = System.nanoTime();
        write(signed, setKeys);
        phase("wrote the output", t3);
        if (verifier instanceof RememberingVerifier remembering && s.output != null) {
            long t4 = System.nanoTime();
            byte[] note = null;
            if (ResignShortcut.repeatable(s) && !warned && written != null) {
                note = note(signed, allKeys, consultedKeys, cycle);
            }
            writeCache(remembering, note);
            phase("wrote " + remembering.known().size() + " signature digests", t4);
        }
        if (s.toStdout()) {
            io.out().flush();
        } else {
            messages.println(s.output);
        }
        if (s.flags.statistics()) {
            statistics(result.statistics(), signNanos, System.nanoTime() - started);
        }
        if (s.verbosity > 0) {
            // The share of the run (since main, JVM start not included) spent in the signers.
            long total = System.nanoTime() - started;
            long crypto = result.statistics().signingNanos();
            io.err().printf(Locale.ROOT, "%s: done in %.3f s, %.3f s of it in the signers (%.1f %%)\n", me, total / 1e9,
                    crypto / 1e9, 100.0 * crypto / total);
        }
        return Main.OK;
    }

    /**
     * With -v: the Java runtime, its heap limit and the crypto implementation of each signing
     * key, so that a benchmark row says what produced it.
     */
    static String runtime(List<SigningKey> keys) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Java %s (%s), max heap %d MB, crypto",
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() >> 20));
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (SigningKey k : keys) {
            String impl = k.signer() instanceof SoftwareSigner sw ? sw.backendName() : k.signer().getClass().getSimpleName();
            seen.add(k.signer().algorithm().mnemonic() + " " + impl);
        }
        b.append(seen.isEmpty() ? " none" : " " + String.join(", ", seen));
        return b.toString();
    }

    /**
     * The verifier for kept signatures and the post-signing check. Unless --no-signature-cache,
     * one that trusts the signatures whose digests are in {@code <input>.sigcache} or
     * {@code <output>.sigcache} and the ones made in this run (see {@link RememberingVerifier}).
     */
    private SignatureVerifier verifier(Path input, boolean signedInput) {
        if (!s.signatureCache) {
            return publicKeyCheck;
        }
        if (!signedInput) {
            // Nothing to look up: the new signatures are remembered as they are made.
            return new RememberingVerifier(publicKeyCheck, new SignatureDigests());
        }
        long t0 = System.nanoTime();
        SignatureDigests known = readCache(cacheFile(input));
        if (s.output != null && !s.output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            known.addAll(readCache(cacheFile(s.output)));
        }
        phase("read " + known.size() + " signature digests", t0);
        return new RememberingVerifier(publicKeyCheck, known);
    }

    private static boolean hasSignatures(Zone zone) {
        for (ZoneNode n : zone.nodes()) {
            for (RRset set : n.rrsets()) {
                if (set.type().equals(RrType.RRSIG)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the digests of a signed zone file's signatures are kept: beside it. */
    static Path cacheFile(Path zoneFile) {
        return zoneFile.resolveSibling(zoneFile.getFileName() + ".sigcache");
    }

    /** An unreadable cache only costs time: warn and start empty. */
    private SignatureDigests readCache(Path file) {
        try {
            return SignatureDigests.read(file);
        } catch (IOException e) {
            io.err().println(me + ": warning: ignoring the signature cache " + file + ": " + e.getMessage());
            return new SignatureDigests();
        }
    }

    private void writeCache(RememberingVerifier remembering, byte[] note) {
        Path file = cacheFile(s.output);
        try {
            remembering.known().write(file, note == null ? new byte[0] : note);
        } catch (IOException e) {
            io.err().println(me + ": warning: could not write the signature cache " + file + ": " + e.getMessage());
        }
    }

    /** Zones from this size on are worth a full collection between phases. */
    private static final int COLLECT_FROM_NAMES = 100_000;

    /**
     * A full garbage collection between phases, on a big zone. The loader's and the signer's
     * temporary objects that were still reachable at a young collection sit in the old
     * generation, and the serial and parallel collectors of Java 22 and later grow the old
     * generation rather than collect it (Java 17 collects it): on 1M names (Ed25519, Java 25)
     * the peak RSS is 1.70 GB without these two collections and 1.26 GB with them (BIND:
     * 1.31 GB), for about 1.1 s of collection. -XX:+DisableExplicitGC turns them off.
     */
    private void collectBetweenPhases(int names) {
        if (names >= COLLECT_FROM_NAMES) {
            long t0 = System.nanoTime();
            System.gc();
            phase("collected garbage", t0);
        }
    }

    /** With -v: how long a step took, on standard error. */
    private void phase(String what, long since) {
        if (s.verbosity > 0) {
            io.err().printf(Locale.ROOT, "%s: %s in %.3f s\n", me, what, (System.nanoTime() - since) / 1e9);
        }
    }

    private Zone load(Path input) {
        ZoneLoader.Result loaded;
        try {
            loaded = ZoneLoader.load(input, s.origin, s.rrClass, LOAD_CHECKS, null);
        } catch (NoSuchFileException e) {
            throw new TextException("FILE_NOT_FOUND", "failed loading zone from '" + s.zoneFile + "': file not found");
        } catch (IOException e) {
            throw new TextException("READ_FAILED", "failed loading zone from '" + s.zoneFile + "': " + e.getMessage());
        }
        for (Diagnostic d : loaded.diagnostics()) {
            io.err().println(me + ": " + d);
        }
        if (!loaded.loaded()) {
            Diagnostic first = loaded.firstError();
            io.err().println(me + ": failed loading zone from '" + s.zoneFile + "'"
                    + (first != null ? ": " + first.message() : "") + " [ZONE_NOT_LOADED]");
            return null;
        }
        if (loaded.zone().soa() == null) {
            throw new TextException("NO_SOA", "failed loading zone from '" + s.zoneFile + "': no SOA at "
                    + BindArgs.bindName(s.origin));
        }
        return loaded.zone();
    }

    private Zone childDs(Zone zone) {
        try {
            return DsFiles.withChildDs(zone, s.dsDirectory);
        } catch (IOException e) {
            throw new TextException("READ_FAILED", "cannot read the child DS files in " + s.dsDirectory + ": "
                    + e.getMessage());
        }
    }

    private SignOptions options(long serial) {
        SignzoneSettings.Switches f = s.flags;
        SignOptions.Builder b = SignOptions.builder(s.start, s.end).dnskeyExpiration(s.dnskeyEnd)
                .kskOnlyDnskey(f.kskOnlyDnskey()).ignoreKskFlag(f.ignoreKskFlag()).denial(s.denial)
                .updateChain(f.updateChain()).dropInactive(f.dropInactive()).dropUnpublished(f.dropUnpublished())
                .verifyEach(f.verifyEach()).threads(s.threads).maxTtl(s.maxTtl).keyTtl(s.keyTtl)
                .smartSigning(f.smartSigning()).soaSerial(serial).strictKeyChecks(!f.noVerify());
        if (s.cycle >= 0) {
            b.cycle(s.cycle);
        }
        if (s.jitter > 0) {
            b.jitter(s.jitter, random);
        }
        return b.build();
    }

    /** The post-signing check (dnssec-verify's, with -x and -z); false after reporting a failure. */
    private boolean verify(Zone signed, SignatureVerifier verifier) {
        VerifyOptions options = VerifyOptions.defaults(s.now).withKskOnlyDnskey(s.flags.kskOnlyDnskey())
                .withIgnoreKskFlag(s.flags.ignoreKskFlag()).withThreads(s.threads).withVerifier(verifier);
        // A big zone takes a while to check: show how far on a terminal, as signet verify does.
        TerminalProgress progress = io.err() == System.err && TerminalProgress.stderrIsTerminal()
                ? new TerminalProgress(io.err(), me + ": checking the signed zone") : null;
        if (progress != null) {
            options = options.withProgress(progress);
        }
        VerifyReport report = ZoneVerifier.verify(signed, options);
        if (progress != null) {
            progress.finish();
        }
        for (Finding f : report.findings()) {
            if (!report.isValid() || s.verbosity > 0) {
                io.err().println(me + ": " + f);
            }
        }
        if (report.isValid()) {
            report.bindLines().forEach(this::show);
        } else {
            report.bindLines().forEach(messages::println);
        }
        if (!report.isValid()) {
            messages.println("Zone verification failed (failure)");
            io.err().println(me + ": the signed zone failed the completeness check; nothing was written"
                    + " (-P skips the check) [VERIFY_FAILED]");
            return false;
        }
        return true;
    }

    private void write(Zone signed, List<SigningKey> setKeys) {
        String ctime = BindTime.ctime(Instant.ofEpochSecond(s.now), clock.getZone());
        String version = "signet signzone version " + Version.number();
        boolean dnskeysToo = s.flags.smartSigning();
        try {
            if (s.toStdout()) {
                Writer w = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.ISO_8859_1), 1 << 16);
                SignedZoneWriter zw = new SignedZoneWriter(s.format, w, signed.apex(), s.flags.dnssecOnly());
                zw.header(ctime, version);
                zw.write(signed, dnskeysToo);
                w.flush();
            } else {
                AtomicFileWriter.write(s.output, false, raw -> {
                    ResignShortcut.BodyDigest digesting = new ResignShortcut.BodyDigest(raw);
                    Writer w = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.ISO_8859_1), 1 << 16);
                    SignedZoneWriter zw = new SignedZoneWriter(s.format, w, signed.apex(), s.flags.dnssecOnly());
                    zw.header(ctime, version);
                    w.flush();
                    digesting.startBody();
                    zw.write(signed, dnskeysToo);
                    w.flush();
                    written = digesting;
                });
            }
        } catch (IOException e) {
            throw new TextException("WRITE_FAILED", "could not write output file \"" + (s.output != null ? s.output : "-")
                    + "\": " + e.getMessage());
        }
        dssetText = DsFiles.dsset(signed.apex(), signed.rrClass(), setKeys);
        writeSetFile(dssetFile(), dssetText);
        if (s.flags.writeKeyset()) {
            RRset soa = signed.soa();
            long ttl = Math.min(soa.ttl(), Soa.from(soa.rdata(0)).minimum());
            RRset keyset = DsFiles.keyset(signed.apex(), signed.rrClass(), ttl, setKeys);
            keysetText = keyset == null ? "" : SignedZoneWriter.keyset(keyset);
            writeSetFile(keysetFile(), keysetText);
        }
    }

    private Path dssetFile() {
        return s.dsDirectory.resolve(DsFiles.fileName("dsset-", s.origin));
    }

    private Path keysetFile() {
        return s.dsDirectory.resolve(DsFiles.fileName("keyset-", s.origin));
    }

    /** One of the check's lines on the message stream: printed unless -q, remembered for a repeated run. */
    private void show(String line) {
        shown.add(line);
        if (!s.flags.quiet()) {
            messages.println(line);
        }
    }

    /** What a later run needs to repeat this one without signing (see {@link ResignShortcut}). */
    private byte[] note(Zone signed, List<SigningKey> keys, List<String> consulted, long cycle) {
        try {
            return new ResignShortcut.Note(written.bodySha256(), written.headerBytes(), shortcutSettings(),
                    ResignShortcut.keys(consulted), consulted, s.now, ResignShortcut.dueAt(signed, keys, cycle, s.now),
                    shown, dssetText, keysetText).encode();
        } catch (IOException e) {
            io.err().println(me + ": warning: no re-sign note in the signature cache: " + e.getMessage());
            return null;
        }
    }

    /** The settings digest of {@link ResignShortcut#settings}, with this run's cycle and validity. */
    private String shortcutSettings() {
        SignOptions o = options(-1);
        return ResignShortcut.settings(s, o.cycle(), o.expiration() - o.inception());
    }

    /**
     * Writes the input again when it is the unchanged output of an earlier run with these
     * settings and key files and nothing is due (see {@link ResignShortcut}); false, with
     * nothing written, when that does not hold.
     */
    private boolean reuseUnchanged(Path input, long started) {
        ResignShortcut.Note note;
        try {
            byte[] raw = SignatureDigests.readNote(cacheFile(input));
            note = raw == null ? null : ResignShortcut.Note.decode(raw);
        } catch (IOException e) {
            return false; // the full run reads (and warns about) the cache
        }
        if (note == null) {
            return false;
        }
        ZoneSigner.checkTimes(options(-1), s.now); // the same refusals as a full run
        String ctime = BindTime.ctime(Instant.ofEpochSecond(s.now), clock.getZone());
        byte[] header = SignedZoneWriter.headerText(ctime, "signet signzone version " + Version.number())
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            List<String> current = s.flags.smartSigning()
                    ? SignzoneKeys.zoneKeyBases(s.keyDirectory, s.origin) : List.of();
            String why = ResignShortcut.mismatch(note, shortcutSettings(), s.now, current);
            if (why != null) {
                verbose("signing in full: " + why);
                return false;
            }
            AtomicFileWriter.writeChannel(s.output, false, out -> ResignShortcut.copyBody(input, note, header, out));
        } catch (ResignShortcut.InputChanged e) {
            verbose("signing in full: " + e.getMessage());
            return false;
        } catch (IOException e) {
            verbose("signing in full: " + e.getMessage());
            return false;
        }
        phase("wrote the unchanged zone again (nothing due before "
                + BindTime.stamp(Instant.ofEpochSecond(note.dueAt())) + ")", started);
        ResignShortcut.Note next = new ResignShortcut.Note(note.bodySha256(), header.length, note.settings(), note.keys(),
                note.keyBases(), s.now, note.dueAt(), note.shown(), note.dsset(), note.keyset());
        try {
            ResignShortcut.writeCache(cacheFile(input), cacheFile(s.output), next);
        } catch (IOException e) {
            io.err().println(me + ": warning: could not write the signature cache " + cacheFile(s.output) + ": "
                    + e.getMessage());
        }
        if (note.dsset() != null) {
            writeSetFile(dssetFile(), note.dsset());
        }
        if (note.keyset() != null && s.flags.writeKeyset()) {
            writeSetFile(keysetFile(), note.keyset());
        }
        note.shown().forEach(this::show);
        messages.println(s.output);
        return true;
    }

    private void verbose(String what) {
        if (s.verbosity > 0) {
            io.err().println(me + ": " + what);
        }
    }

    private static void writeSetFile(Path file, String text) {
        try {
            AtomicFileWriter.write(file, text.getBytes(StandardCharsets.ISO_8859_1), false);
        } catch (IOException e) {
            throw new TextException("WRITE_FAILED", "could not write " + file + ": " + e.getMessage());
        }
    }

    /** dnssec-signzone -t: the counters and rates, laid out as BIND prints them. */
    private void statistics(SignStatistics st, long signNanos, long runNanos) {
        PrintStream out = messages;
        out.printf(Locale.ROOT, "Signatures generated:               %10d\n", st.generated());
        out.printf(Locale.ROOT, "Signatures retained:                %10d\n", st.retained());
        out.printf(Locale.ROOT, "Signatures dropped:                 %10d\n", st.dropped());
        out.printf(Locale.ROOT, "Signatures successfully verified:   %10d\n", st.verified());
        out.printf(Locale.ROOT, "Signatures unsuccessfully verified: %10d\n", st.verifyFailed());
        double signSeconds = signNanos / 1e9;
        double rate = signSeconds > 0 ? st.generated() / signSeconds : 0;
        out.printf(Locale.ROOT, "Signing time in seconds:           %11.3f\n", signSeconds);
        out.printf(Locale.ROOT, "Signatures per second:             %11.3f\n", rate);
        out.printf(Locale.ROOT, "Runtime in seconds:                %11.3f\n", runNanos / 1e9);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}

package dev.signet.cli;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.text.TextException;
import dev.signet.core.time.BindTime;
import dev.signet.core.verify.Durations;
import dev.signet.core.verify.Finding;
import dev.signet.core.verify.SignatureExpiry;
import dev.signet.core.crypto.CryptoSelection;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.verify.VerifyOptions;
import dev.signet.core.verify.VerifyReport;
import dev.signet.core.verify.ZoneVerifier;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.ZoneLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code signet verify}: dnssec-verify, plus what monitoring needs. */
@Command(name = "verify", versionProvider = Version.class, sortOptions = false,
        description = {"Verify that a signed zone is completely and correctly signed, as dnssec-verify does:"
                + " every RRset signed with every algorithm of the zone's self-signed KSKs, signatures valid and"
                + " current, original TTLs and labels right, the NSEC or NSEC3 chain complete with correct type"
                + " bitmaps, nothing signed below zone cuts.",
            "Prints dnssec-verify's messages on standard output and every finding on standard error, one per line.",
            "Exit status: 0 valid, 1 not valid (or an error), 2 usage error, 3 valid but a signature expires within"
                + " --expire-within."})
final class VerifyCommand implements Callable<Integer>, Main.Debuggable {

    /** The exit status of a valid zone with a signature expiring within {@code --expire-within}. */
    static final int EXPIRING = 3;

    /**
     * dnssec-verify loads the zone with the master-file loader only: none of named-checkzone's
     * host-name, MX/SRV/NS target or integrity checks.
     */
    private static final CheckOptions LOAD_CHECKS = new CheckOptions(CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE,
            CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Mode.IGNORE, CheckOptions.Integrity.NONE,
            false, false, -1);

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Mixin
    CryptoOption crypto;

    @Option(names = "-c", paramLabel = "class", converter = ZoneToolOptions.ClassConverter.class,
            description = "Zone class (default: IN).")
    RrClass zoneClass = RrClass.IN;

    @Option(names = "-I", paramLabel = "format", converter = ZoneToolOptions.TextFormat.class,
            description = "Input format: only 'text' (BIND's 'raw' is not supported).")
    String inputFormat = "text";

    @Option(names = "-o", paramLabel = "origin", description = "Zone origin (default: the zone file's name).")
    String origin;

    @Option(names = "-q", description = "Quiet: nothing on standard output; findings still go to standard error.")
    boolean quiet;

    @Option(names = "-v", paramLabel = "level", description = "Verbosity: 1 or more adds statistics on standard error.")
    int verbosity;

    @Option(names = "-x", description = "The DNSKEY RRset is signed by KSKs only: a ZSK need not sign it"
            + " (the summary says 'present' instead of 'stand-by').")
    boolean kskOnlyDnskey;

    @Option(names = "-z", description = "Ignore the KSK flag: any key that signs the DNSKEY RRset, or a key that"
            + " signs the SOA, makes its algorithm one every RRset must be signed with.")
    boolean ignoreKskFlag;

    @Option(names = "-V", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--time", paramLabel = "time", description = "Validate as of this time instead of now, in BIND's"
            + " date syntax: YYYYMMDD[HHMMSS], a 10-digit epoch, now, each optionally +N/-N with a unit"
            + " y, mo, w, d, h, mi or s.")
    String time;

    @Option(names = "--expire-within", paramLabel = "duration", converter = DurationConverter.class,
            description = "Exit with status 3 when the zone is valid but a signature expires within this duration"
                    + " (e.g. 7d, 36h, 2w; a plain number is seconds), naming the earliest one.")
    Long expireWithin;

    @Option(names = "--json", description = "Print the report as JSON on standard output (nothing else on standard"
            + " output or standard error, except errors of the run itself).")
    boolean json;

    @Option(names = "--strict", description = "Treat warnings (lint: RFC 9276 NSEC3 parameters, deprecated algorithms,"
            + " SHA-1 DS, DNSKEY response size, short validity, CDS/CDNSKEY, ZONEMD) as failures.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "n", description = "Threads verifying signatures (default: one per CPU).")
    Integer threads;

    @Parameters(index = "0", paramLabel = "zonefile", description = "The signed zone file ('-' for standard input).")
    String zoneFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Streams streams = parent.streams();
        String command = spec.qualifiedName(" ");
        long now = validationTime();
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        CryptoSelection.Choice backend = crypto.choose(parent.env());
        boolean talk = !quiet && !json;
        String originText = origin != null ? origin : Path.of(zoneFile).getFileName().toString();
        Name apex;
        try {
            apex = Name.parse(originText, Name.ROOT);
        } catch (TextException e) {
            streams.err().println(command + ": bad origin '" + originText + "': " + e.detail() + " [" + e.code() + "]");
            return Main.FAILURE;
        }
        if (talk) {
            streams.out().println("Loading zone '" + originText + "' from file '" + zoneFile + "'");
            streams.out().println();
        }
        ZoneLoader.Result loaded = load(streams, command, apex, now);
        if (loaded == null) {
            return Main.FAILURE;
        }

        VerifyOptions options = VerifyOptions.defaults(now).withKskOnlyDnskey(kskOnlyDnskey).withIgnoreKskFlag(ignoreKskFlag)
                .withVerifier(SoftwareSignatureVerifier.of(backend.provider()));
        if (threads != null) {
            options = options.withThreads(threads);
        }
        TerminalProgress progress = talk && streams.err() == System.err && TerminalProgress.stderrIsTerminal()
                ? new TerminalProgress(streams.err(), command) : null;
        if (progress != null) {
            options = options.withProgress(progress);
        }
        long started = System.nanoTime();
        VerifyReport report = ZoneVerifier.verify(loaded.zone(), options);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        if (progress != null) {
            progress.finish();
        }
        return report(streams, command, report, loaded, now, talk, elapsedMillis, options.threads());
    }

    /** {@code --time} in BIND's date syntax, or now. */
    private long validationTime() {
        long wallNow = Instant.now().getEpochSecond();
        try {
            return time == null ? wallNow : BindTime.parseRequired(time, wallNow, wallNow);
        } catch (TextException e) {
            throw new ParameterException(spec.commandLine(), "--time: " + e.detail());
        }
    }

    /** Loads the zone as dnssec-verify does; prints why and returns null if it does not load. */
    private ZoneLoader.Result load(Streams streams, String command, Name apex, long now) {
        PrintStream err = streams.err();
        ZoneLoader.Result loaded;
        try {
            loaded = "-".equals(zoneFile)
                    ? ZoneLoader.load(new InputStreamReader(streams.in(), StandardCharsets.ISO_8859_1), "-", apex, zoneClass, LOAD_CHECKS)
                    : ZoneLoader.load(Path.of(zoneFile), apex, zoneClass, LOAD_CHECKS, null);
        } catch (NoSuchFileException e) {
            err.println(command + ": failed loading zone from '" + zoneFile + "': file not found [FILE_NOT_FOUND]");
            return null;
        } catch (IOException e) {
            err.println(command + ": failed loading zone from '" + zoneFile + "': " + e.getMessage() + " [READ_FAILED]");
            return null;
        }
        if (!json) {
            for (Diagnostic d : loaded.diagnostics()) {
                err.println(command + ": " + d);
            }
        }
        if (loaded.loaded()) {
            return loaded;
        }
        Diagnostic first = loaded.firstError();
        err.println(command + ": failed loading zone from '" + zoneFile + "'"
                + (first != null ? ": " + first.message() + " [" + first.code() + "]" : ""));
        if (json) {
            streams.out().println(VerifyJson.loadFailure(apex, zoneFile, now, loaded.diagnostics()));
        }
        return null;
    }

    /**
     * Prints the outcome — findings on standard error, dnssec-verify's lines on standard output,
     * or the JSON — and returns the exit status: 1 invalid (or warnings with --strict), else 3 when
     * a signature expires within --expire-within, else 0.
     */
    private int report(Streams streams, String command, VerifyReport report, ZoneLoader.Result loaded, long now,
                       boolean talk, long elapsedMillis, int threadCount) {
        SignatureExpiry earliest = report.earliestExpiry().orElse(null);
        boolean expiring = expireWithin != null && earliest != null && earliest.expiration() < now + expireWithin;
        boolean failed = !report.isValid() || (strict && !report.warnings().isEmpty());
        int status = failed ? Main.FAILURE : expiring ? EXPIRING : Main.OK;
        if (json) {
            streams.out().println(VerifyJson.report(report, zoneFile, now, status, expireWithin, expiring, loaded.diagnostics()));
            return status;
        }
        PrintStream err = streams.err();
        for (Finding f : report.findings()) {
            err.println(command + ": " + f);
        }
        if (strict && report.isValid() && !report.warnings().isEmpty()) {
            err.println(command + ": " + report.warnings().size() + " warning(s) and --strict: failing [STRICT]");
        }
        if (expiring) {
            err.println(command + ": " + expiryMessage(earliest, now, expireWithin));
        }
        if (talk) {
            for (String line : report.bindLines()) {
                streams.out().println(line);
            }
        }
        if (verbosity > 0) {
            err.println(command + ": " + report.nameCount() + " names, " + report.signatureCount() + " signatures, "
                    + report.errors().size() + " errors, " + report.warnings().size() + " warnings in "
                    + elapsedMillis + " ms on " + threadCount + " threads");
        }
        return status;
    }

    /** The one line a monitoring check shows: which signature expires first, when, and the horizon. */
    static String expiryMessage(SignatureExpiry e, long now, long horizon) {
        long left = e.expiration() - now;
        return "signature of " + Finding.bindName(e.owner()) + "/" + e.covered() + " by key " + e.keyTag() + " ("
                + algorithmName(e.algorithm()) + ") " + (left < 0 ? "expired" : "expires") + " at "
                + BindTime.stamp(Instant.ofEpochSecond(e.expiration())) + " UTC, "
                + (left < 0 ? Durations.format(-left) + " ago" : "in " + Durations.format(left))
                + ": within the " + Durations.format(horizon) + " of --expire-within [EXPIRES_SOON]";
    }

    static String algorithmName(int number) {
        Algorithm a = Algorithm.fromNumber(number);
        return a != null ? a.mnemonic() : Integer.toString(number);
    }

    @Override
    public boolean debug() {
        return common.debug;
    }

    /** A duration in BIND's syntax: a number with an optional unit y, mo, w, d, h, mi, s. */
    static final class DurationConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return BindTime.duration(value);
            } catch (TextException | ArithmeticException e) {
                throw new TypeConversionException("invalid duration '" + value + "' (e.g. 7d, 36h, 2w, 3600)");
            }
        }
    }
}

package dev.signet.cli;

import dev.signet.core.denial.DenialRequest;
import dev.signet.core.name.Name;
import dev.signet.core.rr.RrClass;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.text.TextException;
import dev.signet.core.time.BindTime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@link SignzoneCommand}, checked and turned into values the way
 * dnssec-signzone 9.18 reads them (its defaults, its date rules, its error wording). Nothing
 * here touches the zone or the keys. Immutable.
 */
final class SignzoneSettings {

    /** dnssec-signzone's ceiling for NSEC3 additional iterations. */
    static final int MAX_ITERATIONS = 150;
    /** The default validity period: 30 days after the start time. */
    static final long DEFAULT_VALIDITY = 30L * 86400;
    /** The default start time lies an hour before now, for clock skew. */
    static final long CLOCK_SKEW = 3600;

    final String zoneFile;
    final String originText;
    final Name origin;
    final RrClass rrClass;
    final Path keyDirectory;
    final Path dsDirectory;
    final List<String> keyFiles;
    final List<String> kskFiles;
    final long now;
    final long start;
    final long end;
    final long dnskeyEnd;
    /** {@code -i}, or -1 for BIND's default (a quarter of the validity period). */
    final long cycle;
    final long jitter;
    final DenialRequest denial;
    final int threads;
    final long maxTtl;
    final long keyTtl;
    final SerialFormat serialFormat;
    /** The output file, or {@code null} for standard output ({@code -f -}). */
    final Path output;
    /** Whether signatures already verified or made are remembered (in and across runs): not --no-signature-cache. */
    final boolean signatureCache;
    final SignedZoneWriter.Format format;
    final int verbosity;
    final Switches flags;
    /** How key sources other than files (a PKCS#11 token) are reached. */
    final KeySourceContext keySources;

    /** The options without a value, as given. */
    record Switches(boolean verifyEach, boolean writeKeyset, boolean dnssecOnly, boolean generateDs, boolean noVerify,
            boolean dropInactive, boolean quiet, boolean dropUnpublished, boolean smartSigning, boolean statistics,
            boolean updateChain, boolean kskOnlyDnskey, boolean ignoreKskFlag) {
    }

    private SignzoneSettings(SignzoneCommand c, long now, PrintStream err, String me) {
        this.flags = new Switches(c.verifyEach, c.writeKeyset, c.dnssecOnly, c.generateDs, c.noVerify, c.dropInactive,
                c.quiet, c.dropUnpublished, c.smartSigning, c.statistics, c.updateChain, c.kskOnlyDnskey, c.ignoreKskFlag);
        this.now = now;
        this.keySources = c.keySource.context();
        this.zoneFile = c.zoneFile;
        if (c.engine != null) {
            throw new TextException("UNSUPPORTED_ENGINE", "-E " + c.engine + ": OpenSSL engines are not supported;"
                    + " keys on a PKCS#11 token are used through the Label: of their key files");
        }
        checkFormat(c.inputFormat, "-I", false);
        SignedZoneWriter.Format given = checkFormat(c.outputFormat, "-O", true);
        // BIND: "-f -" writes the full format unless -O says otherwise.
        this.format = given != null ? given
                : "-".equals(c.output) ? SignedZoneWriter.Format.FULL : SignedZoneWriter.Format.TEXT;
        this.rrClass = BindArgs.rrClass(c.zoneClass);
        // As BIND: without -o the whole zone file argument is the origin, path and all.
        this.originText = c.origin != null ? c.origin : c.zoneFile;
        this.origin = name(originText);
        this.keyDirectory = directory(c.keyDirectory);
        this.dsDirectory = directory(c.dsDirectory);
        this.keyFiles = List.copyOf(c.keyFiles);
        this.kskFiles = List.copyOf(c.kskFiles);

        this.start = c.startTime != null ? BindTime.parseRequired(c.startTime, now, now) : now - CLOCK_SKEW;
        this.end = c.endTime != null ? BindTime.parseRequired(c.endTime, now, start) : start + DEFAULT_VALIDITY;
        if (c.dnskeyEndTime != null) {
            this.dnskeyEnd = BindTime.parseRequired(c.dnskeyEndTime, now, start);
            if (c.endTime != null && dnskeyEnd == end) {
                err.println(me + ": warning: -e and -X were both set, but have identical values.");
            }
        } else {
            this.dnskeyEnd = end;
        }
        this.cycle = c.cycle == null ? -1 : seconds(c.cycle, "CYCLE", "cycle period must be numeric and positive");
        this.jitter = c.jitter == null ? 0 : seconds(c.jitter, "JITTER", "jitter must be numeric and positive");
        this.denial = denial(c, err, me);
        int n = c.threads == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                seconds(c.threads, "THREADS", "number of cpus must be numeric"));
        this.threads = n > 0 ? n : Runtime.getRuntime().availableProcessors();
        this.verbosity = c.verbosity == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                seconds(c.verbosity, "VERBOSITY", "verbose level must be numeric"));
        this.maxTtl = c.maxTtl == null ? -1 : ttl(c.maxTtl, "maximum TTL must be numeric");
        this.keyTtl = c.keyTtl == null ? -1 : ttl(c.keyTtl, "TTL must be numeric");
        if (c.rawSerial != null) {
            seconds(c.rawSerial, "BAD_SERIAL", "source serial number must be numeric");
        }
        this.serialFormat = c.serialFormat == null ? SerialFormat.KEEP : SerialFormat.parse(c.serialFormat);
        if (c.dnssecOnly && serialFormat != SerialFormat.KEEP) {
            throw new TextException("DNSSEC_ONLY_SERIAL", "option -D can only be used with \"-N keep\"");
        }
        if (c.dnssecOnly && maxTtl >= 0) {
            throw new TextException("DNSSEC_ONLY_MAXTTL", "option -D cannot be used with -M");
        }
        this.signatureCache = !c.noSignatureCache;
        this.output = "-".equals(c.output) ? null : Path.of(c.output != null ? c.output : c.zoneFile + ".signed");
    }

    /**
     * Checks the options.
     *
     * @param err where warnings go (identical -e/-X, NSEC3 iterations above 0)
     * @throws TextException with BIND's wording for the first bad value
     */
    static SignzoneSettings of(SignzoneCommand c, long now, PrintStream err, String me) {
        return new SignzoneSettings(c, now, err, me);
    }

    /** {@code -3}, {@code -H} and the {@code -A} toggles; a value not given is left to the zone's chain. */
    private static DenialRequest denial(SignzoneCommand c, PrintStream err, String me) {
        DenialRequest d = DenialRequest.none();
        if (c.salt != null) {
            d = d.withSalt(salt(c.salt));
        }
        if (c.iterations != null) {
            long n = seconds(c.iterations, "BAD_ITERATIONS", "iterations must be numeric");
            if (n > MAX_ITERATIONS) {
                throw new TextException("NSEC3_ITERATIONS", "NSEC3 iterations too big. Maximum iterations allowed "
                        + MAX_ITERATIONS + ".");
            }
            if (n > 0) {
                err.println(me + ": warning: " + n + " additional NSEC3 iterations: RFC 9276 §3.1 asks for 0;"
                        + " validators may treat the zone as insecure");
            }
            d = d.withIterations((int) n);
        }
        if (c.optOut.length > 0) {
            // Each -A flips opt-out, as in BIND: -AA turns it off again (for -u on an opt-out chain).
            d = d.withOptOut(c.optOut.length % 2 == 1);
        }
        return d;
    }

    private static byte[] salt(String text) {
        if (text.equals("-")) {
            return new byte[0];
        }
        byte[] s;
        try {
            s = text.length() % 2 == 0 ? HexFormat.of().parseHex(text) : null;
        } catch (IllegalArgumentException e) {
            s = null;
        }
        if (s == null) {
            throw new TextException("BAD_SALT", "bad NSEC3 salt '" + text + "': bad hex encoding");
        }
        if (s.length > 255) {
            throw new TextException("BAD_SALT", "NSEC3 salt is " + s.length + " octets long; at most 255 fit");
        }
        return s;
    }

    /**
     * {@code -I}/{@code -O}: text (and full for output); BIND's binary raw format is refused.
     *
     * @return the output format, or {@code null} when none was given
     */
    private static SignedZoneWriter.Format checkFormat(String text, String flag, boolean output) {
        if (text == null) {
            return null;
        }
        String f = text.toLowerCase(Locale.ROOT);
        if (f.equals("raw") || f.startsWith("raw=") || f.equals("map")) {
            throw new TextException("UNSUPPORTED_FORMAT", flag + " " + text + ": BIND's binary zone formats are not"
                    + " supported; use text" + (output ? " or full" : ""));
        }
        if (f.equals("text")) {
            return SignedZoneWriter.Format.TEXT;
        }
        if (output && f.equals("full")) {
            return SignedZoneWriter.Format.FULL;
        }
        throw new TextException("UNKNOWN_FORMAT", "unknown file format: " + text);
    }

    private static Name name(String text) {
        try {
            return Name.parse(text, Name.ROOT);
        } catch (TextException e) {
            throw new TextException(e.code(), "failed converting name '" + text + "' to dns format: " + e.detail());
        }
    }

    private static Path directory(String text) {
        return BindArgs.keyDirectory(text == null ? null : Path.of(text));
    }

    /** A plain non-negative decimal number (BIND reads -i, -j, -H, -n with strtol and rejects the rest). */
    private static long seconds(String text, String code, String message) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new TextException(code.startsWith("BAD_") ? code : "BAD_" + code, message);
        }
        return Long.parseLong(text);
    }

    private static long ttl(String text, String message) {
        try {
            return BindArgs.ttl(text);
        } catch (TextException e) {
            throw new TextException("BAD_TTL", message + ": '" + text + "'");
        }
    }

    /** Whether the zone goes to standard output ({@code -f -}); messages then go to standard error. */
    boolean toStdout() {
        return output == null;
    }
}

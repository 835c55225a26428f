package dev.signet.cli;

import dev.signet.core.rdata.Ttl;
import dev.signet.core.rr.RrClass;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.CheckOptions;
import dev.signet.core.zone.ZoneWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;

/**
 * The options and arguments named-checkzone and named-compilezone share, with BIND's letters.
 * Options whose default differs between the two tools are null until the command fills them in.
 */
final class ZoneToolOptions {

    @Option(names = "-c", paramLabel = "class", converter = ClassConverter.class,
            description = "Zone class (default: IN).")
    RrClass zoneClass = RrClass.IN;

    @Option(names = "-D", description = "Dump the zone in canonical order (to -o, or standard output).")
    boolean dump;

    @Option(names = "-f", paramLabel = "format", converter = TextFormat.class,
            description = "Input format: only 'text' (BIND's 'raw' is not supported).")
    String inputFormat = "text";

    @Option(names = "-F", paramLabel = "format", converter = TextFormat.class,
            description = "Output format: only 'text'.")
    String outputFormat = "text";

    @Option(names = "-i", paramLabel = "mode", converter = IntegrityConverter.class,
            description = "Post-load checks: full (default), full-sibling, local, local-sibling, none."
                    + " Names outside the zone are never looked up: full checks what local checks.")
    CheckOptions.Integrity integrity = CheckOptions.Integrity.FULL;

    @Option(names = "-k", paramLabel = "mode", converter = ModeConverter.class,
            description = "check-names (host name syntax): fail, warn or ignore"
                    + " (default: warn for checkzone, fail for compilezone).")
    CheckOptions.Mode checkNames;

    @Option(names = "-l", paramLabel = "ttl", converter = TtlConverter.class,
            description = "Reject records with a TTL above this.")
    Long maxTtl;

    @Option(names = "-m", paramLabel = "mode", converter = ModeConverter.class,
            description = "MX exchange written as an address: fail, warn (default), ignore."
                    + " With fail, an in-zone MX target without addresses is an error too.")
    CheckOptions.Mode mxAddress = CheckOptions.Mode.WARN;

    @Option(names = "-M", paramLabel = "mode", converter = ModeConverter.class,
            description = "MX target that is a CNAME: fail, warn (default), ignore.")
    CheckOptions.Mode mxCname = CheckOptions.Mode.WARN;

    @Option(names = "-n", paramLabel = "mode", converter = ModeConverter.class,
            description = "NS target written as an address: fail, warn or ignore"
                    + " (default: warn for checkzone, fail for compilezone).")
    CheckOptions.Mode nsAddress;

    @Option(names = "-o", paramLabel = "filename",
            description = "Write the zone to this file ('-' for standard output), through a temporary"
                    + " file and an atomic rename.")
    String output;

    @Option(names = "-q", description = "Quiet: print nothing, only set the exit status.")
    boolean quiet;

    @Option(names = "-s", paramLabel = "style", converter = StyleConverter.class,
            description = "Output style: full (default; one record per line, absolute names) or relative.")
    ZoneWriter.Style style = ZoneWriter.Style.FULL;

    @Option(names = "-S", paramLabel = "mode", converter = ModeConverter.class,
            description = "SRV target that is a CNAME: fail, warn (default), ignore.")
    CheckOptions.Mode srvCname = CheckOptions.Mode.WARN;

    @Option(names = "-T", arity = "1", paramLabel = "mode", converter = WarnIgnoreConverter.class,
            description = "SPF record without an SPF TXT record: warn (default) or ignore.")
    boolean spf = true;

    @Option(names = "-w", paramLabel = "directory",
            description = "Directory the zone file, $INCLUDE paths and -o are relative to.")
    Path directory;

    @Option(names = "-W", arity = "1", paramLabel = "mode", converter = WarnIgnoreConverter.class,
            description = "Non-terminal wildcards: warn (default) or ignore.")
    boolean nonTerminalWildcard = true;

    @Parameters(index = "0", paramLabel = "zonename", description = "The zone's name (its apex).")
    String zoneName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "filename",
            description = "The zone file ('-' for standard input; default: the zone name).")
    String fileName;

    /** The checks to run, with the command's defaults for what was not given. */
    CheckOptions checks(CheckOptions defaults) {
        return new CheckOptions(
                checkNames != null ? checkNames : defaults.checkNames(),
                mxAddress, mxCname,
                nsAddress != null ? nsAddress : defaults.nsAddress(),
                srvCname, integrity, nonTerminalWildcard, spf,
                maxTtl != null ? maxTtl : -1);
    }

    /** Resolves a path as BIND does after {@code -w}: relative to that directory. */
    Path resolve(String path) {
        Path p = Path.of(path);
        return directory == null ? p : directory.resolve(p);
    }

    static final class ClassConverter implements ITypeConverter<RrClass> {
        @Override
        public RrClass convert(String value) {
            RrClass c = RrClass.lookup(value);
            if (c == null) {
                throw new TypeConversionException("unknown class '" + value + "'");
            }
            return c;
        }
    }

    static final class ModeConverter implements ITypeConverter<CheckOptions.Mode> {
        @Override
        public CheckOptions.Mode convert(String value) {
            try {
                return CheckOptions.Mode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("invalid argument '" + value + "' (fail, warn or ignore)");
            }
        }
    }

    static final class IntegrityConverter implements ITypeConverter<CheckOptions.Integrity> {
        @Override
        public CheckOptions.Integrity convert(String value) {
            try {
                return CheckOptions.Integrity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("invalid argument '" + value
                        + "' (full, full-sibling, local, local-sibling or none)");
            }
        }
    }

    /** {@code warn} is true, {@code ignore} false. */
    static final class WarnIgnoreConverter implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "warn" -> true;
                case "ignore" -> false;
                default -> throw new TypeConversionException("invalid argument '" + value + "' (warn or ignore)");
            };
        }
    }

    static final class StyleConverter implements ITypeConverter<ZoneWriter.Style> {
        @Override
        public ZoneWriter.Style convert(String value) {
            try {
                return ZoneWriter.Style.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class TtlConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Ttl.parse(value, "TTL");
            } catch (TextException e) {
                throw new TypeConversionException(e.detail());
            }
        }
    }

    static final class TextFormat implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equalsIgnoreCase("text")) {
                throw new TypeConversionException("unsupported format '" + value + "' (only 'text')");
            }
            return "text";
        }
    }
}

package dev.signet.cli;

import dev.signet.core.rdata.DigestTypeText;
import dev.signet.core.crypto.DigestType;
import dev.signet.core.ds.DelegationSigner;
import dev.signet.core.key.KeyFileName;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.PublicKeyFile;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.ParseOptions;
import dev.signet.core.zone.ZoneParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code signet dsfromkey}: dnssec-dsfromkey. Prints the DS (or CDS) records of keys, one line
 * each, byte for byte as BIND 9.18 does: {@code example.test. IN DS 18532 13 2 C9C2…} (digest in
 * upper-case hex), with a TTL only when {@code -T} is given. Keys come from a key file, a zone
 * file ({@code -f}) or a {@code keyset-} file ({@code -s}); revoked keys are never printed.
 */
@Command(name = "dsfromkey", versionProvider = Version.class, sortOptions = false,
        description = {"Print the DS records (RFC 4034 §5) of DNSSEC keys as dnssec-dsfromkey does:",
            "  signet dsfromkey [options] keyfile",
            "  signet dsfromkey [options] -f zonefile [zonename]",
            "  signet dsfromkey [options] -s zonename",
            "One line per key and digest type, in ascending digest-type order; with -f keys in canonical"
                + " DNSKEY order and only KSKs unless -A; revoked keys are skipped."})
final class DsfromkeyCommand implements Callable<Integer>, Main.Debuggable {

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "-1", description = "SHA-1 digest (deprecated by RFC 8624; a warning on standard error).")
    boolean[] sha1 = new boolean[0];

    @Option(names = "-2", description = "SHA-256 digest (the default when no digest is chosen).")
    boolean[] sha256 = new boolean[0];

    @Option(names = "-a", paramLabel = "algorithm", description = "Digest type: SHA-1, SHA-256 or SHA-384 (any case,"
            + " SHA256 or a number also work); repeatable.")
    List<String> digests = new ArrayList<>();

    @Option(names = "-A", description = "With -f: include ZSKs too, not only keys with the SEP (KSK) flag.")
    boolean allKeys;

    @Option(names = "-C", description = "Print CDS records (RFC 7344) instead of DS.")
    boolean cds;

    @Option(names = "-c", paramLabel = "class", description = "Class of the zone for -f and -s (default: IN).")
    String rrClass;

    @Option(names = "-f", paramLabel = "zonefile", description = "Read the DNSKEYs at the zone name from this master file"
            + " ('-' for standard input). The zone name defaults to the file name, as in BIND.")
    String zoneFile;

    @Option(names = "-K", paramLabel = "directory", description = "Where keyset- files are (-s), and where a key file"
            + " not found as given is looked for.")
    Path directory;

    @Option(names = "-s", description = "Read the keys from the file keyset-<zonename> in the -K directory.")
    boolean keyset;

    @Option(names = "-T", paramLabel = "ttl", description = "Print this TTL in each record (units allowed).")
    String ttl;

    @Option(names = "-v", paramLabel = "level", description = "Verbosity: 3 names each key read on standard error.")
    int verbose;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Parameters(arity = "0..1", paramLabel = "keyfile|zonename",
            description = "A key file (K<name>+AAA+TTTTT, with or without .key), or the zone name with -f or -s.")
    String argument;

    @Override
    public boolean debug() {
        return common.debug;
    }

    /** The DNSKEYs of one owner and class, with what to call them in messages. */
    private record KeySet(Name owner, RrClass rrClass, List<Dnskey> keys) {
    }

    @Override
    public Integer call() {
        Streams io = parent.streams();
        String me = spec.qualifiedName(" ");
        RrClass cls = BindArgs.rrClass(rrClass);
        if (keyset && zoneFile != null) {
            throw new TextException("CONFLICTING_OPTIONS", "cannot use both -s and -f");
        }
        TreeSet<DigestType> types = digestTypes();
        if (types.contains(DigestType.SHA1)) {
            io.err().println("WARNING: DS digest type 1 (SHA-1) is deprecated");
        }
        String ttlText = ttl == null ? null : String.valueOf(BindArgs.ttl(ttl));
        if (argument == null && zoneFile == null) {
            throw new TextException("NO_KEY_FILE", "the key file name was not specified");
        }
        KeySet set;
        boolean showAll;
        if (zoneFile != null || keyset) {
            String nameText = argument != null ? argument : zoneFile;
            Name owner;
            try {
                owner = Name.parse(nameText, Name.ROOT);
            } catch (TextException e) {
                throw new TextException(e.code(), "could not initialize name " + nameText + ": " + e.detail());
            }
            set = keyset ? loadKeyset(owner, cls, io, me) : loadZone(zoneFile, owner, cls, io, me);
            if (set == null) {
                return Main.FAILURE;
            }
            showAll = keyset || allKeys;
        } else {
            PublicKeyFile pub = KeyFiles.readPublic(keyFile(argument));
            set = new KeySet(pub.owner(), pub.rrClass(), List.of(pub.dnskey()));
            showAll = true;
        }
        PrintStream out = io.out();
        for (Dnskey key : set.keys()) {
            if (verbose > 2) {
                io.err().println(me + ": " + BindArgs.keyLabel(set.owner(), key.algorithm(), key.keyTag()));
            }
            if (key.isRevoked() || (!key.isSep() && !showAll)) {
                continue;
            }
            for (DigestType t : types) {
                out.print(set.owner() + " " + (ttlText != null ? ttlText + " " : "") + set.rrClass()
                        + (cds ? " CDS " : " DS ") + DelegationSigner.ds(set.owner(), key, t) + "\n");
            }
        }
        out.flush();
        if (out.checkError()) {
            io.err().println(me + ": write error [WRITE_FAILED]");
            return Main.FAILURE;
        }
        return Main.OK;
    }

    /** The digest types asked for, in ascending order (BIND sorts them); SHA-256 when none. */
    private TreeSet<DigestType> digestTypes() {
        TreeSet<DigestType> types = new TreeSet<>((a, b) -> Integer.compare(a.number(), b.number()));
        if (sha1.length > 0) {
            types.add(DigestType.SHA1);
        }
        if (sha256.length > 0) {
            types.add(DigestType.SHA256);
        }
        for (String text : digests) {
            int n;
            try {
                n = DigestTypeText.parse(text);
            } catch (TextException e) {
                throw new TextException("UNKNOWN_DIGEST", "unknown DS algorithm " + text);
            }
            if (n == 0) {
                continue; // BIND reads digest type 0 as "none given"
            }
            DigestType t = DigestType.fromNumber(n);
            if (t == null) {
                throw new TextException("UNSUPPORTED_DIGEST", "unsupported DS digest type " + text
                        + " (SHA-1, SHA-256 and SHA-384 can be computed)");
            }
            types.add(t);
        }
        if (types.isEmpty()) {
            types.add(DigestType.SHA256);
        }
        return types;
    }

    /**
     * The key file named on the command line: as given (BIND reads it so, ignoring -K), else,
     * when -K is given and it is not there, relative to -K.
     */
    private Path keyFile(String text) {
        Path given = Path.of(text);
        if (directory != null && !given.isAbsolute() && !Files.exists(KeyFiles.keyFile(KeyFiles.base(given)))) {
            Path inDir = directory.resolve(given);
            if (Files.exists(KeyFiles.keyFile(KeyFiles.base(inDir)))) {
                return inDir;
            }
        }
        return given;
    }

    private KeySet loadKeyset(Name owner, RrClass cls, Streams io, String me) {
        Path dir = directory != null ? directory : Path.of(".");
        Path file = dir.resolve("keyset-" + KeyFileName.encodeName(owner));
        return loadZone(directory != null ? file.toString() : file.getFileName().toString(), owner, cls, io, me);
    }

    /**
     * The DNSKEY RRset at {@code owner} in a master file, read as BIND loads a zone (a record
     * without a TTL, or any other error, rejects the file), in canonical rdata order (RFC 4034
     * §6.3) without duplicates. Null after printing why it failed.
     */
    private KeySet loadZone(String file, Name owner, RrClass cls, Streams io, String me) {
        ParseOptions opts = ParseOptions.forZone(owner).withDefaultClass(cls);
        boolean stdin = file.equals("-");
        String shown = stdin ? "input" : file;
        // DNSKEY rdata holds no names, so its canonical order (RFC 4034 §6.3) is that of the octets.
        TreeMap<byte[], Dnskey> keys = new TreeMap<>(Arrays::compareUnsigned);
        List<Diagnostic> problems;
        try (ZoneParser p = stdin
                ? ZoneParser.fromReader(new InputStreamReader(io.in(), StandardCharsets.ISO_8859_1), "-", opts)
                : ZoneParser.open(Path.of(file), opts)) {
            Record r;
            while ((r = p.next()) != null) {
                if (r.type().equals(RrType.DNSKEY) && r.owner().equals(owner) && r.rrClass().equals(cls)) {
                    Dnskey k = Dnskey.of(r.rdata());
                    keys.put(k.wireUnsafe(), k);
                }
            }
            problems = p.diagnostics();
        } catch (NoSuchFileException e) {
            io.err().println(me + ": can't load " + shown + ": file not found [FILE_NOT_FOUND]");
            return null;
        } catch (IOException e) {
            io.err().println(me + ": can't load " + shown + ": " + e.getMessage() + " [READ_FAILED]");
            return null;
        }
        boolean failed = false;
        for (Diagnostic d : problems) {
            if (d.isError()) {
                io.err().println(me + ": " + d);
                failed = true;
            }
        }
        if (failed) {
            io.err().println(me + ": can't load " + shown + " [ZONE_NOT_LOADED]");
            return null;
        }
        if (keys.isEmpty()) {
            io.err().println(me + ": no DNSKEY RR for " + BindArgs.bindName(owner) + " in " + shown + " [NO_DNSKEY]");
            return null;
        }
        return new KeySet(owner, cls, List.copyOf(keys.values()));
    }
}

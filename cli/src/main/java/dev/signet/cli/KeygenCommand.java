package dev.signet.cli;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.rdata.SecurityAlgorithmText;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.KeyGenerator;
import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.KeyNumber;
import dev.signet.core.key.KeyTime;
import dev.signet.core.key.PrivateKeyFile;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RrClass;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySources;
import dev.signet.core.text.TextException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code signet keygen}: dnssec-keygen. Makes a DNSSEC key pair and writes
 * {@code K<name>+AAA+TTTTT.key} and {@code .private} (mode 0600) with BIND 9.18's content and
 * timing metadata, then prints the base name. Errors are one line and exit 1, as BIND's
 * {@code fatal:} messages; only malformed command lines (unknown option, missing value) exit 2.
 */
@Command(name = "keygen", versionProvider = Version.class, sortOptions = false,
        description = {"Generate a DNSSEC key pair as dnssec-keygen does: K<name>+AAA+TTTTT.key and .private"
                + " (mode 0600) in the key directory, with BIND 9.18's timing metadata; prints the base name.",
            "Dates: YYYYMMDD[HHMMSS], a 10-digit epoch, now, each with an optional +N/-N (units y mo w d h mi s),"
                + " a bare +N/-N (from now), or none."})
final class KeygenCommand implements Callable<Integer>, Main.Debuggable {

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "-a", paramLabel = "algorithm",
            description = "Algorithm by name, alias or number: RSASHA256 (8), RSASHA512 (10), ECDSAP256SHA256 (13),"
                    + " ECDSAP384SHA384 (14), ED25519 (15), ED448 (16); RSASHA1 (5) and NSEC3RSASHA1 (7) only with"
                    + " --allow-deprecated. Required unless -S.")
    String algorithm;

    @Option(names = "-3", description = "Use the NSEC3-capable variant: RSASHA1 becomes NSEC3RSASHA1 (others are already).")
    boolean nsec3;

    @Option(names = "-b", paramLabel = "bits", description = "RSA modulus size, 1024-4096 (default 2048); ignored for ECDSA and EdDSA.")
    Integer bits;

    @Option(names = "-C", description = "Compatibility: write a v1.2 private key file without any timing metadata.")
    boolean compat;

    @Option(names = "-c", paramLabel = "class", description = "Class of the DNSKEY record (default: IN).")
    String rrClass;

    @Option(names = "-f", paramLabel = "flag",
            description = "KSK (set the SEP flag: flags 257) or REVOKE (set the REVOKE flag); repeatable.")
    List<String> flags = new ArrayList<>();

    @Option(names = "-G", description = "Generate only: set no Publish or Activate date.")
    boolean generateOnly;

    @Option(names = "-K", paramLabel = "directory", description = "Write the key files here (default: the working directory).")
    Path directory;

    @Option(names = "-L", paramLabel = "ttl", description = "DNSKEY TTL stored in the .key file (units allowed; 0 or none: no TTL).")
    String ttl;

    @Option(names = "-n", paramLabel = "nametype", description = "Owner type: only ZONE (the default; HOST, ENTITY, USER and OTHER"
            + " are for KEY records and are refused).")
    String nameType;

    @Option(names = "-p", paramLabel = "protocol", description = "Protocol field; only 3 (the default) is valid for DNSKEY.")
    Integer protocol;

    @Option(names = "-q", description = "Quiet: no progress message (also the case when standard input is not a terminal).")
    boolean quiet;

    @Mixin
    KeyDateOptions dates;

    @Option(names = "-S", paramLabel = "key", description = "Generate a successor of this key (path relative to -K): same"
            + " owner, algorithm, size and flags, activated at its Inactive date and published -i earlier.")
    String predecessor;

    @Option(names = "-i", paramLabel = "interval", description = "Pre-publication interval (default: 30 days with -S, else 0).")
    String interval;

    @Option(names = "-v", paramLabel = "level", description = "Verbosity: 1 says when a default key size is used and when a"
            + " colliding key is regenerated.")
    int verbose;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--allow-deprecated", description = "Allow RSASHA1 and NSEC3RSASHA1 (RFC 8624: MUST NOT be used for"
            + " signing), with BIND's deprecation warning.")
    boolean allowDeprecated;

    @Option(names = "-k", paramLabel = "policy", description = "Not supported (dnssec-policy keys): an error.")
    String policy;

    @Option(names = "-l", paramLabel = "file", description = "Not supported (dnssec-policy configuration file): an error.")
    String policyFile;

    @Option(names = "-E", paramLabel = "engine", description = "Not supported (OpenSSL engine): an error.")
    String engine;

    @Option(names = "--pkcs11", paramLabel = "uri", description = "Generate the key pair on a PKCS#11 token, as the"
            + " object this RFC 7512 URI names (e.g. \"pkcs11:token=T;object=O\"): RSA (2048-4096 bits), ECDSAP256SHA256,"
            + " ECDSAP384SHA384, ED25519 or ED448. The private key is made sensitive and never leaves the token; the .private file"
            + " holds only its Label (the URI).")
    String pkcs11;

    @Mixin
    KeySourceOptions keySource;

    @Option(names = "-T", paramLabel = "rrtype", description = "Record type: only DNSKEY (KEY records are not supported).")
    String recordType;

    @Parameters(arity = "0..1", paramLabel = "name", description = "The key's owner: the zone apex (not with -S).")
    String name;


    @Override
    public boolean debug() {
        return common.debug;
    }

    @Override
    public Integer call() throws IOException {
        Streams io = parent.streams();
        String me = spec.qualifiedName(" ");
        rejectUnsupported();
        Clock clock = parent.clock();
        long now = clock.instant().getEpochSecond();
        Path dir = BindArgs.keyDirectory(directory);
        long keyTtl = ttl == null ? -1 : BindArgs.ttl(ttl);
        long prepub = interval == null ? -1 : BindArgs.ttl(interval);
        checkProtocol(protocol);
        int extraFlags = flagBits(flags);
        checkNameType(nameType);
        KeygenTiming.Request times = dates.request(now, prepub, generateOnly, compat);

        KeyGenerator.Request request;
        Successor successor = null;
        if (predecessor != null) {
            successor = Successor.read(this);
            request = successor.request(this, times, extraFlags, keyTtl, io, me);
        } else {
            request = newKey(times, extraFlags, keyTtl, io, me);
        }
        if (!quiet && System.console() != null && io.in() == System.in) {
            io.err().println("Generating key pair.");
        }
        ZoneKey key;
        try {
            if (pkcs11 != null) {
                key = onToken(request, dir, clock);
            } else {
                key = KeyGenerator.generate(request, dir, parent.random(), clock.getZone(), (rejected, with) -> {
                    if (verbose > 0) {
                        io.err().println(me + ": key " + BindArgs.keyLabel(request.owner(), rejected.algorithm(),
                                rejected.keyTag()) + " might collide with " + with.file().getFileName()
                                + " (tag " + with.tag() + ", revoked or not); generating a new key");
                    }
                });
            }
            if (successor != null) {
                successor.recordSuccessor(key.keyTag(), clock);
            }
        } catch (NoSuchFileException e) {
            throw new TextException("WRITE_FAILED", "failed to write key files: " + e.getMessage() + ": file not found");
        } catch (IOException e) {
            throw new TextException("WRITE_FAILED", "failed to write key files: " + e.getMessage());
        }
        io.out().println(key.fileName().base());
        return Main.OK;
    }

    /**
     * --pkcs11: the pair is made on the token; the files refer to it by its URI. A tag collision
     * is an error here (a token key is not thrown away and regenerated as a software key is).
     */
    private ZoneKey onToken(KeyGenerator.Request request, Path dir, Clock clock) throws IOException {
        if (compat) {
            throw new TextException("UNSUPPORTED_OPTION", "-C cannot be used with --pkcs11: a token key's file is v1.3");
        }
        KeyRef ref = new KeyRef(KeyRef.PKCS11, pkcs11);
        try (KeySource source = KeySources.open(KeyRef.PKCS11, keySource.context())) {
            PublicKey pub = source.generate(ref, request.algorithm(), request.bits());
            return KeyGenerator.writeTokenKey(request, pub, pkcs11, dir, clock.getZone());
        }
    }

    private KeyGenerator.Request newKey(KeygenTiming.Request times, int extraFlags, long keyTtl, Streams io, String me) {
        if (name == null) {
            throw new TextException("NO_KEY_NAME", "the key name was not specified");
        }
        if (algorithm == null) {
            throw new TextException("NO_ALGORITHM", "no algorithm specified");
        }
        Algorithm alg = chosenAlgorithm(algorithm, nsec3, allowDeprecated, io);
        int size = 0;
        if (alg.family() == Algorithm.Family.RSA) {
            if (bits == null) {
                size = KeyGeneration.RSA_DEFAULT_BITS;
                if (verbose > 0) {
                    io.err().println(me + ": key size not specified; defaulting to " + size);
                }
            } else {
                size = bits;
            }
            if (size < KeyGeneration.RSA_MIN_BITS || size > KeyGeneration.RSA_MAX_BITS) {
                throw new TextException("BAD_KEY_SIZE", "RSA key size " + size + " out of range ("
                        + KeyGeneration.RSA_MIN_BITS + ".." + KeyGeneration.RSA_MAX_BITS + ")");
            }
        }
        Name owner = owner(name);
        int keyFlags = Dnskey.FLAG_ZONE | extraFlags;
        KeygenTiming.Plan plan = KeygenTiming.forNewKey(times, (keyFlags & Dnskey.FLAG_SEP) != 0);
        warn(plan.warnings(), io, me);
        return new KeyGenerator.Request(owner, BindArgs.rrClass(rrClass), alg, size, keyFlags,
                keyTtl > 0 ? keyTtl : -1, !compat, plan.metadata());
    }

    /** -a: a name, alias or number; DH and algorithms Signet cannot sign with are refused. */
    static Algorithm algorithm(String text) {
        int n;
        try {
            n = SecurityAlgorithmText.parse(text);
        } catch (TextException e) {
            throw new TextException("UNKNOWN_ALGORITHM", "unknown algorithm " + text);
        }
        if (n == 2) {
            throw new TextException("UNSUPPORTED_ALGORITHM", "DH keys are not supported (they are KEY records for"
                    + " TKEY, not DNSSEC keys)");
        }
        Algorithm a = Algorithm.fromNumber(n);
        if (a == null) {
            throw new TextException("UNSUPPORTED_ALGORITHM", "unsupported algorithm: " + text);
        }
        return a;
    }

    void checkDeprecated(Algorithm alg, Streams io) {
        checkDeprecated(alg, allowDeprecated, io);
    }

    /** {@code -a} with {@code -3} (RSASHA1 becomes NSEC3RSASHA1), refused or warned about when deprecated. */
    static Algorithm chosenAlgorithm(String text, boolean nsec3, boolean allowDeprecated, Streams io) {
        Algorithm alg = algorithm(text);
        if (nsec3 && alg == Algorithm.RSASHA1) {
            alg = Algorithm.NSEC3RSASHA1;
        }
        checkDeprecated(alg, allowDeprecated, io);
        return alg;
    }

    /** RFC 8624 §3.1: RSASHA1 and NSEC3RSASHA1 MUST NOT be used for signing, unless asked for. */
    static void checkDeprecated(Algorithm alg, boolean allowDeprecated, Streams io) {
        if (!alg.isDeprecated()) {
            return;
        }
        if (!allowDeprecated) {
            throw new TextException("DEPRECATED_ALGORITHM", "algorithm " + alg.mnemonic() + " is deprecated"
                    + " (RFC 8624: MUST NOT be used for signing); give --allow-deprecated to use it anyway");
        }
        io.err().println("WARNING: DNSKEY algorithm '" + alg.mnemonic() + "' is deprecated. Please migrate to another algorithm");
    }

    /** The key's owner name, with BIND's wording when it is not a name. */
    static Name owner(String name) {
        try {
            return Name.parse(name, Name.ROOT);
        } catch (TextException e) {
            throw new TextException(e.code(), "invalid key name " + name + ": " + e.detail());
        }
    }

    static void warn(List<String> warnings, Streams io, String me) {
        for (String w : warnings) {
            io.err().println(me + ": warning: " + w);
        }
    }

    private void rejectUnsupported() {
        if (pkcs11 == null && (keySource.pinFile != null || keySource.pinEnv != null)) {
            throw new TextException("UNSUPPORTED_OPTION", (keySource.pinFile != null ? "--pin-file" : "--pin-env")
                    + " is for keys made on a token: give --pkcs11 URI too");
        }
        if (policy != null || policyFile != null) {
            throw new TextException("UNSUPPORTED_OPTION", (policy != null ? "-k" : "-l")
                    + " is not supported: Signet makes keys one at a time, not from a dnssec-policy");
        }
        if (engine != null) {
            throw new TextException("UNSUPPORTED_OPTION", "-E is not supported: Signet uses no OpenSSL engine"
                    + " (keys on a token are reached through PKCS#11)");
        }
        if (recordType != null && !recordType.equalsIgnoreCase("DNSKEY")) {
            throw new TextException("UNSUPPORTED_OPTION", "-T " + recordType + " is not supported: only DNSKEY"
                    + " records (KEY records for SIG(0) are not)");
        }
    }

    static void checkProtocol(Integer protocol) {
        if (protocol == null) {
            return;
        }
        if (protocol < 0 || protocol > 255) {
            throw new TextException("BAD_PROTOCOL", "-p must be followed by a number [0..255]");
        }
        if (protocol != Dnskey.PROTOCOL) {
            throw new TextException("BAD_PROTOCOL", "invalid DNSKEY protocol: " + protocol);
        }
    }

    /** -f: like BIND, the first letter decides (K: KSK, R: REVOKE). */
    static int flagBits(List<String> flags) {
        int f = 0;
        for (String word : flags) {
            char c = word.isEmpty() ? ' ' : Character.toUpperCase(word.charAt(0));
            if (c == 'K') {
                f |= Dnskey.FLAG_SEP;
            } else if (c == 'R') {
                f |= Dnskey.FLAG_REVOKE;
            } else {
                throw new TextException("UNKNOWN_FLAG", "unknown flag '" + word + "'");
            }
        }
        return f;
    }

    static void checkNameType(String nameType) {
        if (nameType != null && !nameType.equalsIgnoreCase("ZONE")) {
            throw new TextException("UNSUPPORTED_NAMETYPE", "-n " + nameType + " is not supported: only ZONE keys"
                    + " (DNSKEY records); HOST, ENTITY, USER and OTHER are for KEY records");
        }
    }

    /** The key -S names, and what its successor takes from it. */
    private record Successor(Path base, ZoneKey key, PrivateKeyFile privateFile, String label) {

        static Successor read(KeygenCommand c) {
            String conflict = c.algorithm != null ? "-a" : c.bits != null ? "-b" : c.nameType != null ? "-n"
                    : c.dates.publishText != null ? "-P" : c.dates.activateText != null ? "-A" : c.nsec3 ? "-3"
                    : c.compat ? "-C" : c.generateOnly ? "-G" : null;
            if (conflict != null) {
                throw new TextException("SUCCESSOR_CONFLICT", "-S and " + conflict + " cannot be used together");
            }
            // Relative to -K, as BIND reads it; shown as typed when there is no -K.
            Path base = KeyFiles.base(c.directory != null ? c.directory.resolve(c.predecessor) : Path.of(c.predecessor));
            ZoneKey key = KeyFiles.read(base);
            PrivateKeyFile priv = KeyFiles.readPrivate(base, key.dnskey().algorithm());
            String label = BindArgs.keyLabel(key.owner(), key.dnskey().algorithm(), key.keyTag());
            if (!priv.hasMetadataFields()) {
                throw new TextException("INCOMPATIBLE_FORMAT", "Key " + label + " has incompatible format version "
                        + priv.version().substring(1) + ": it is not possible to generate a successor key");
            }
            return new Successor(base, key, priv, label);
        }

        KeyGenerator.Request request(KeygenCommand c, KeygenTiming.Request times, int extraFlags, long keyTtl,
                Streams io, String me) {
            KeyMetadata md = key.metadata();
            if (md.time(KeyTime.ACTIVATE).isEmpty()) {
                throw new TextException("NO_ACTIVATION_DATE", "Key " + label + " has no activation date. You must use"
                        + " dnssec-settime -A to set one before generating a successor.");
            }
            if (md.time(KeyTime.INACTIVE).isEmpty()) {
                throw new TextException("NO_INACTIVATION_DATE", "Key " + label + " has no inactivation date. You must"
                        + " use dnssec-settime -I to set one before generating a successor.");
            }
            Algorithm alg = key.algorithm();
            c.checkDeprecated(alg, io);
            int keyFlags = key.dnskey().flags() | extraFlags;
            KeygenTiming.Plan plan = KeygenTiming.forSuccessor(times, md.time(KeyTime.INACTIVE).get().getEpochSecond(),
                    label, (keyFlags & Dnskey.FLAG_SEP) != 0);
            if (md.time(KeyTime.DELETE).isEmpty()) {
                io.err().println(me + ": WARNING: Key " + label + " has no removal date; it will remain in the zone"
                        + " indefinitely after rollover. You can use dnssec-settime -D to change this.");
            }
            warn(plan.warnings(), io, me);
            if (c.name != null && !Name.parse(c.name, Name.ROOT).equals(key.owner())) {
                io.err().println(me + ": warning: the name " + c.name + " is ignored: a successor has its predecessor's"
                        + " owner, " + key.owner());
            }
            RrClass cls = c.rrClass != null ? BindArgs.rrClass(c.rrClass) : key.rrClass();
            int size = alg.family() == Algorithm.Family.RSA ? KeyGeneration.keySize(alg, key.dnskey().publicKey()) : 0;
            return new KeyGenerator.Request(key.owner(), cls, alg, size, keyFlags, keyTtl > 0 ? keyTtl : -1, true,
                    plan.metadata().with(KeyNumber.PREDECESSOR, (long) key.keyTag()));
        }

        /**
         * Adds {@code Successor:} to the predecessor's files, rewritten where they are (BIND
         * writes them into -K instead, which leaves a copy behind when -S names another folder).
         * Called once the successor's files exist (BIND updates the predecessor first), so a
         * failure never leaves a {@code Successor:} naming a key that was not written.
         */
        void recordSuccessor(int successorTag, Clock clock) throws IOException {
            ZoneKey updated = key.withMetadata(key.metadata().with(KeyNumber.SUCCESSOR, (long) successorTag));
            Path where = base.toAbsolutePath().getParent();
            KeyFiles.write(where, updated, privateFile, clock.getZone());
        }
    }
}

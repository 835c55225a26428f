package dev.signet.cli;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.key.KeyGenerator;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
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
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code signet keyfromlabel}: dnssec-keyfromlabel. Writes {@code K<name>+AAA+TTTTT.key} and
 * {@code .private} for a key pair that already exists on a PKCS#11 token; the private file holds
 * the token reference ({@code Label:}) and no key material, with keygen's timing metadata.
 */
@Command(name = "keyfromlabel", versionProvider = Version.class, sortOptions = false,
        description = {"Write key files for a key pair already on a PKCS#11 token, as dnssec-keyfromlabel does:"
                + " K<name>+AAA+TTTTT.key and .private (mode 0600, holding only the token Label) in the key"
                + " directory, with BIND 9.18's timing metadata; prints the base name.",
            "Dates: as signet keygen (YYYYMMDD[HHMMSS], epoch, now, +N/-N with units y mo w d h mi s, none)."})
final class KeyfromlabelCommand implements Callable<Integer>, Main.Debuggable {

    @ParentCommand
    SignetCommand parent;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-l", "--pkcs11"}, paramLabel = "uri", required = true, description = "The key pair on the"
            + " token: an RFC 7512 PKCS#11 URI such as \"pkcs11:token=T;object=O\" (object= is the key's label).")
    String label;

    @Mixin
    KeySourceOptions keySource;

    @Option(names = "-a", paramLabel = "algorithm", required = true, description = "Algorithm of the key by name,"
            + " alias or number: RSASHA256 (8), RSASHA512 (10), ECDSAP256SHA256 (13), ECDSAP384SHA384 (14),"
            + " ED25519 (15), ED448 (16);"
            + " RSASHA1 (5) and NSEC3RSASHA1 (7) only with --allow-deprecated.")
    String algorithm;

    @Option(names = "-3", description = "Use the NSEC3-capable variant: RSASHA1 becomes NSEC3RSASHA1.")
    boolean nsec3;

    @Option(names = "-c", paramLabel = "class", description = "Class of the DNSKEY record (default: IN).")
    String rrClass;

    @Option(names = "-E", paramLabel = "engine", description = "Only pkcs11 (the default): Signet reaches tokens"
            + " through PKCS#11, not OpenSSL engines.")
    String engine;

    @Option(names = "-f", paramLabel = "flag", description = "KSK (flags 257) or REVOKE; repeatable.")
    List<String> flags = new ArrayList<>();

    @Option(names = "-G", description = "Set no Publish or Activate date.")
    boolean generateOnly;

    @Option(names = "-K", paramLabel = "directory", description = "Write the key files here (default: the working directory).")
    Path directory;

    @Option(names = "-k", description = "Not supported (KEY records): an error.")
    boolean keyRecord;

    @Option(names = "-L", paramLabel = "ttl", description = "DNSKEY TTL stored in the .key file (0 or none: no TTL).")
    String ttl;

    @Option(names = "-n", paramLabel = "nametype", description = "Owner type: only ZONE (the default).")
    String nameType;

    @Option(names = "-p", paramLabel = "protocol", description = "Protocol field; only 3 (the default).")
    Integer protocol;

    @Option(names = "-t", paramLabel = "type", description = "Key type: only AUTHCONF (the default) for a DNSKEY.")
    String type;

    @Mixin
    KeyDateOptions dates;

    @Option(names = "-S", paramLabel = "key", description = "Not supported (successor keys): an error; give the dates.")
    String predecessor;

    @Option(names = "-i", paramLabel = "interval", description = "Pre-publication interval (spreads Publish and Activate).")
    String interval;

    @Option(names = "-v", paramLabel = "level", description = "Verbosity (accepted; nothing more is printed).")
    int verbose;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--allow-deprecated", description = "Allow RSASHA1 and NSEC3RSASHA1 (RFC 8624), with BIND's warning.")
    boolean allowDeprecated;

    @Parameters(paramLabel = "name", description = "The key's owner: the zone apex.")
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
        KeygenCommand.checkProtocol(protocol);
        int keyFlags = Dnskey.FLAG_ZONE | KeygenCommand.flagBits(flags);
        KeygenCommand.checkNameType(nameType);
        Algorithm alg = KeygenCommand.chosenAlgorithm(algorithm, nsec3, allowDeprecated, io);
        Name owner = KeygenCommand.owner(name);
        KeygenTiming.Request times = dates.request(now, prepub, generateOnly, false);
        KeygenTiming.Plan plan = KeygenTiming.forNewKey(times, (keyFlags & Dnskey.FLAG_SEP) != 0);
        KeygenCommand.warn(plan.warnings(), io, me);
        KeyGenerator.Request request = new KeyGenerator.Request(owner, BindArgs.rrClass(rrClass), alg, 0, keyFlags,
                keyTtl > 0 ? keyTtl : -1, true, plan.metadata());
        ZoneKey key;
        try (KeySource source = KeySources.open(KeyRef.PKCS11, keySource.context())) {
            PublicKey pub = source.publicKey(new KeyRef(KeyRef.PKCS11, label), alg);
            key = KeyGenerator.writeTokenKey(request, pub, label, dir, clock.getZone());
        }
        io.out().println(key.fileName().base());
        return Main.OK;
    }

    private void rejectUnsupported() {
        if (engine != null && !engine.equalsIgnoreCase("pkcs11")) {
            throw new TextException("UNSUPPORTED_OPTION", "-E " + engine + " is not supported: Signet uses no OpenSSL"
                    + " engine (keys on a token are reached through PKCS#11)");
        }
        if (keyRecord) {
            throw new TextException("UNSUPPORTED_OPTION", "-k is not supported: only DNSKEY records (KEY records for"
                    + " SIG(0) are not)");
        }
        if (type != null && !type.equalsIgnoreCase("AUTHCONF")) {
            throw new TextException("UNSUPPORTED_OPTION", "-t " + type + " is not supported: a DNSKEY is AUTHCONF");
        }
        if (predecessor != null) {
            throw new TextException("UNSUPPORTED_OPTION", "-S is not supported by keyfromlabel: give the successor's"
                    + " dates with -P, -A, -I and -D");
        }
    }
}

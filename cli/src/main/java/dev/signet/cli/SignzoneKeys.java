package dev.signet.cli;

import dev.signet.core.key.KeyFileName;
import dev.signet.core.key.KeyFiles;
import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.Record;
import dev.signet.core.rr.RrType;
import dev.signet.core.sign.SigningKey;
import dev.signet.core.spi.KeyException;
import dev.signet.core.spi.KeyRef;
import dev.signet.core.spi.KeySource;
import dev.signet.core.spi.KeySourceContext;
import dev.signet.core.spi.KeySources;
import dev.signet.core.spi.Signer;
import dev.signet.core.text.TextException;
import dev.signet.core.zone.Diagnostic;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneBuilder;
import dev.signet.core.zone.ZoneNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * dnssec-signzone's key list, built as BIND 9.18 builds it (observed with 9.18.49):
 * <ol>
 *   <li>Keys named on the command line ({@code key...}, and {@code -k} for a KSK role), read
 *       relative to {@code -K}; each must belong to the zone ("key … not at origin"). They sign
 *       whatever their timing metadata says. With {@code -S} one that is not in the apex DNSKEY
 *       RRset is added to it first ("Fetching … (KSK) from key file.", "CSK" for a key made a
 *       KSK by {@code -k}), with the existing RRset's TTL, else {@code -T}, else the SOA TTL —
 *       BIND adds these before the key directory's keys, so their TTL is the RRset's. (BIND
 *       fails with "add not exact" when such a key is at the apex already; Signet keeps it.)
 *   <li>With {@code -S}: every key of the zone in {@code -K}
 *       ({@code K<zone>+AAA+TTTTT.private}), its timing metadata deciding what it does. A v1.2
 *       key file has no metadata and BIND skips it without a word; Signet skips it too, but says
 *       so on standard error.
 *   <li>Without {@code -S} and without named keys: the apex DNSKEYs whose private key files are
 *       in {@code -K} sign.
 *   <li>Every other apex DNSKEY is a public key only: it never signs, its valid signatures stay.
 * </ol>
 * A key file that cannot be read is an error. Key sources other than files (a token) are opened
 * through {@link KeySources}; {@link #close()} releases them.
 */
final class SignzoneKeys implements AutoCloseable {

    private final SignzoneSettings settings;
    private final Consumer<String> warn;
    private final Map<String, KeySource> sources = new HashMap<>();
    private final List<SigningKey> keys = new ArrayList<>();
    /** "Fetching … from key file." for each named key -S adds to the DNSKEY RRset. */
    private final List<String> fetched = new ArrayList<>();
    /** The key files looked at (base paths), found or not: what a repeated run must find unchanged. */
    private final List<String> consulted = new ArrayList<>();
    private Zone zone;

    private final KeySourceContext context;

    private SignzoneKeys(SignzoneSettings settings, Consumer<String> warn, KeySourceContext context) {
        this.settings = settings;
        this.warn = warn;
        this.context = context;
    }

    /**
     * Builds the key list for {@code zone}.
     *
     * @param warn told about skipped v1.2 keys
     * @param context settings for the key sources (the crypto backend of the file source)
     * @throws TextException naming the key file that cannot be used
     */
    static SignzoneKeys load(SignzoneSettings settings, Zone zone, Consumer<String> warn, KeySourceContext context) {
        SignzoneKeys k = new SignzoneKeys(settings, warn, context);
        try {
            k.build(zone);
        } catch (RuntimeException e) {
            k.close();
            throw e;
        }
        return k;
    }

    /** The keys in BIND's order: an existing signature is matched to the first key with its tag. */
    List<SigningKey> keys() {
        return keys;
    }

    /** The zone to sign: with {@code -S}, named keys missing from the apex are in its DNSKEY RRset. */
    Zone zone() {
        return zone;
    }

    /** The key files (absolute base paths, without .key/.private) this key list was built from. */
    List<String> consulted() {
        return List.copyOf(consulted);
    }

    /** BIND's messages for the named keys added to the DNSKEY RRset, in order. */
    List<String> fetched() {
        return fetched;
    }

    private void build(Zone input) {
        zone = input;
        long now = settings.now;
        boolean smart = settings.flags.smartSigning();
        List<String> named = new ArrayList<>(settings.keyFiles);
        for (String ksk : settings.kskFiles) {
            if (!named.contains(ksk)) {
                named.add(ksk);
            }
        }
        List<Dnskey> toPublish = new ArrayList<>();
        for (String arg : named) {
            ZoneKey key = readNamed(arg);
            if (contains(key.dnskey())) {
                continue;
            }
            boolean asKsk = settings.kskFiles.contains(arg);
            SigningKey k = SigningKey.forced(key, signer(key, arg), asKsk, now);
            keys.add(k);
            if (smart && !atApex(key.dnskey())) {
                toPublish.add(key.dnskey());
                String role = k.isKsk() ? (key.dnskey().isSep() ? "KSK" : "CSK") : "ZSK";
                fetched.add("Fetching " + k.describe() + " (" + role + ") from key file.");
            }
        }
        if (!toPublish.isEmpty()) {
            zone = withApexKeys(zone, toPublish);
        }
        if (smart) {
            for (Path file : zoneKeyFiles(settings.keyDirectory, zone.apex())) {
                consult(file);
                ZoneKey key = KeyFiles.read(file);
                if (contains(key.dnskey())) {
                    continue;
                }
                if (key.metadata().isEmpty() && isV12(file, key)) {
                    warn.accept("warning: ignoring " + file.getFileName().toString().replaceFirst("\\.private$", "")
                            + ": a v1.2 key file has no timing metadata, and dnssec-signzone -S skips such keys"
                            + " without a word; name it on the command line or give it dates"
                            + " (signet keygen, dnssec-settime) to sign with it");
                    continue;
                }
                keys.add(SigningKey.timed(key, signer(key, file.toString()), false, now));
            }
        }
        RRset dnskeys = zone.apexNode().rrset(RrType.DNSKEY);
        if (dnskeys == null) {
            return;
        }
        boolean useApexKeys = !smart && named.isEmpty();
        for (Rdata r : dnskeys.rdataList()) {
            Dnskey dnskey = Dnskey.of(r);
            if (contains(dnskey)) {
                continue;
            }
            Path priv = settings.keyDirectory.resolve(
                    KeyFileName.of(zone.apex(), dnskey.algorithm(), dnskey.keyTag()).privateFile());
            if (useApexKeys) {
                consult(priv);
            }
            if (useApexKeys && Files.exists(priv)) {
                ZoneKey key = KeyFiles.read(priv);
                if (sameKey(key.dnskey(), dnskey)) {
                    keys.add(SigningKey.forced(key, signer(key, priv.toString()), false, now));
                    continue;
                }
            }
            ZoneKey pub = new ZoneKey(zone.apex(), zone.rrClass(), dnskeys.ttl(), dnskey, KeyMetadata.EMPTY, null,
                    Optional.empty());
            keys.add(SigningKey.publicOnly(pub, now));
        }
    }

    private boolean atApex(Dnskey dnskey) {
        RRset dnskeys = zone.apexNode().rrset(RrType.DNSKEY);
        if (dnskeys != null) {
            for (Rdata r : dnskeys.rdataList()) {
                if (sameKey(Dnskey.of(r), dnskey)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The zone with these DNSKEYs added at the apex, with BIND's TTL for keys named under -S. */
    private Zone withApexKeys(Zone z, List<Dnskey> added) {
        RRset existing = z.apexNode().rrset(RrType.DNSKEY);
        long ttl = existing != null ? existing.ttl() : settings.keyTtl >= 0 ? settings.keyTtl : z.soa().ttl();
        if (settings.maxTtl >= 0) {
            ttl = Math.min(ttl, settings.maxTtl);
        }
        List<Diagnostic> problems = new ArrayList<>();
        ZoneBuilder b = Zone.builder(z.apex(), z.rrClass(), problems::add);
        for (ZoneNode n : z.nodes()) {
            for (RRset s : n.rrsets()) {
                for (Record r : s.records()) {
                    b.add(r, "zone", 0);
                }
            }
        }
        for (Dnskey k : added) {
            b.add(new Record(z.apex(), RrType.DNSKEY, z.rrClass(), ttl, k.rdata()), "key file", 0);
        }
        Zone out = b.build();
        if (b.hasErrors()) {
            throw new IllegalStateException("zone with the named keys does not load: " + problems);
        }
        return out;
    }

    /** A key named on the command line, relative to -K as BIND reads it. */
    private ZoneKey readNamed(String arg) {
        Path p = settings.keyDirectory.resolve(arg);
        consult(p);
        ZoneKey key;
        try {
            key = KeyFiles.read(p);
        } catch (KeyException e) {
            if (e.code().equals("KEY_FILE_MISSING")) {
                throw new TextException("KEY_FILE_MISSING", "cannot load dnskey " + arg + ": file not found ("
                        + e.source() + ")");
            }
            throw e;
        }
        if (!key.owner().equals(settings.origin)) {
            throw new TextException("KEY_NOT_AT_ORIGIN", "key " + key.fileName().base() + " not at origin");
        }
        return key;
    }

    private void consult(Path anyOfThem) {
        consulted.add(KeyFiles.base(anyOfThem.toAbsolutePath().normalize()).toString());
    }

    /** The zone's {@code .private} files in -K, in name order (BIND takes the directory's order). */
    private static List<Path> zoneKeyFiles(Path keyDirectory, Name apex) {
        String prefix = "K" + KeyFileName.encodeName(apex) + "+";
        try (Stream<Path> files = Files.list(keyDirectory)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                KeyFileName parsed = KeyFileName.parse(n);
                return n.startsWith(prefix) && n.endsWith(".private") && parsed != null
                        && parsed.ownerText().equals(KeyFileName.encodeName(apex));
            }).sorted().toList();
        } catch (IOException e) {
            throw new TextException("KEY_DIRECTORY", "cannot read key directory " + keyDirectory + ": "
                    + e.getMessage());
        }
    }

    /** The base paths of the zone's key files in -K, as {@link #consulted()} names them. */
    static List<String> zoneKeyBases(Path keyDirectory, Name apex) {
        return zoneKeyFiles(keyDirectory, apex).stream()
                .map(f -> KeyFiles.base(f.toAbsolutePath().normalize()).toString()).toList();
    }

    private static boolean isV12(Path privateFile, ZoneKey key) {
        return KeyFiles.readPrivate(privateFile, key.dnskey().algorithm()).version().equals("v1.2");
    }

    private boolean contains(Dnskey dnskey) {
        for (SigningKey k : keys) {
            if (sameKey(k.key().dnskey(), dnskey) || sameKey(k.dnskey(), dnskey)) {
                return true;
            }
        }
        return false;
    }

    /** The same key, revoked or not (the REVOKE flag changes the key tag, not the key). */
    static boolean sameKey(Dnskey a, Dnskey b) {
        return a.withFlags(a.flags() & ~Dnskey.FLAG_REVOKE).equals(b.withFlags(b.flags() & ~Dnskey.FLAG_REVOKE));
    }

    /** The private half: a key file, or a token through its key source. */
    private Signer signer(ZoneKey key, String shown) {
        KeyRef ref = key.privateKey();
        if (ref == null) {
            throw new TextException("NO_PRIVATE_KEY", "key " + shown + " has no private key");
        }
        KeySource source = sources.computeIfAbsent(ref.scheme(), s -> KeySources.open(s, context));
        return source.signer(ref, key.dnskey());
    }

    @Override
    public void close() {
        for (KeySource s : sources.values()) {
            s.close();
        }
        sources.clear();
    }
}

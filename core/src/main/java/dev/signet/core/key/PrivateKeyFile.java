package dev.signet.core.key;

import dev.signet.core.time.BindTime;
import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.PrivateKeys;
import dev.signet.core.spi.KeyException;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content of a BIND {@code .private} file, laid out as BIND 9.18 writes it:
 * {@code Private-key-format: v1.3}, {@code Algorithm: 13 (ECDSAP256SHA256)}, the key fields in
 * BIND's order (RSA: Modulus PublicExponent PrivateExponent Prime1 Prime2 Exponent1 Exponent2
 * Coefficient; ECDSA/EdDSA: PrivateKey), optional {@code Engine:}/{@code Label:} (base64 of a
 * NUL-terminated string), then for v1.3 the numeric metadata and the dates. v1.2 files (BIND
 * {@code -C}, ldns) carry no metadata. Key field values are kept as the octets read, so reading
 * and writing a BIND file reproduces it byte for byte. Immutable.
 *
 * <p>Reading matches BIND where it decides: tags are case-insensitive, the text after the
 * algorithm number is ignored, metadata is accepted in any version, and an unknown tag is an
 * error unless the minor version is above 3 (then it is skipped, as BIND does for newer files).
 * Signet is more lenient than BIND about blank and {@code ;} comment lines and field order, and
 * stricter about key material (lengths, RSA consistency), which BIND only finds when signing.
 */
public final class PrivateKeyFile {

    static final List<String> RSA_FIELDS = List.of("Modulus", "PublicExponent", "PrivateExponent",
            "Prime1", "Prime2", "Exponent1", "Exponent2", "Coefficient");
    static final List<String> EC_FIELDS = List.of("PrivateKey");
    static final String ENGINE = "Engine";
    static final String LABEL = "Label";

    private final int major;
    private final int minor;
    private final Algorithm algorithm;
    private final Map<String, byte[]> material;
    private final String engine;
    private final String label;
    private final KeyMetadata metadata;

    PrivateKeyFile(int major, int minor, Algorithm algorithm, Map<String, byte[]> material, String engine,
            String label, KeyMetadata metadata) {
        this.major = major;
        this.minor = minor;
        this.algorithm = algorithm;
        this.material = material;
        this.engine = engine;
        this.label = label;
        this.metadata = metadata;
    }

    /** Key fields of an algorithm, in BIND's order. */
    static List<String> fieldsOf(Algorithm alg) {
        return alg.family() == Algorithm.Family.RSA ? RSA_FIELDS : EC_FIELDS;
    }

    // ------------------------------------------------------------------ building

    /**
     * The file for a software private key, in BIND's encoding: RSA and ECDSA integers without
     * leading zero octets (BIND writes OpenSSL's minimal form), EdDSA seeds at full length.
     *
     * @param v13 false for a v1.2 file (no metadata), as {@code dnssec-keygen -C}
     */
    public static PrivateKeyFile of(Algorithm alg, PrivateKey key, KeyMetadata metadata, boolean v13) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try {
            switch (alg.family()) {
                case RSA -> {
                    RSAPrivateCrtKey k = (RSAPrivateCrtKey) key;
                    BigInteger[] v = {k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(), k.getPrimeP(),
                        k.getPrimeQ(), k.getPrimeExponentP(), k.getPrimeExponentQ(), k.getCrtCoefficient()};
                    for (int i = 0; i < v.length; i++) {
                        m.put(RSA_FIELDS.get(i), DnskeyPublicKeys.unsigned(v[i]));
                    }
                }
                case ECDSA -> m.put("PrivateKey", DnskeyPublicKeys.unsigned(((ECPrivateKey) key).getS()));
                case EDDSA -> m.put("PrivateKey", PrivateKeys.edSeed(alg, key));
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not an exportable " + alg.mnemonic() + " private key", e);
        }
        return new PrivateKeyFile(1, v13 ? 3 : 2, alg, m, null, null, v13 ? metadata : KeyMetadata.EMPTY);
    }

    /**
     * The file for a key that lives on a token: no private material, only its {@code Label:}
     * (a PKCS#11 URI). For RSA, BIND also stores the public Modulus and PublicExponent.
     */
    public static PrivateKeyFile onToken(Algorithm alg, byte[] dnskeyPublicKey, String label, KeyMetadata metadata) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        if (alg.family() == Algorithm.Family.RSA) {
            BigInteger[] f = DnskeyPublicKeys.rsaFields(dnskeyPublicKey);
            m.put("Modulus", DnskeyPublicKeys.unsigned(f[1]));
            m.put("PublicExponent", DnskeyPublicKeys.unsigned(f[0]));
        }
        return new PrivateKeyFile(1, 3, alg, m, null, label, metadata);
    }

    public PrivateKeyFile withMetadata(KeyMetadata md) {
        return new PrivateKeyFile(major, minor, algorithm, material, engine, label, md);
    }

    // ------------------------------------------------------------------ accessors

    /** {@code "v1.3"}. */
    public String version() {
        return "v" + major + "." + minor;
    }

    /** True from v1.3 on: the file can hold timing metadata. */
    public boolean hasMetadataFields() {
        return major > 1 || minor >= 3;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public KeyMetadata metadata() {
        return metadata;
    }

    /** The OpenSSL engine name, or {@code null}. */
    public String engine() {
        return engine;
    }

    /** The token label (a PKCS#11 URI for keys on a token), or {@code null}. */
    public String label() {
        return label;
    }

    /** A copy of one key field's octets, or {@code null}. */
    public byte[] field(String tag) {
        byte[] v = material.get(tag);
        return v == null ? null : v.clone();
    }

    /** True when the private key itself is in the file (not only a label). */
    public boolean hasPrivateMaterial() {
        return material.keySet().containsAll(fieldsOf(algorithm));
    }

    // ------------------------------------------------------------------ the key

    /**
     * The private key.
     *
     * @throws KeyException {@code KEY_ON_TOKEN} when only a label is present, or
     *     {@code BAD_PRIVATE_KEY} naming the field whose value is not valid
     */
    public PrivateKey privateKey(String source) {
        if (!hasPrivateMaterial()) {
            throw new KeyException("KEY_ON_TOKEN", source, LABEL,
                    "the private key is not in the file but on a token (" + label + ")");
        }
        try {
            switch (algorithm.family()) {
                case RSA: {
                    BigInteger[] v = new BigInteger[RSA_FIELDS.size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = new BigInteger(1, material.get(RSA_FIELDS.get(i)));
                    }
                    checkRsa(v, source);
                    return PrivateKeys.rsa(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
                }
                case ECDSA: {
                    byte[] s = material.get("PrivateKey");
                    if (s.length > algorithm.fieldLength()) {
                        throw new KeyException("BAD_PRIVATE_KEY", source, "PrivateKey", algorithm.mnemonic()
                                + " private key has " + s.length + " octets, at most " + algorithm.fieldLength());
                    }
                    return PrivateKeys.ec(algorithm, new BigInteger(1, s));
                }
                default: {
                    byte[] seed = material.get("PrivateKey");
                    if (seed.length != algorithm.fieldLength()) {
                        throw new KeyException("BAD_PRIVATE_KEY", source, "PrivateKey", algorithm.mnemonic()
                                + " private key has " + seed.length + " octets, not " + algorithm.fieldLength());
                    }
                    return PrivateKeys.ed(algorithm, seed);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeyException("BAD_PRIVATE_KEY", source, fieldsOf(algorithm).get(0), e.getMessage());
        }
    }

    /** PKCS#1 relations between the CRT values, so that a damaged field is named, not signed with. */
    private static void checkRsa(BigInteger[] v, String source) {
        BigInteger n = v[0];
        BigInteger e = v[1];
        BigInteger d = v[2];
        BigInteger p = v[3];
        BigInteger q = v[4];
        String bad = null;
        if (p.signum() <= 0 || q.signum() <= 0 || !p.multiply(q).equals(n)) {
            bad = "Prime1";
        } else if (!d.mod(p.subtract(BigInteger.ONE)).equals(v[5])) {
            bad = "Exponent1";
        } else if (!d.mod(q.subtract(BigInteger.ONE)).equals(v[6])) {
            bad = "Exponent2";
        } else if (!v[7].multiply(q).mod(p).equals(BigInteger.ONE)) {
            bad = "Coefficient";
        } else if (!e.multiply(v[5]).mod(p.subtract(BigInteger.ONE)).equals(BigInteger.ONE)) {
            bad = "PrivateExponent";
        }
        if (bad != null) {
            throw new KeyException("BAD_PRIVATE_KEY", source, bad, "RSA key values are inconsistent");
        }
    }

    // ------------------------------------------------------------------ writing

    /** The file text, exactly as BIND 9.18 lays it out. */
    public String format() {
        StringBuilder sb = new StringBuilder(256);
        sb.append("Private-key-format: ").append(version()).append('\n');
        sb.append("Algorithm: ").append(algorithm.number()).append(" (").append(algorithm.mnemonic()).append(")\n");
        Base64.Encoder b64 = Base64.getEncoder();
        for (String tag : fieldsOf(algorithm)) {
            byte[] v = material.get(tag);
            if (v != null) {
                sb.append(tag).append(": ").append(b64.encodeToString(v)).append('\n');
            }
        }
        if (engine != null) {
            sb.append(ENGINE).append(": ").append(b64.encodeToString(nulTerminated(engine))).append('\n');
        }
        if (label != null) {
            sb.append(LABEL).append(": ").append(b64.encodeToString(nulTerminated(label))).append('\n');
        }
        if (hasMetadataFields()) {
            for (Map.Entry<KeyNumber, Long> e : metadata.numbers().entrySet()) {
                sb.append(e.getKey().tag()).append(": ").append(e.getValue()).append('\n');
            }
            for (Map.Entry<KeyTime, Instant> e : metadata.times().entrySet()) {
                sb.append(e.getKey().tag()).append(": ").append(BindTime.stamp(e.getValue())).append('\n');
            }
        }
        return sb.toString();
    }

    private static byte[] nulTerminated(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(b, b.length + 1);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Parses {@code .private} text.
     *
     * @param source the file as the user named it, for errors
     * @param expectedAlgorithm the algorithm of the key (from its {@code .key} file or file
     *     name), or -1 to take the file's word for it
     * @throws KeyException one line naming the file, the line, the field, a message and a code:
     *     {@code KEY_FILE_TRUNCATED}, {@code BAD_FORMAT_VERSION}, {@code BAD_ALGORITHM_LINE},
     *     {@code UNSUPPORTED_ALGORITHM}, {@code UNKNOWN_FIELD}, {@code DUPLICATE_FIELD},
     *     {@code BAD_BASE64}, {@code BAD_NUMBER}, {@code BAD_DATE}, {@code MISSING_FIELD}
     */
    public static PrivateKeyFile parse(String text, String source, int expectedAlgorithm) {
        return new PrivateKeyFileParser(text, source, expectedAlgorithm).parse();
    }

    static String canonicalTag(List<String> tags, String tag) {
        for (String t : tags) {
            if (t.equalsIgnoreCase(tag)) {
                return t;
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package dev.signet.core.sign;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.denial.DenialMode;
import dev.signet.core.denial.DenialTtl;
import dev.signet.core.denial.ExistingChain;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rdata.Rdata;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SignatureVerifier;
import dev.signet.core.spi.SoftwareSignatureVerifier;
import dev.signet.core.text.TextException;
import dev.signet.core.time.BindTime;
import dev.signet.core.zone.Zone;
import dev.signet.core.zone.ZoneNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs a zone the way dnssec-signzone 9.18 does: builds the NSEC or NSEC3 chain, keeps every
 * existing signature that is still good, and signs every authoritative RRset with the keys the
 * rules of {@link KeyPolicy} choose (RRSIG fields per RFC 4034 §3.1: labels without a wildcard
 * label, original TTL = the RRset's TTL, signer = the apex, key tag of the DNSKEY as published).
 *
 * <p>The work is spread over {@link SignOptions#threads()} threads in chunks of RRsets; each
 * thread has its own signed-data buffer, and the software signer its own signature engine per
 * key. Every result goes to the RRset's slot, and jitter depends on the RRset's position, so
 * the output is the same for any thread count (apart from ECDSA's random signature bytes).
 *
 * <p>Nothing reads the clock: {@code now} is the caller's. The input zone is not changed.
 */
public final class ZoneSigner {

    private ZoneSigner() {
    }

    /** Signs with the software verifier for checking existing (and, with {@code -a}, new) signatures. */
    public static SignResult sign(Zone zone, List<SigningKey> keys, SignOptions options, long now) {
        return sign(zone, keys, options, now, SoftwareSignatureVerifier.create());
    }

    /**
     * Signs {@code zone}.
     *
     * @param keys every key dnssec-signzone would have in its list, in that order (the first of
     *     keys with equal tag and algorithm is the one an existing signature is matched to)
     * @param now seconds since the epoch
     * @throws TextException {@code SIGNATURE_VALIDITY} (inception after expiration),
     *     {@code EXPIRATION_IN_PAST}, {@code NO_SOA}, {@code NO_APEX_KEYS} ("failed to find keys at
     *     the zone apex"), {@code NO_KEYS} and {@code NO_ZSK} (unless not
     *     {@link SignOptions#strictKeyChecks()}), {@code NSEC3_WITH_NSEC_ONLY_KEY},
     *     {@code DS_WITHOUT_NS}, the chain errors of {@link ExistingChain#resolve}, or a
     *     {@link dev.signet.core.spi.KeyException} from a key's signer
     */
    public static SignResult sign(Zone zone, List<SigningKey> keys, SignOptions options, long now,
            SignatureVerifier verifier) {
        checkTimes(options, now);
        ZoneNode apexNode = zone.apexNode();
        RRset soa = zone.soa();
        if (apexNode == null || soa == null) {
            throw new TextException("NO_SOA", "failed to find an SOA at the zone apex: not found");
        }
        List<String> report = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ExistingChain.Resolution chain = ExistingChain.of(zone).resolve(options.denial(), options.updateChain());
        warnings.addAll(chain.notices());
        DenialMode denial = chain.mode();

        long soaTtl = options.maxTtl() >= 0 ? Math.min(soa.ttl(), options.maxTtl()) : soa.ttl();
        ApexKeys.Result apexSets = options.smartSigning()
                ? ApexKeys.update(zone.apex(), zone.rrClass(), apexNode.rrset(RrType.DNSKEY),
                        apexNode.rrset(RrType.CDS), apexNode.rrset(RrType.CDNSKEY), keys, options, soaTtl, report,
                        warnings)
                : new ApexKeys.Result(apexNode.rrset(RrType.DNSKEY), null, null);
        checkKeys(apexSets.dnskey(), keys, options, denial, warnings);

        SigningPlan plan = SigningPlan.build(zone, apexSets, denial, options, DenialTtl.of(soa, options.maxTtl()));
        RRsetSigner.Context ctx = new RRsetSigner.Context(keys.toArray(new SigningKey[0]),
                new KeyPolicy(keys, options.kskOnlyDnskey(), options.ignoreKskFlag()), options, now, zone.apex(),
                verifier, signer -> expectsKey(zone, signer));
        ParallelSigning.Outcome signed = ParallelSigning.run(plan, ctx, options.threads());

        List<RRset> out = new ArrayList<>(plan.units.length * 2 + plan.nodes.size());
        int unit = 0;
        for (SigningPlan.Node n : plan.nodes) {
            for (RRset s : n.sets) {
                out.add(s);
                if (unit < plan.units.length && plan.units[unit] == s) {
                    RRset sigs = signed.signatures()[unit++];
                    if (sigs != null) {
                        out.add(sigs);
                    }
                }
            }
        }
        return new SignResult(zone.apex(), zone.rrClass(), out, denial, signed.statistics(), report,
                warnings);
    }

    /**
     * BIND refuses (or its own check fails on) signatures that cannot be valid now.
     *
     * @throws TextException {@code SIGNATURE_VALIDITY}, {@code EXPIRATION_IN_PAST} or {@code JITTER_TOO_LARGE}
     */
    public static void checkTimes(SignOptions o, long now) {
        for (long end : new long[] {o.expiration(), o.dnskeyExpiration()}) {
            if (Serial.lt(end, o.inception())) {
                throw new TextException("SIGNATURE_VALIDITY", "signature inception " + stamp(o.inception())
                        + " is after expiration " + stamp(end));
            }
            if (!Serial.gt(end, now)) {
                throw new TextException("EXPIRATION_IN_PAST", "signature expiration " + stamp(end)
                        + " is not in the future (now " + stamp(now) + ")");
            }
        }
        if (o.jitter() >= o.expiration() - o.inception() && o.jitter() > 0) {
            throw new TextException("JITTER_TOO_LARGE", "jitter " + o.jitter()
                    + " s is not shorter than the validity period");
        }
    }

    private static String stamp(long t) {
        return BindTime.stamp(Instant.ofEpochSecond(t & 0xFFFF_FFFFL));
    }

    /** dnssec-signzone's checks of the key list against the final apex DNSKEY RRset. */
    private static void checkKeys(RRset dnskeys, List<SigningKey> keys, SignOptions options, DenialMode denial,
            List<String> warnings) {
        if (keys.isEmpty()) {
            strict(options, warnings, "NO_KEYS", "No signing keys specified or found.", "No keys specified or found");
        }
        if (dnskeys == null) {
            throw new TextException("NO_APEX_KEYS", "failed to find keys at the zone apex: not found");
        }
        boolean nonKsk = false;
        boolean nsecOnly = false;
        for (Rdata r : dnskeys.rdataList()) {
            Dnskey k = Dnskey.of(r);
            nonKsk |= !k.isSep();
            // RSAMD5, DSA and RSASHA1 predate NSEC3 (RFC 5155 §2): validators may not know them with it.
            nsecOnly |= k.algorithm() == 1 || k.algorithm() == 3 || k.algorithm() == 5;
        }
        if (!nonKsk && !options.ignoreKskFlag()) {
            strict(options, warnings, "NO_ZSK", "No non-KSK DNSKEY found; supply a ZSK or use '-z'.",
                    "No non-KSK DNSKEY found; supply a ZSK or use '-z'.");
        }
        if (denial instanceof DenialMode.Nsec3 && nsecOnly) {
            throw new TextException("NSEC3_WITH_NSEC_ONLY_KEY", "NSEC3 generation requested with NSEC-only DNSKEY");
        }
        // RFC 6840 §5.11: every algorithm of the DNSKEY RRset must sign every RRset.
        Set<Integer> unsigned = new TreeSet<>();
        for (Rdata r : dnskeys.rdataList()) {
            unsigned.add(Dnskey.of(r).algorithm());
        }
        for (SigningKey k : keys) {
            if (k.signs()) {
                unsigned.remove(k.algorithmNumber());
            }
        }
        for (int alg : unsigned) {
            Algorithm a = Algorithm.fromNumber(alg);
            warnings.add("warning: the DNSKEY RRset has algorithm " + (a == null ? Integer.toString(alg) : a.mnemonic())
                    + " but no key of it signs: the zone is not fully signed (RFC 6840 §5.11)");
        }
        if (!options.ignoreKskFlag()) {
            Set<String> kskOnly = new TreeSet<>();
            for (SigningKey k : keys) {
                if (k.signs() && !k.isRevoked()) {
                    kskOnly.add(k.algorithmText());
                }
            }
            for (SigningKey k : keys) {
                if (k.signs() && !k.isRevoked() && !k.isKsk()) {
                    kskOnly.remove(k.algorithmText());
                }
            }
            for (String alg : kskOnly) {
                warnings.add("warning: no active ZSK for algorithm " + alg + ": its KSKs sign only the DNSKEY, CDS"
                        + " and CDNSKEY RRsets, so the zone is not fully signed with " + alg
                        + " (dnssec-signzone 9.18 does the same; add a ZSK or use -z)");
            }
        }
    }

    private static void strict(SignOptions options, List<String> warnings, String code, String error, String warning) {
        if (options.strictKeyChecks()) {
            throw new TextException(code, error);
        }
        warnings.add("warning: " + warning);
    }

    /**
     * dnssec-signzone's {@code expecttofindkey}: a DNSKEY could exist at the signer's name unless
     * it lies at or below a zone cut, below a DNAME, or is an alias. An RRSIG by a missing key at
     * such a name is dropped; elsewhere it is kept until it expires.
     */
    static boolean expectsKey(Zone zone, Name signer) {
        if (signer.equals(zone.apex())) {
            return true;
        }
        if (!signer.isSubdomainOf(zone.apex())) {
            return false;
        }
        for (Name n = signer; !n.equals(zone.apex()); n = n.parent()) {
            ZoneNode node = zone.node(n);
            if (node == null) {
                continue;
            }
            if (node.kind() == ZoneNode.Kind.DELEGATION || node.kind() == ZoneNode.Kind.OCCLUDED
                    || (n == signer && node.has(RrType.CNAME)) || (n != signer && node.has(RrType.DNAME))) {
                return false;
            }
        }
        return true;
    }
}

package dev.signet.core.sign;

import dev.signet.core.crypto.Algorithm;
import dev.signet.core.crypto.DnskeyPublicKeys;
import dev.signet.core.crypto.KeyGeneration;
import dev.signet.core.key.KeyMetadata;
import dev.signet.core.key.ZoneKey;
import dev.signet.core.name.Name;
import dev.signet.core.rdata.Dnskey;
import dev.signet.core.rr.RRset;
import dev.signet.core.rr.RrClass;
import dev.signet.core.rr.RrType;
import dev.signet.core.spi.SoftwareSigner;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Keys made in memory from a seed, so a failing test can be rerun with the same keys. */
final class TestKeys {

    private TestKeys() {
    }

    /** A generated key pair with its signer; timing metadata as given. */
    record Pair(ZoneKey key, SoftwareSigner signer) {
        SigningKey forced(long now) {
            return SigningKey.forced(key, signer, false, now);
        }

        SigningKey timed(long now) {
            return SigningKey.timed(key, signer, false, now);
        }
    }

    static Pair make(Name owner, Algorithm alg, boolean ksk, long seed, KeyMetadata md) {
        KeyPair kp = KeyGeneration.generate(alg, alg.family() == Algorithm.Family.RSA ? 1024 : 0, seeded(seed));
        Dnskey dnskey = Dnskey.create(ksk ? 257 : 256, Dnskey.PROTOCOL, alg.number(),
                DnskeyPublicKeys.encode(alg, kp.getPublic()));
        ZoneKey key = new ZoneKey(owner, RrClass.IN, -1, dnskey, md, null, java.util.Optional.empty());
        return new Pair(key, SoftwareSigner.create(dnskey, kp.getPrivate(), "test key " + seed));
    }

    static Pair make(Name owner, Algorithm alg, boolean ksk, long seed) {
        return make(owner, alg, ksk, seed, KeyMetadata.EMPTY);
    }

    /** The zone's DNSKEY RRset lines for these keys, to append to a zone text. */
    static String dnskeyLines(long ttl, List<Pair> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(p.key().dnskeyRecord(ttl)).append('\n');
        }
        return sb.toString();
    }

    static List<SigningKey> forced(List<Pair> pairs, long now) {
        List<SigningKey> out = new ArrayList<>();
        for (Pair p : pairs) {
            out.add(p.forced(now));
        }
        return out;
    }

    static RRset dnskeySet(Name owner, long ttl, List<Pair> pairs) {
        List<dev.signet.core.rdata.Rdata> rd = new ArrayList<>();
        for (Pair p : pairs) {
            rd.add(p.key().dnskey().rdata());
        }
        return RRset.of(owner, RrType.DNSKEY, RrClass.IN, ttl, rd);
    }

    static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

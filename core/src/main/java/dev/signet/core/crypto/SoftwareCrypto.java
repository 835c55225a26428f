package dev.signet.core.crypto;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the software implementation used per algorithm: the fastest one that is correct,
 * by {@code CryptoBenchmark} (core/src/test). Single-thread signatures/s, best of 5 x 1 s,
 * JDK 17.0.15, Bouncy Castle 1.78.1, 2 shared CPUs:
 *
 * <pre>
 *                      JDK     BC-JCA  BC-lowlevel
 * RSASHA256/2048      1325       1229         1239
 * RSASHA512/2048      1358       1245         1247
 * ECDSAP256SHA256     2618      17190        16412
 * ECDSAP384SHA384     1180       5888         5934
 * ED25519             2327      42668        43140
 * ED448                661      10865        10807
 * </pre>
 *
 * So: the JDK for RSA (its Montgomery intrinsics), Bouncy Castle's low-level API for ECDSA and
 * EdDSA. For ECDSA the low-level signer uses RFC 6979 deterministic nonces at the same speed as
 * the BC provider's random ones, which removes the dependence on a random source. Every candidate
 * is checked against the RFC 5702 / 6605 / 8080 vectors by the tests, so a preference can be
 * changed here without risk to correctness. When the preferred backend lacks an algorithm the
 * next one is used.
 */
public final class SoftwareCrypto {

    public static final CryptoBackend JDK = JcaBackend.jdk();
    public static final CryptoBackend BC_LOWLEVEL = new BcLowLevelBackend();

    private static final Map<Algorithm, List<CryptoBackend>> SIGNING = new EnumMap<>(Algorithm.class);
    private static final Map<Algorithm, List<CryptoBackend>> VERIFYING = new EnumMap<>(Algorithm.class);

    static {
        for (Algorithm a : Algorithm.values()) {
            List<CryptoBackend> order = a.family() == Algorithm.Family.RSA
                    ? List.of(JDK, BC_LOWLEVEL) : List.of(BC_LOWLEVEL, JDK);
            SIGNING.put(a, order);
            VERIFYING.put(a, order);
        }
    }

    private SoftwareCrypto() {
    }

    /** Bouncy Castle through its JCA provider object (a benchmark and cross-check candidate). */
    public static CryptoBackend bouncyCastleJca() {
        return JcaBackend.of(BouncyCastle.provider(), "BC-JCA");
    }

    /** Every software backend, for benchmarks and cross-checks. */
    public static List<CryptoBackend> all() {
        return List.of(JDK, bouncyCastleJca(), BC_LOWLEVEL);
    }

    public static CryptoBackend forSigning(Algorithm alg) {
        return first(SIGNING.get(alg), alg);
    }

    public static CryptoBackend forVerifying(Algorithm alg) {
        return first(VERIFYING.get(alg), alg);
    }

    private static CryptoBackend first(List<CryptoBackend> candidates, Algorithm alg) {
        for (CryptoBackend b : candidates) {
            if (b.supports(alg)) {
                return b;
            }
        }
        throw new IllegalStateException("no software implementation of " + alg.mnemonic());
    }
}

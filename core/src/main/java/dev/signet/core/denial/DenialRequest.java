package dev.signet.core.denial;

/**
 * What the operator asked for, before it meets the zone: dnssec-signzone's {@code -3 salt},
 * {@code -H iterations} and {@code -A}, each with whether it was given at all. An option not given
 * takes its value from an NSEC3 chain already in the zone ({@link ExistingChain#resolve}).
 *
 * @param salt the salt of {@code -3} ({@code -} = empty), when {@code saltGiven}
 * @param iterations {@code -H}, when {@code iterationsGiven}; else the default (BIND 9.18: 0)
 * @param optOut the final state of the {@code -A} toggles, when {@code optOutGiven}
 */
public record DenialRequest(boolean saltGiven, byte[] salt, boolean iterationsGiven, int iterations,
        boolean optOutGiven, boolean optOut) {

    /** dnssec-signzone's default number of additional iterations since 9.16.26 / 9.18 (RFC 9276). */
    public static final int DEFAULT_ITERATIONS = 0;

    public DenialRequest {
        salt = salt == null ? new byte[0] : salt.clone();
        if (iterations < 0) {
            throw new IllegalArgumentException("negative iterations");
        }
    }

    /** No {@code -3}, {@code -H} or {@code -A}: NSEC, unless the zone already has an NSEC3 chain. */
    public static DenialRequest none() {
        return new DenialRequest(false, new byte[0], false, DEFAULT_ITERATIONS, false, false);
    }

    /** An explicit NSEC3 request with all three parameters given. */
    public static DenialRequest nsec3(byte[] salt, int iterations, boolean optOut) {
        return new DenialRequest(true, salt, true, iterations, true, optOut);
    }

    public DenialRequest withSalt(byte[] newSalt) {
        return new DenialRequest(true, newSalt, iterationsGiven, iterations, optOutGiven, optOut);
    }

    public DenialRequest withIterations(int n) {
        return new DenialRequest(saltGiven, salt, true, n, optOutGiven, optOut);
    }

    public DenialRequest withOptOut(boolean on) {
        return new DenialRequest(saltGiven, salt, iterationsGiven, iterations, true, on);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenialRequest r && r.saltGiven == saltGiven && java.util.Arrays.equals(r.salt, salt)
                && r.iterationsGiven == iterationsGiven && r.iterations == iterations
                && r.optOutGiven == optOutGiven && r.optOut == optOut;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(saltGiven, java.util.Arrays.hashCode(salt), iterationsGiven, iterations,
                optOutGiven, optOut);
    }

    /** True if none of {@code -3}, {@code -H}, {@code -A} was given. */
    public boolean isEmpty() {
        return !saltGiven && !iterationsGiven && !optOutGiven;
    }
}

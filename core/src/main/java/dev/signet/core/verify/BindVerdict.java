package dev.signet.core.verify;

/**
 * The reason dnssec-verify gives in {@code DNSSEC completeness test failed (REASON).}: the result
 * of the first NSEC/NSEC3 check that failed in its walk — {@code not found} for a missing NSEC3,
 * {@code duplicate} for several with the same parameters, {@code failure} otherwise. Its walk
 * visits each name with data (its NSEC, then its NSEC3), then the empty non-terminals above it
 * that the previous name did not have; {@link #key} orders checks the same way.
 */
final class BindVerdict {

    static final String FAILURE = "failure";
    static final String NOT_FOUND = "not found";
    static final String DUPLICATE = "duplicate";

    private long firstKey = Long.MAX_VALUE;
    private String firstText;

    /**
     * @param node the name with data the check belongs to in BIND's order
     * @param step 0 its NSEC, 1 its NSEC3, 2 + index for an empty non-terminal checked after it
     */
    static long key(int node, int step) {
        return ((long) (node < 0 ? Integer.MAX_VALUE : node) << 32) | (step & 0xFFFF_FFFFL);
    }

    void fail(long key, String text) {
        if (key < firstKey) {
            firstKey = key;
            firstText = text;
        }
    }

    void merge(BindVerdict other) {
        if (other.firstText != null) {
            fail(other.firstKey, other.firstText);
        }
    }

    /** The reason of the first failure, or {@link #FAILURE} when none was recorded. */
    String text() {
        return firstText != null ? firstText : FAILURE;
    }
}

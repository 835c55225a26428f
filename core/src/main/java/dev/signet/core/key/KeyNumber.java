package dev.signet.core.key;

/** Numeric key metadata of a v1.3 {@code .private} file, in BIND's order (before the dates). */
public enum KeyNumber {
    /** Key tag of the key this one succeeds ({@code dnssec-keygen -S}). */
    PREDECESSOR("Predecessor"),
    /** Key tag of the key that succeeds this one. */
    SUCCESSOR("Successor"),
    MAX_TTL("MaxTTL"),
    ROLL_PERIOD("RollPeriod");

    private final String tag;

    KeyNumber(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}

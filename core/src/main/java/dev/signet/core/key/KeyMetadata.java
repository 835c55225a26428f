package dev.signet.core.key;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A key's timing and numeric metadata (BIND v1.3 {@code .private} fields). Immutable; times are
 * whole seconds (BIND keeps 32-bit seconds since the epoch).
 */
public final class KeyMetadata {

    public static final KeyMetadata EMPTY = new KeyMetadata(new EnumMap<>(KeyTime.class), new EnumMap<>(KeyNumber.class));

    private final EnumMap<KeyTime, Instant> times;
    private final EnumMap<KeyNumber, Long> numbers;

    private KeyMetadata(EnumMap<KeyTime, Instant> times, EnumMap<KeyNumber, Long> numbers) {
        this.times = times;
        this.numbers = numbers;
    }

    public Optional<Instant> time(KeyTime t) {
        return Optional.ofNullable(times.get(t));
    }

    public OptionalLong number(KeyNumber n) {
        Long v = numbers.get(n);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The set times, in BIND's order. */
    public Map<KeyTime, Instant> times() {
        return Collections.unmodifiableMap(times);
    }

    /** The set numbers, in BIND's order. */
    public Map<KeyNumber, Long> numbers() {
        return Collections.unmodifiableMap(numbers);
    }

    public boolean isEmpty() {
        return times.isEmpty() && numbers.isEmpty();
    }

    /** A copy with {@code t} set (truncated to whole seconds) or cleared ({@code null}). */
    public KeyMetadata with(KeyTime t, Instant when) {
        EnumMap<KeyTime, Instant> m = new EnumMap<>(KeyTime.class);
        m.putAll(times);
        if (when == null) {
            m.remove(t);
        } else {
            m.put(t, Instant.ofEpochSecond(when.getEpochSecond()));
        }
        return new KeyMetadata(m, numbers);
    }

    /** A copy with {@code n} set or cleared ({@code null}). */
    public KeyMetadata with(KeyNumber n, Long value) {
        EnumMap<KeyNumber, Long> m = new EnumMap<>(KeyNumber.class);
        m.putAll(numbers);
        if (value == null) {
            m.remove(n);
        } else {
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(n.tag() + " out of range: " + value);
            }
            m.put(n, value);
        }
        return new KeyMetadata(times, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyMetadata k && k.times.equals(times) && k.numbers.equals(numbers);
    }

    @Override
    public int hashCode() {
        return times.hashCode() * 31 + numbers.hashCode();
    }

    @Override
    public String toString() {
        return "KeyMetadata" + times + numbers;
    }
}

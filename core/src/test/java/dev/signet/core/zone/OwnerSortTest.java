package dev.signet.core.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.signet.core.name.Name;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** OwnerSort against the JDK's stable sort, on seeded random names with case variants and duplicates. */
class OwnerSortTest {

    @Test
    void ordersLikeAStableCanonicalSort() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(round < 100 ? 40 : 3000);
            Name[] names = new Name[n];
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder();
                int labels = 1 + r.nextInt(3);
                for (int l = 0; l < labels; l++) {
                    sb.append((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(3))).append(r.nextInt(4)).append('.');
                }
                names[i] = Name.of(sb.append("example.").toString());
            }
            if (round % 3 == 0) {
                Arrays.sort(names); // already in canonical order: the fast path
            }
            Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparing(i -> names[i]));
            int[] actual = OwnerSort.sort(names, n);
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), actual);
        }
    }
}

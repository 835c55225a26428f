package dev.signet.core.zone;

import dev.signet.core.name.Name;

/**
 * A stable merge sort of name ids by their names in canonical order (RFC 4034 §6.1), on plain
 * {@code int} arrays: no boxing, no comparator objects, one scratch array.
 *
 * <p>Single-threaded on purpose: {@code signzone -n 1} must use one core. Runs that are already
 * in order cost one comparison to join, so a zone file written in canonical order (every signed
 * zone, and most generated ones) sorts in linear time.
 */
final class OwnerSort {

    private static final int INSERTION_LIMIT = 24;

    private OwnerSort() {
    }

    /** The ids {@code 0..count-1} ordered by {@code names[id]}, equal names in id order. */
    static int[] sort(Name[] names, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i;
        }
        if (count > 1) {
            mergeSort(names, ids, new int[count], 0, count);
        }
        return ids;
    }

    private static void mergeSort(Name[] names, int[] a, int[] scratch, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(names, a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(names, a, scratch, from, mid);
        mergeSort(names, a, scratch, mid, to);
        if (names[a[mid - 1]].compareTo(names[a[mid]]) <= 0) {
            return; // already in order: the common case for a file in canonical order
        }
        System.arraycopy(a, from, scratch, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        // Stability: on equal names the left half's id (read earlier) goes first.
        while (i < mid && j < to) {
            a[k++] = names[a[j]].compareTo(names[scratch[i]]) < 0 ? a[j++] : scratch[i++];
        }
        while (i < mid) {
            a[k++] = scratch[i++];
        }
    }

    private static void insertionSort(Name[] names, int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int id = a[i];
            Name n = names[id];
            int j = i - 1;
            while (j >= from && names[a[j]].compareTo(n) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = id;
        }
    }
}

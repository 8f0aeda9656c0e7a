package org.bangtin.search;

/** Keeps the largest {@code limit} candidate keys offered (see {@link CandidateOrder}). Not thread-safe. */
final class TopCandidates {
    private final long[] keys;
    private int size;
    /** The index of the smallest key kept, once full. */
    private int smallest;

    TopCandidates(int limit) {
        this.keys = new long[limit];
    }

    void offer(long key) {
        if (size < keys.length) {
            keys[size++] = key;
            if (size == keys.length) {
                findSmallest();
            }
        } else if (key > keys[smallest]) {
            keys[smallest] = key;
            findSmallest();
        }
    }

    private void findSmallest() {
        smallest = 0;
        for (int i = 1; i < size; i++) {
            if (keys[i] < keys[smallest]) {
                smallest = i;
            }
        }
    }

    /** The documents kept, best first. */
    int[] documents(CandidateOrder order) {
        return order.documents(keys, size);
    }
}

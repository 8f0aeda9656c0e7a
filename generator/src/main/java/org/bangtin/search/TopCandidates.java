package org.bangtin.search;

/**
 * Keeps the largest {@code limit} candidate keys offered (see {@link CandidateOrder}), in a
 * min-heap: at 100,000 notices a notice meets thousands of candidates, and finding the smallest
 * kept key again by a scan after each replacement took as long as scoring them. Not thread-safe.
 */
final class TopCandidates {
    /** heap[0] is the smallest key kept; each key is no larger than its two children. */
    private final long[] heap;
    private int size;

    TopCandidates(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, is " + limit);
        }
        this.heap = new long[limit];
    }

    /** The key that a candidate must exceed to be kept: the smallest kept once full, else none. */
    long bar() {
        return size < heap.length ? Long.MIN_VALUE : heap[0];
    }

    void offer(long key) {
        if (size < heap.length) {
            siftUp(size++, key);
        } else if (key > heap[0]) {
            siftDown(key);
        }
    }

    private void siftUp(int at, long key) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    /** Replaces the smallest key by {@code key}, which then sinks to its place. */
    private void siftDown(long key) {
        int at = 0;
        while (2 * at + 1 < size) {
            int child = 2 * at + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (key <= heap[child]) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }

    /** The documents kept, best first. */
    int[] documents(CandidateOrder order) {
        return order.documents(heap, size);
    }
}

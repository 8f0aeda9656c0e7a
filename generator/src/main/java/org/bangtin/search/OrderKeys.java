package org.bangtin.search;

import java.util.Arrays;

/**
 * Sort keys that put a site's documents into their order (newest first) and leave room between
 * neighbours: a notice added between two others gets a key between theirs, and no other notice's
 * key changes, so an index sorted by key is updated in place by re-adding only the new and changed
 * notices. Keys are positive; they run out only after about thirty additions at one spot.
 */
final class OrderKeys {
    /** The room between two keys given at once. */
    static final long GAP = 1L << 32;
    /** The first key of a fresh index: the same room again and again before it, for newer notices. */
    static final long FIRST = 1L << 61;

    private OrderKeys() {
    }

    /** Keys for {@code count} documents indexed anew. */
    static long[] spaced(int count) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = FIRST + i * GAP;
        }
        return keys;
    }

    /**
     * Keys for the documents in their new order, keeping as many current keys as can stay.
     *
     * @param current each document's current key, or null when it needs a new one (new or changed)
     * @return increasing keys, one per document; null when there is no room left (index anew)
     */
    static long[] assign(Long[] current) {
        int count = current.length;
        boolean[] kept = longestIncreasingRun(current);
        long[] keys = new long[count];
        int place = 0;
        while (place < count) {
            if (kept[place]) {
                keys[place] = current[place];
                place++;
                continue;
            }
            int end = place;
            while (end < count && !kept[end]) {
                end++;
            }
            if (!fill(keys, place, end, place == 0 ? 0 : keys[place - 1], end == count ? Long.MAX_VALUE : current[end])) {
                return null;
            }
            place = end;
        }
        return keys;
    }

    /** Gives places [from, to) keys strictly between {@code low} and {@code high}. */
    private static boolean fill(long[] keys, int from, int to, long low, long high) {
        int count = to - from;
        if (high - low <= count) {
            return false;
        }
        long room = high - low;
        // Near a neighbour with the usual spacing where there is room (new notices come first, or
        // last when the site's history is completed); else evenly between the two.
        if (low == 0 && high != Long.MAX_VALUE && room / GAP > count) {
            for (int i = 0; i < count; i++) {
                keys[from + i] = high - (count - i) * GAP;
            }
        } else if (high == Long.MAX_VALUE && room / GAP > count) {
            for (int i = 0; i < count; i++) {
                keys[from + i] = low + (i + 1) * GAP;
            }
        } else {
            long step = room / (count + 1);
            for (int i = 0; i < count; i++) {
                keys[from + i] = low + (i + 1) * step;
            }
        }
        return true;
    }

    /** Marks a longest run of non-null keys that increase in document order: those keep their keys. */
    private static boolean[] longestIncreasingRun(Long[] keys) {
        int count = keys.length;
        int[] tails = new int[count];
        int[] previous = new int[count];
        int length = 0;
        for (int i = 0; i < count; i++) {
            if (keys[i] == null) {
                continue;
            }
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (keys[tails[middle]] < keys[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[count];
        Arrays.fill(kept, false);
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}

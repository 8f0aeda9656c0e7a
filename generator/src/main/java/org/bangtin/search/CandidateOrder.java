package org.bangtin.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The order of related candidates, packed into one {@code long} per candidate (the larger, the
 * better): the score in steps, then the same category as the notice, then the closer date, then
 * the URL (alphabetical). Every candidate's key is distinct, so the order is total and the
 * same in every build. Thread-safe.
 */
final class CandidateOrder {
    static final int MAX_STEPS = (1 << 10) - 1;
    private static final int MAX_DAYS = (1 << 27) - 1;
    private static final int MAX_RANK = (1 << 24) - 1;

    /** Each notice's category as a number, equal for equal categories (comparing strings was a fifth of the related phase). */
    private final int[] categories;
    private final int[] days;
    private final int[] urlRank;
    private final int[] byUrlRank;

    CandidateOrder(String[] categories, int[] days, String[] urls) {
        if (urls.length > MAX_RANK) {
            throw new IllegalArgumentException("too many notices: " + urls.length);
        }
        Map<String, Integer> numbers = new HashMap<>();
        this.categories = new int[categories.length];
        for (int i = 0; i < categories.length; i++) {
            this.categories[i] = numbers.computeIfAbsent(categories[i], c -> numbers.size());
        }
        this.days = days;
        this.byUrlRank = IntStream.range(0, urls.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> urls[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.urlRank = new int[urls.length];
        for (int rank = 0; rank < byUrlRank.length; rank++) {
            urlRank[byUrlRank[rank]] = rank;
        }
    }

    /** The key of {@code candidate} as a related notice of {@code doc}, with its score in steps (0 to {@link #MAX_STEPS}). */
    long key(int doc, int candidate, int steps) {
        long sameCategory = categories[doc] == categories[candidate] ? 1 : 0;
        long closeness = MAX_DAYS - Math.min(Math.abs((long) days[doc] - days[candidate]), MAX_DAYS);
        return (long) steps << 52 | sameCategory << 51 | closeness << 24 | (MAX_RANK - urlRank[candidate]);
    }

    /** The largest key a candidate with {@code steps} can have: no key of fewer steps is larger. */
    static long largestKey(int steps) {
        return (long) steps << 52 | (1L << 52) - 1;
    }

    /** The candidate a key was made for. */
    int document(long key) {
        return byUrlRank[MAX_RANK - (int) (key & MAX_RANK)];
    }

    /** Documents of keys, best first. */
    int[] documents(long[] keys, int size) {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        int[] docs = new int[size];
        for (int i = 0; i < size; i++) {
            docs[i] = document(sorted[size - 1 - i]);
        }
        return docs;
    }
}

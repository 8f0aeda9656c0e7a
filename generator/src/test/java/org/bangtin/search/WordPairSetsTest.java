package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Near-duplicates are told by the Jaccard similarity of the notices' word-pair sets; the check
 * that stops early must decide exactly as the similarity does, also at the edge.
 */
class WordPairSetsTest {

    @Test
    void nearDuplicatesWhenMoreThanNineTenthsOfThePairsAreShared() {
        int[] base = range(0, 100);
        WordPairSets sets = new WordPairSets(new int[][] {
            base,
            range(0, 91), // 91 of 100 shared: 0.91
            range(0, 90), // 90 of 100: 0.90, not more, which the sizes alone tell
            concat(range(0, 95), range(200, 205)), // 95 shared of 105 in all: 0.905
            range(50, 150), // half
            {},
            range(0, 190),
            concat(range(10, 190), range(500, 510)), // with the one before: 180 of 200 in all, 0.90
            concat(range(9, 190), range(500, 509)), // with the one two before: 181 of 199, 0.9095
        });
        assertTrue(sets.nearDuplicates(0, 1));
        assertEquals(0.91, sets.similarity(0, 1), 1e-9);
        assertFalse(sets.nearDuplicates(0, 2), "a similarity of 0.90 is not more than 0.90");
        assertTrue(sets.nearDuplicates(0, 3));
        assertTrue(sets.nearDuplicates(3, 0));
        assertFalse(sets.nearDuplicates(0, 4));
        assertFalse(sets.nearDuplicates(0, 5));
        assertFalse(sets.nearDuplicates(5, 5), "two notices without pairs are not near-duplicates");
        assertTrue(sets.nearDuplicates(0, 0));
        assertEquals(0.90, sets.similarity(6, 7));
        assertFalse(sets.nearDuplicates(6, 7), "the pairs counted to the end reach 0.90 exactly: not more");
        assertTrue(sets.nearDuplicates(6, 8));
        assertTrue(sets.nearDuplicates(8, 6));
    }

    /** The sets are kept as gaps between pair numbers: numbers and gaps of any size read back. */
    @Test
    void pairNumbersOfAnySizeAreCounted() {
        WordPairSets sets = new WordPairSets(new int[][] {
            {0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 300_000_000, Integer.MAX_VALUE},
            {0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 300_000_000},
            {1, 129, 16_385, 2_097_153, 300_000_001},
        });
        assertEquals(1.0, sets.similarity(0, 0));
        assertEquals(8.0 / 9, sets.similarity(0, 1), 1e-9);
        assertEquals(0.0, sets.similarity(0, 2));
        assertFalse(sets.nearDuplicates(0, 1), "8 of 9: 0.89");
    }

    /** Random sets of like size and a varying overlap: the early stop never changes the answer. */
    @Test
    void decidesAsTheSimilarityDoes() {
        Random random = new Random(11);
        int count = 400;
        int[][] pairs = new int[count][];
        int[] shared = range(0, 600);
        for (int i = 0; i < count; i++) {
            TreeSet<Integer> set = new TreeSet<>();
            for (int pair : shared) {
                set.add(pair);
            }
            int missing = random.nextInt(40);
            for (int k = 0; k < missing; k++) {
                set.remove(shared[random.nextInt(shared.length)]);
            }
            int own = random.nextInt(30);
            for (int k = 0; k < own; k++) {
                set.add(1000 + random.nextInt(100_000));
            }
            pairs[i] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        WordPairSets sets = new WordPairSets(pairs);
        int near = 0;
        for (int a = 0; a < count; a++) {
            for (int b = 0; b < count; b++) {
                boolean expected = sets.similarity(a, b) > WordPairSets.NEAR_DUPLICATE;
                assertEquals(expected, sets.nearDuplicates(a, b), a + " and " + b);
                near += expected ? 1 : 0;
            }
        }
        assertTrue(near > count && near < count * count, "both answers are met: " + near);
    }

    @Test
    void theFewestPairsInCommonAreTheEdgeOfTheSimilarity() {
        for (int total = 2; total < 5000; total++) {
            int needed = WordPairSets.commonNeeded(total);
            assertTrue((double) needed / (total - needed) > WordPairSets.NEAR_DUPLICATE, "total " + total);
            assertFalse((double) (needed - 1) / (total - needed + 1) > WordPairSets.NEAR_DUPLICATE, "total " + total);
        }
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static int[] concat(int[] first, int[] second) {
        return IntStream.concat(Arrays.stream(first), Arrays.stream(second)).toArray();
    }
}

package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which postings of a frequent word the search for related notices goes through. */
class TermTableTest {
    @Test
    void theBestScoresAreKeptInTheirOrder() {
        float[] scores = {0.5f, 2.0f, 0.1f, 1.5f, 0.7f, 3.0f};
        assertArrayEquals(new int[] {1, 3, 5}, TermTable.best(scores, 3));
    }

    @Test
    void equalScoresKeepTheFirstPostings() {
        float[] scores = {1f, 2f, 1f, 1f, 2f};
        assertArrayEquals(new int[] {0, 1, 4}, TermTable.best(scores, 3));
    }

    @Test
    void aWordWithoutMorePostingsKeepsThemAll() {
        assertNull(TermTable.best(new float[] {1f, 2f, 3f}, 3));
    }
}

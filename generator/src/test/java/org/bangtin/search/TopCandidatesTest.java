package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The related list's candidates: the best keys kept, whatever the order they come in. */
class TopCandidatesTest {
    private static final int NOTICES = 500;

    @Test
    void keepsTheLargestKeysOfferedBestFirst() {
        String[] categories = new String[NOTICES];
        int[] days = new int[NOTICES];
        String[] urls = new String[NOTICES];
        Random random = new Random(7);
        for (int i = 0; i < NOTICES; i++) {
            categories[i] = "c" + random.nextInt(4);
            days[i] = 18_000 + random.nextInt(2_000);
            urls[i] = "/2019/tin-" + random.nextInt(1_000_000) + "-" + i + "/";
        }
        CandidateOrder order = new CandidateOrder(categories, days, urls);
        for (int limit : new int[] {1, 2, 15, NOTICES - 1, NOTICES + 10}) {
            for (int doc = 0; doc < 20; doc++) {
                List<Long> keys = new ArrayList<>();
                TopCandidates top = new TopCandidates(limit);
                for (int candidate = 0; candidate < NOTICES; candidate++) {
                    if (candidate == doc) {
                        continue;
                    }
                    // Few score steps, so that many candidates tie on them, as near the floor.
                    long key = order.key(doc, candidate, 20 + random.nextInt(6));
                    keys.add(key);
                    if (CandidateOrder.largestKey((int) (key >>> 52)) > top.bar()) {
                        top.offer(key);
                    }
                }
                keys.sort(Comparator.reverseOrder());
                int[] expected = keys.subList(0, Math.min(limit, keys.size())).stream()
                        .mapToInt(order::document).toArray();
                assertArrayEquals(expected, top.documents(order), "limit " + limit + ", notice " + doc);
            }
        }
    }

    @Test
    void anOfferInAscendingOrDescendingOrderKeepsTheSame() {
        String[] categories = Collections.nCopies(NOTICES, "c").toArray(String[]::new);
        int[] days = new int[NOTICES];
        String[] urls = new String[NOTICES];
        for (int i = 0; i < NOTICES; i++) {
            urls[i] = String.format("/tin-%04d/", i);
        }
        CandidateOrder order = new CandidateOrder(categories, days, urls);
        TopCandidates ascending = new TopCandidates(10);
        TopCandidates descending = new TopCandidates(10);
        for (int i = 1; i < NOTICES; i++) {
            ascending.offer(order.key(0, i, i % 50));
            descending.offer(order.key(0, NOTICES - i, (NOTICES - i) % 50));
        }
        assertArrayEquals(ascending.documents(order), descending.documents(order));
    }
}

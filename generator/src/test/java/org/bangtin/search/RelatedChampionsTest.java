package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.store.Directory;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Các tin khác" going through only the best postings of each query word (champion lists), on
 * 1,200 generated notices in 20 topics: each topic has words of its own, in 60 notices, and
 * every notice words of all topics too.
 */
class RelatedChampionsTest {
    private static final int TOPICS = 20;
    private static final int PER_TOPIC = 60;
    private static final int LISTED = 5;

    static List<SearchDocument> notices;
    static Directory index;

    @BeforeAll
    static void indexNotices() throws IOException {
        Random random = new Random(42);
        notices = new ArrayList<>();
        for (int i = 0; i < TOPICS * PER_TOPIC; i++) {
            int topic = i % TOPICS;
            StringBuilder text = new StringBuilder();
            for (int sentence = 0; sentence < 12; sentence++) {
                text.append(word(topic, random.nextInt(8))).append(' ').append(word(topic, random.nextInt(8))).append(' ')
                        .append(word(random.nextInt(TOPICS), random.nextInt(8))).append(' ')
                        .append(word(TOPICS + random.nextInt(40), 0)).append(". ");
            }
            notices.add(new SearchDocument("/2020/tin-" + i + "/", "Thông báo " + word(topic, 0) + " " + word(topic, 1)
                    + " đợt " + i, String.format("%02d/03/2020", 1 + i % 28), 2020, "Thông báo", "thong-bao",
                    "Thông báo", "thong-bao", null, "UBND huyện", List.of(), null, StoredText.of(text.toString()), "", ""));
        }
        index = SearchIndexWriter.write(notices);
    }

    /** A made-up word of letters only, {@code n} of topic {@code topic}'s. */
    private static String word(int topic, int n) {
        return "t" + (char) ('a' + topic / 26) + (char) ('a' + topic % 26) + "w" + (char) ('a' + n);
    }

    private static int topic(int notice) {
        return notice % TOPICS;
    }

    @Test
    void aSiteOfUpToTenThousandNoticesHasNoQueryWordWithMorePostingsThanTheChampions() {
        assertTrue(TermTable.frequencyCap(10_000) <= TermTable.CHAMPIONS, "such sites' lists are exact");
    }

    @Test
    void aSiteWhoseWordsHaveFewerPostingsThanTheChampionsGetsTheExactLists() throws IOException {
        RelatedLists exact = RelatedNotices.compute(index, notices, LISTED, Map.of(), () -> false, Integer.MAX_VALUE);
        RelatedLists built = RelatedNotices.compute(index, notices, LISTED, Map.of(), () -> false);
        assertEquals(exact, built);
    }

    @Test
    void fewChampionsStillListNoticesOfTheSameTopic() throws IOException {
        RelatedLists exact = RelatedNotices.compute(index, notices, LISTED, Map.of(), () -> false, Integer.MAX_VALUE);
        RelatedLists cut = RelatedNotices.compute(index, notices, LISTED, Map.of(), () -> false, 20);
        int listed = 0;
        int sameTopic = 0;
        int changed = 0;
        for (int notice = 0; notice < notices.size(); notice++) {
            List<Integer> related = cut.lists().get(notice).documents();
            assertEquals(LISTED, related.size(), "notice " + notice);
            listed += related.size();
            int own = topic(notice);
            sameTopic += (int) related.stream().filter(other -> topic(other) == own).count();
            changed += related.equals(exact.lists().get(notice).documents()) ? 0 : 1;
        }
        assertTrue(changed > 0, "no word had more postings than its champions: the test tests nothing");
        assertTrue(sameTopic >= 0.95 * listed, sameTopic + " of " + listed + " listed notices of the same topic");
    }
}

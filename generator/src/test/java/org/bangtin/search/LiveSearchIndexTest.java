package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/**
 * The preview's index updated in place gives, after each change, the same static export and the
 * same related lists as an index built from scratch of the same notices.
 */
class LiveSearchIndexTest {
    private static final String[] TOPICS = {"tiêm chủng mở rộng cho trẻ em", "bình đẳng giới và tiến bộ phụ nữ",
        "gieo cấy lúa vụ xuân", "phòng chống dịch tả lợn châu Phi", "tuyển sinh lớp 10", "đấu giá quyền sử dụng đất"};

    @Test
    void everyUpdateGivesTheIndexOfAFreshBuild() throws IOException {
        List<SearchDocument> notices = numbered(30, 2019, 4);
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            assertSameAsFresh(live, notices, "first build");

            notices.set(4, notice(4, "Kế hoạch " + TOPICS[1] + " (sửa đổi)", 2020));
            assertEquals(1, live.update(notices), "only the changed notice is analysed again");
            assertSameAsFresh(live, notices, "a notice changed");

            notices.add(0, notice(100, "Thông báo mới về " + TOPICS[0], 2024));
            assertEquals(1, live.update(notices));
            assertSameAsFresh(live, notices, "a notice added first: every other moves one place");

            notices.remove(10);
            notices.remove(20);
            assertEquals(0, live.update(notices));
            assertSameAsFresh(live, notices, "two notices deleted");

            // Two unchanged notices swap places (as a renamed file does among notices of one day).
            SearchDocument third = notices.get(3);
            notices.set(3, notices.get(4));
            notices.set(4, third);
            live.update(notices);
            assertSameAsFresh(live, notices, "two notices swapped");

            assertEquals(0, live.update(notices), "nothing changed");
            assertSameAsFresh(live, notices, "nothing changed");
        }
    }

    @Test
    void aSiteLargeEnoughToBeIndexedOnEveryCoreGivesTheIndexOfAFreshBuild() throws IOException {
        // 500 notices or more a core: the first build indexes a part on each, and merges them.
        List<SearchDocument> notices = numbered(1_200, 2015, 10);
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            assertSameAsFresh(live, notices, "first build");
            notices.set(700, notice(700, "Kế hoạch " + TOPICS[3] + " (sửa đổi)", 2021));
            assertEquals(1, live.update(notices));
            assertSameAsFresh(live, notices, "a notice of the second part changed");
        }
    }

    @Test
    void noticesAddedAgainAndAgainAtOneSpotEndInAFullReindexWhenTheKeysRunOut() throws IOException {
        List<SearchDocument> notices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            notices.add(notice(i, "Thông báo " + TOPICS[i], 2020));
        }
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            boolean reindexed = false;
            for (int added = 0; added < 40; added++) {
                notices.add(2, notice(10 + added, "Thông báo bổ sung " + added, 2020));
                int analysed = live.update(notices);
                reindexed |= analysed == notices.size();
            }
            assertEquals(true, reindexed, "forty halvings of one gap must run out of room");
            assertSameAsFresh(live, notices, "forty notices added between the same two");
        }
    }

    @Test
    void anExportOrRelatedListsAskedToStopLeaveTheLiveIndexAsItWas() throws IOException {
        // The preview's search step stops so that a newer edit need not wait for it.
        List<SearchDocument> notices = numbered(12, 2020, 3);
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            try (SearchIndex current = live.current()) {
                assertThrows(CancellationException.class, () -> current.files(() -> true));
                assertThrows(CancellationException.class, () -> current.related(3, Map.of(), () -> true));
            }
            assertSameAsFresh(live, notices, "after a stopped export and related lists");
        }
    }

    @Test
    void anUpdateStoppedBeforeItsMergeLeavesTheIndexAsTheLastOneLeftIt() throws IOException {
        List<SearchDocument> notices = numbered(20, 2019, 4);
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            List<SearchDocument> edited = edited(notices);
            assertThrows(CancellationException.class, () -> live.update(edited, () -> true));
            assertSameAsFresh(live, notices, "after a stopped update");
            live.update(edited);
            assertSameAsFresh(live, edited, "the update done after it");
        }
    }

    /** Stopped while it merges, an update is undone whole; or the merge beat the watch, and it is done whole. */
    @Test
    void anUpdateStoppedWhileMergingLeavesTheOldIndexOrTheNewOneNeverAMix() throws IOException {
        List<SearchDocument> notices = numbered(20, 2019, 4);
        try (LiveSearchIndex live = LiveSearchIndex.of(notices)) {
            List<SearchDocument> edited = edited(notices);
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            boolean stopped = false;
            try {
                live.update(edited, () -> asked.getAndIncrement() > 0); // true from the watch's first look on
            } catch (CancellationException e) {
                stopped = true;
            }
            assertSameAsFresh(live, stopped ? notices : edited, stopped ? "after a stopped update" : "after the update");
        }
    }

    private static List<SearchDocument> edited(List<SearchDocument> notices) {
        List<SearchDocument> edited = new ArrayList<>(notices);
        edited.set(4, notice(4, "Kế hoạch " + TOPICS[2] + " (sửa đổi)", 2020));
        edited.remove(9);
        return edited;
    }

    private static void assertSameAsFresh(LiveSearchIndex live, List<SearchDocument> notices, String change)
            throws IOException {
        try (SearchIndex updated = live.current(); SearchIndex fresh = SearchIndex.of(notices)) {
            Map<String, byte[]> expected = withoutLuceneFiles(fresh.files());
            Map<String, byte[]> actual = withoutLuceneFiles(updated.files());
            assertEquals(expected.keySet(), actual.keySet(), change);
            expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), change + ": " + path));
            assertEquals(fresh.related(3, Map.of()).lists(), updated.related(3, Map.of()).lists(), change);
        }
    }

    private static Map<String, byte[]> withoutLuceneFiles(Map<String, byte[]> files) {
        Map<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(SearchPublisher.INDEX_FOLDER));
        return kept;
    }

    /** {@code count} notices numbered from 0, their years cycling from {@code firstYear} through {@code years} years. */
    private static List<SearchDocument> numbered(int count, int firstYear, int years) {
        List<SearchDocument> notices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notices.add(notice(i, "Thông báo " + TOPICS[i % TOPICS.length] + " số " + i, firstYear + i % years));
        }
        return notices;
    }

    private static SearchDocument notice(int number, String title, int year) {
        String topic = TOPICS[number % TOPICS.length];
        return new SearchDocument("/" + year + "/tin-" + number + "/", title, "01/03/" + year, year, "Thông báo",
                "thong-bao", "Kế hoạch", "ke-hoach", number + "/KH-UBND", "UBND huyện", List.of(topic), null,
                StoredText.of("UBND huyện triển khai " + topic + " trên địa bàn các xã, thị trấn năm " + year + ". Nội dung " + title + "."),
                "", "");
    }
}

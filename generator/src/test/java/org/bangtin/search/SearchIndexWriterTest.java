package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/**
 * A build indexes its notices in parts, one per core, and keeps each part as a segment of its
 * own: the export, the related lists and the preview's search read those segments as one index,
 * and give what one segment of the same notices gives.
 */
class SearchIndexWriterTest {
    private static final String[] TOPICS = {"tiêm chủng mở rộng cho trẻ em", "bình đẳng giới và tiến bộ phụ nữ",
        "gieo cấy lúa vụ xuân", "phòng chống dịch tả lợn châu Phi", "tuyển sinh lớp 10", "đấu giá quyền sử dụng đất",
        "sửa chữa đường giao thông nông thôn"};

    @Test
    void anIndexWrittenInPartsReadsAsTheIndexWrittenWhole() throws IOException {
        List<SearchDocument> notices = notices(70);
        try (Directory whole = SearchIndexWriter.write(notices, 1, () -> false);
                Directory parted = SearchIndexWriter.write(notices, 3, () -> false)) {
            try (DirectoryReader reader = DirectoryReader.open(parted)) {
                assertEquals(3, reader.leaves().size(), "one segment per part");
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < notices.size(); doc++) {
                    assertEquals(notices.get(doc).url(), stored.document(doc).get("url"), "document " + doc + " in its place");
                }
            }
            try (SearchIndex one = SearchIndex.over(whole, notices); SearchIndex three = SearchIndex.over(parted, notices)) {
                Map<String, byte[]> expected = withoutLuceneFiles(one.files());
                Map<String, byte[]> actual = withoutLuceneFiles(three.files());
                assertEquals(expected.keySet(), actual.keySet());
                expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
                RelatedLists related = one.related(4, Map.of(5, List.of(60)));
                assertEquals(related.lists(), three.related(4, Map.of(5, List.of(60))).lists());
                assertTrue(related.lists().get(0).documents().size() == 4, "related lists were made: " + related.lists().get(0));
                assertEquals(related.nearDuplicates(), three.related(4, Map.of(5, List.of(60))).nearDuplicates());
                assertTrue(!related.nearDuplicates().isEmpty(), "the reposted notices are found in both");
            }
            try (Searcher one = new Searcher(whole); Searcher three = new Searcher(parted)) {
                for (String query : List.of("binh dang gioi", "tiêm chủng", "lúa", "biên bản nghiệm thu", "đường giao thông")) {
                    Searcher.Results expected = one.search(SearchQuery.parse(query, false), 10);
                    assertTrue(expected.total() > 0, query);
                    assertEquals(expected, three.search(SearchQuery.parse(query, false), 10), query);
                }
                Searcher.Results inPdf = three.search(SearchQuery.parse("nghiệm thu", false), 10);
                assertTrue(inPdf.hits().stream().anyMatch(Searcher.Hit::inAttachment), "found in an attached PDF: " + inPdf);
            }
        }
    }

    private static Map<String, byte[]> withoutLuceneFiles(Map<String, byte[]> files) {
        Map<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(SearchPublisher.INDEX_FOLDER));
        return kept;
    }

    /**
     * Notices on a few topics, of different lengths; the first five (all in the first part) have
     * an attached PDF, so that field is missing from the other segments; notice 30 reposts 31.
     */
    static List<SearchDocument> notices(int count) {
        List<SearchDocument> notices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = TOPICS[i % TOPICS.length];
            int year = 2018 + i % 5;
            StringBuilder text = new StringBuilder("UBND huyện triển khai " + topic + " trên địa bàn các xã, thị trấn năm "
                    + year + ".");
            for (int sentence = 0; sentence < i % 9; sentence++) {
                text.append(" Các phòng, ban phối hợp thực hiện ").append(TOPICS[(i + sentence) % TOPICS.length])
                        .append(" theo kế hoạch số ").append(sentence + 1).append(".");
            }
            if (i == 30 || i == 31) {
                text = new StringBuilder("Thông báo lịch tiêm chủng mở rộng cho trẻ em dưới một tuổi tại trạm y tế các xã"
                        + " Hòa Bình, Tân Lập và Quyết Thắng trong tháng ba, mang theo sổ tiêm chủng khi đến tiêm.");
            }
            boolean attached = i < 5;
            notices.add(new SearchDocument("/" + year + "/tin-" + i + "/", "Thông báo về " + topic + " số " + i,
                    "01/03/" + year, year, i % 2 == 0 ? "Thông báo" : "Kế hoạch", i % 2 == 0 ? "thong-bao" : "ke-hoach",
                    "Kế hoạch", "ke-hoach", i + "/KH-UBND", "UBND huyện", List.of(topic), null,
                    StoredText.of(text.toString()), attached ? "Biên bản" : "",
                    attached ? "Biên bản nghiệm thu công trình số " + i + " đã hoàn thành" : ""));
        }
        return notices;
    }
}

package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/** The export reads each field in ranges of its terms, side by side: together they are the field's terms, in order. */
class FieldTermsTest {
    @Test
    void theRangesOfAFieldHoldEachOfItsTermsOnceInOrder() throws IOException {
        List<SearchDocument> notices = List.of(
                notice("Kế hoạch số 925/KH-UBND về bình đẳng giới năm 2019", "Ấp Đông, ở xã Ea Tu; 2019 và 10"),
                notice("Đường giao thông nông thôn", "Ưu tiên đấu thầu; mục Ⅱ, ước tính 1,5 tỷ đồng"),
                notice("Zalo và ứng dụng Ứng phó thiên tai", "Ý kiến của ông Út, ấy là ý kiến ở ấp"));
        try (Directory directory = SearchIndexWriter.write(notices, 2, () -> false);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (SearchField field : List.of(SearchField.TITLE, SearchField.EXACT, SearchField.BIGRAM, SearchField.FACET)) {
                List<String> expected = new ArrayList<>();
                TermsEnum terms = MultiTerms.getTerms(reader, field.fieldName()).iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    expected.add(term.utf8ToString());
                }
                CollectionStatistics stats = searcher.collectionStatistics(field.fieldName());
                List<String> read = new ArrayList<>();
                for (FieldTerms range : FieldTerms.ranges(reader, FieldTerms.Field.of(reader, field, stats), () -> false)) {
                    range.read(); // a few terms: the range's one batch waits in its queue
                    for (List<FieldTerms.EncodedTerm> batch = range.next(); batch != null; batch = range.next()) {
                        batch.forEach(term -> read.add(term.text()));
                    }
                }
                if (field == SearchField.EXACT) {
                    assertTrue(expected.stream().anyMatch(term -> term.charAt(0) > 'z'), "marked words after z: " + expected);
                }
                assertEquals(expected, read, field.fieldName());
            }
        }
    }

    private static SearchDocument notice(String title, String text) {
        return new SearchDocument("/2019/03/" + title.length() + "/", title, "27/03/2019", 2019, "Thông báo", "thong-bao",
                "Kế hoạch", "ke-hoach", "925/KH-UBND", "UBND huyện Đắk Mil", List.of("bình đẳng giới"), "",
                StoredText.of(text), "", "");
    }
}

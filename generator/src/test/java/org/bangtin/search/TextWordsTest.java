package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/**
 * Indexing reads a notice's texts once ({@link TextWords}) and hands each field its tokens; those
 * must be the very tokens, positions included, that {@link VietnameseAnalyzer} gives the field's
 * text, which is what queries are analysed with.
 */
class TextWordsTest {
    private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer();
    private static final String LONG_WORD = "a".repeat(300) + "ư".repeat(260);

    @Test
    void everyFieldGetsTheAnalyzersTokens() throws IOException {
        TextWords words = new TextWords(); // one for all, as a thread of the indexer has
        assertSameTokens(notice("Kế hoạch số 925/KH-UBND về thực hiện công tác bình đẳng giới năm 2019",
                "Triển khai Luật Bình đẳng giới.", "UBND huyện ĐÀ NẴNG, Đà Nẵng và da nang; đường Dương, duong."),
                words);
        // Decomposed marks, mixed case and ASCII, digits, punctuation between words.
        assertSameTokens(notice(Normalizer.normalize("Thông báo Đắk Lắk: LỊCH tiếp công dân", Normalizer.Form.NFD),
                null, "Phòng LĐ-TB&XH (huyện) ngày 27/3/2019, 08:30 — COVID-19 e-Office"), words);
        // A word longer than the tokenizer's 255 characters is cut, as by the analyzer.
        assertSameTokens(notice("Tin", "", LONG_WORD + " và " + LONG_WORD.toUpperCase()), words);
        // One word: no pairs; no words at all: no tokens.
        assertSameTokens(notice("Giới", null, ""), words);
        assertSameTokens(notice("—", null, "… !!! 。"), words);
    }

    /** Each field of the indexed document against the analyzer on the text the field stands for. */
    private static void assertSameTokens(SearchDocument d, TextWords words) throws IOException {
        Document indexed = SearchIndexWriter.toLucene(d, 0, words);
        String prose = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + d.text();
        String everything = prose + "\n" + String.join("\n", d.number(), d.type(), d.issuer(), d.category())
                + "\n" + String.join("\n", d.tags());
        assertField(indexed, SearchField.TITLE, d.title());
        assertField(indexed, SearchField.BODY, everything);
        assertField(indexed, SearchField.EXACT, prose);
        assertField(indexed, SearchField.BIGRAM, prose);
    }

    private static void assertField(Document indexed, SearchField field, String text) throws IOException {
        List<String> expected = tokens(ANALYZER.tokenStream(field.fieldName(), text));
        List<String> actual = tokens(indexed.getField(field.fieldName()).tokenStream(ANALYZER, null));
        assertEquals(expected, actual, field.fieldName() + " of " + text);
    }

    /** The terms of a stream as the indexer reads them (UTF-8), each with its position increment ("+1 binh"). */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add("+" + increment.getPositionIncrement() + " " + term.getBytesRef().utf8ToString());
            }
            stream.end();
        }
        return tokens;
    }

    private static SearchDocument notice(String title, String summary, String text) {
        return new SearchDocument("/2019/03/tin/", title, "27/03/2019", 2019, "Thông báo", "thong-bao", "Kế hoạch",
                "ke-hoach", "925/KH-UBND", "UBND huyện Đắk Mil", List.of("bình đẳng giới", "Giáo dục"), summary,
                StoredText.of(text), "", "");
    }
}

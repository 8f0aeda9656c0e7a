package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/**
 * Indexing reads a notice's texts once ({@link TextWords}) and hands each field its terms, each
 * distinct one once with its frequency; the fields index frequencies but no positions, so what
 * counts is that every term comes as often as {@link VietnameseAnalyzer}, which analyses the
 * queries, gives it for the field's text (the field's length, its norm, is the sum).
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
        // Letters beyond the Basic Multilingual Plane, an emoji between words, a lone surrogate,
        // and a long word whose cut falls inside a pair of surrogates' run.
        String supplementary = "a".repeat(200) + "\uD840\uDC00".repeat(60);
        assertSameTokens(notice("\uD840\uDC00\uD840\uDC01 chữ 😀 \uD835\uDC00\uD835\uDC01", null,
                "x\uD800y " + supplementary + " \uDC00 cuối"), words);
        // One word: no pairs; no words at all: no tokens.
        assertSameTokens(notice("Giới", null, ""), words);
        assertSameTokens(notice("—", null, "… !!! 。"), words);
    }

    @Test
    void wordsMetOnceTheCacheIsFullAreCountedApart() throws IOException {
        TextWords words = new TextWords();
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < WordFormCache.LIMIT; i++) {
            filler.append('w').append(i).append(' ');
        }
        words.of(filler.toString());
        // These words are new to the full cache: each is made again at every meeting.
        assertSameTokens(notice("Bình đẳng giới", "bình đẳng, giới: bình đẳng giới",
                "Giới bình đẳng; đẳng đẳng giới bình. Xa lạ, xa lạ, xa."), words);
    }

    @Test
    void luceneIndexesTheCountedTermsAsItIndexesTheAnalysedTexts() throws IOException {
        // Words of one form met in several spellings ("Kế", "kế", "KẾ", "ke"), which are counted
        // apart and added up by Lucene, and pairs met again.
        SearchDocument d = notice("Kế hoạch về kế hoạch", "KẾ HOẠCH: ke hoach, kế hoạch.",
                "Kế hoạch số 925/KH-UBND. Kế toán, kê khai; bình đẳng giới và bình đẳng giới.");
        Map<String, String> counted = postingsAndNorms(SearchIndexWriter.toLucene(d, 0, new TextWords()));
        Document analysed = new Document();
        FieldType scored = new FieldType();
        scored.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        scored.setTokenized(true);
        scored.freeze();
        fieldTexts(d).forEach((field, text) -> analysed.add(new Field(field.fieldName(), text, scored)));
        assertEquals(postingsAndNorms(analysed), counted);
    }

    /** Each field's terms with their frequency, and its norm, as a one-document index stores them. */
    private static Map<String, String> postingsAndNorms(Document document) throws IOException {
        Map<String, String> stored = new TreeMap<>();
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(ANALYZER).setSimilarity(SearchIndexWriter.similarity()))) {
                writer.addDocument(document);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (SearchField field : fieldTexts(null).keySet()) {
                    TermsEnum terms = leaf.terms(field.fieldName()).iterator();
                    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                        PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
                        postings.nextDoc();
                        stored.put(field.fieldName() + ":" + term.utf8ToString(), "freq " + postings.freq());
                    }
                    NumericDocValues norms = leaf.getNormValues(field.fieldName());
                    norms.advanceExact(0);
                    stored.put(field.fieldName() + " norm", String.valueOf(norms.longValue()));
                }
            }
        }
        return stored;
    }

    /** Each field of the indexed document against the analyzer on the text the field stands for. */
    private static void assertSameTokens(SearchDocument d, TextWords words) throws IOException {
        Document indexed = SearchIndexWriter.toLucene(d, 0, words);
        fieldTexts(d).forEach((field, text) -> {
            try {
                assertField(indexed, field, text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The text each field of {@code d} stands for (with null, the fields only, with empty texts). */
    private static Map<SearchField, String> fieldTexts(SearchDocument d) {
        Map<SearchField, String> texts = new java.util.EnumMap<>(SearchField.class);
        if (d == null) {
            List.of(SearchField.TITLE, SearchField.BODY, SearchField.EXACT, SearchField.BIGRAM).forEach(f -> texts.put(f, ""));
            return texts;
        }
        String prose = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + d.text();
        String everything = prose + "\n" + String.join("\n", d.number(), d.type(), d.issuer(), d.category())
                + "\n" + String.join("\n", d.tags());
        texts.put(SearchField.TITLE, d.title());
        texts.put(SearchField.BODY, everything);
        texts.put(SearchField.EXACT, prose);
        texts.put(SearchField.BIGRAM, prose);
        return texts;
    }

    private static void assertField(Document indexed, SearchField field, String text) throws IOException {
        Map<String, Integer> expected = frequencies(ANALYZER.tokenStream(field.fieldName(), text));
        Map<String, Integer> actual = frequencies(indexed.getField(field.fieldName()).tokenStream(ANALYZER, null));
        assertEquals(expected, actual, field.fieldName() + " of " + text);
    }

    /** How often each term of a stream comes, as the indexer counts it (UTF-8 terms, their frequency attribute). */
    private static Map<String, Integer> frequencies(TokenStream stream) throws IOException {
        Map<String, Integer> frequencies = new TreeMap<>();
        try (stream) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                frequencies.merge(term.getBytesRef().utf8ToString(), frequency.getTermFrequency(), Integer::sum);
            }
            stream.end();
        }
        return frequencies;
    }

    private static SearchDocument notice(String title, String summary, String text) {
        return new SearchDocument("/2019/03/tin/", title, "27/03/2019", 2019, "Thông báo", "thong-bao", "Kế hoạch",
                "ke-hoach", "925/KH-UBND", "UBND huyện Đắk Mil", List.of("bình đẳng giới", "Giáo dục"), summary,
                StoredText.of(text), "", "");
    }
}

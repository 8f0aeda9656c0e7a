package org.bangtin.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * bangtin's one analyzer, used to index and to query: words ({@link WordTokenizer}), lower-cased
 * and folded ("Đà Nẵng", "ĐÀ NẴNG" and "da nang" all give "da", "nang"); in the {@code exact}
 * field lower-cased with their marks (NFC); in the {@code bigram} field, pairs of neighbouring
 * folded words; the {@code facet} field is kept as written. Thread-safe.
 *
 * <p>Queries are analysed here. Indexing gives the title, body, exact and bigram fields the very
 * same tokens, read once per text by {@link TextWords} (a test holds the two together).
 */
public final class VietnameseAnalyzer extends Analyzer {

    public VietnameseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (fieldName.equals(SearchField.FACET.fieldName())) {
            return new TokenStreamComponents(new KeywordTokenizer());
        }
        WordTokenizer words = new WordTokenizer();
        boolean exact = fieldName.equals(SearchField.EXACT.fieldName());
        TokenStream stream = new WordFormFilter(words, !exact);
        if (fieldName.equals(SearchField.BIGRAM.fieldName())) {
            ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
            pairs.setOutputUnigrams(false);
            stream = pairs;
        }
        return new TokenStreamComponents(words, stream);
    }

    @Override
    public String toString() {
        return "VietnameseAnalyzer(words [\\p{L}\\p{Nd}\\p{M}]+ → lower case → folded (đ→d, marks removed) | "
                + "exact: lower case, NFC | bigram: folded word pairs | facet: keyword)";
    }
}

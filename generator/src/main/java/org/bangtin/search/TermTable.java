package org.bangtin.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.SmallFloat;

/**
 * The words that can tell notices apart, read from the index's own postings: for the title (folded)
 * and the title, summary and text with their marks (the {@code exact} field: folding makes
 * "Đông", "đồng" and "động" one word, which search wants and related notices do not), every word found in at most {@link #MAX_SHARE} of the notices (Vietnamese syllables
 * such as "của", "và", "huyện" are in almost every notice and say nothing). Words of one notice
 * only are kept: they match no other notice, but they count in the notice's own score, so a notice
 * whose distinctive words are its own is not related to others by what little is left.
 * For each such word, its postings with their BM25 score (as Lucene computes it: idf, term
 * frequency and the norm's length); for each notice, its words with their frequency, which is
 * what a term vector would hold, without storing term vectors. Immutable once built; thread-safe.
 */
final class TermTable {
    /** A word in more than this share of the notices is not a query word. */
    static final double MAX_SHARE = 0.10;
    /** ... unless the site is small: below this many notices, no word is left out for being frequent. */
    static final int MIN_FREQUENCY_CAP = 50;

    private final int documentCount;
    /** Per word: its field's weight times its idf (what a notice's own use of it is worth). */
    private final float[] idf;
    private final float[] fieldWeight;
    /** Per word: the notices that hold it (ascending) and the BM25 score of each. */
    private final int[][] postingDocs;
    private final float[][] postingScores;
    /** Per notice: its words (ascending) and their frequencies in the notice. */
    private final int[][] documentWords;
    private final int[][] documentFrequencies;

    private TermTable(int documentCount, float[] idf, float[] fieldWeight, int[][] postingDocs, float[][] postingScores,
            int[][] documentWords, int[][] documentFrequencies) {
        this.documentCount = documentCount;
        this.idf = idf;
        this.fieldWeight = fieldWeight;
        this.postingDocs = postingDocs;
        this.postingScores = postingScores;
        this.documentWords = documentWords;
        this.documentFrequencies = documentFrequencies;
    }

    /**
     * Reads the table from an index, its segments as one; {@code titleWeight} and
     * {@code bodyWeight} weigh the two fields.
     */
    static TermTable read(IndexReader index, float titleWeight, float bodyWeight) throws IOException {
        int n = index.maxDoc();
        int cap = Math.max(MIN_FREQUENCY_CAP, (int) (n * MAX_SHARE));
        Builder builder = new Builder(n);
        builder.add(index, SearchField.TITLE.fieldName(), titleWeight, cap);
        builder.add(index, SearchField.EXACT.fieldName(), bodyWeight, cap);
        return builder.build();
    }

    int documentCount() {
        return documentCount;
    }

    int[] words(int doc) {
        return documentWords[doc];
    }

    int[] frequencies(int doc) {
        return documentFrequencies[doc];
    }

    /** What one use of {@code word} in a notice is worth for picking query words (field weight × idf). */
    float weight(int word) {
        return idf[word] * fieldWeight[word];
    }

    int[] postingDocs(int word) {
        return postingDocs[word];
    }

    float[] postingScores(int word) {
        return postingScores[word];
    }

    /** The BM25 score of {@code word} in {@code doc}, which holds it. */
    float impact(int word, int doc) {
        return postingScores[word][Arrays.binarySearch(postingDocs[word], doc)];
    }

    /** Collects words field by field; each posting also goes into its notice's word list. */
    private static final class Builder {
        private final int n;
        private final IntList[] words;
        private final IntList[] frequencies;
        private final FloatList idf = new FloatList();
        private final FloatList fieldWeight = new FloatList();
        private final java.util.List<int[]> postingDocs = new java.util.ArrayList<>();
        private final java.util.List<float[]> postingScores = new java.util.ArrayList<>();

        Builder(int n) {
            this.n = n;
            this.words = new IntList[n];
            this.frequencies = new IntList[n];
            for (int i = 0; i < n; i++) {
                words[i] = new IntList();
                frequencies[i] = new IntList();
            }
        }

        void add(IndexReader index, String field, float weight, int cap) throws IOException {
            Terms terms = MultiTerms.getTerms(index, field);
            if (terms == null) {
                return;
            }
            int[] lengths = lengths(index, field);
            long docCount = terms.getDocCount();
            float averageLength = Bm25.averageLength(terms.getSumTotalTermFreq(), docCount);
            float k1 = SearchIndexWriter.K1;
            float b = SearchIndexWriter.B;
            float[] lengthNorm = new float[n];
            for (int doc = 0; doc < n; doc++) {
                lengthNorm[doc] = k1 * (1 - b + b * lengths[doc] / averageLength);
            }
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            while (iterator.next() != null) {
                int df = iterator.docFreq();
                if (df > cap) {
                    continue;
                }
                int word = idf.size();
                float wordIdf = Bm25.idf(df, docCount);
                idf.add(wordIdf);
                fieldWeight.add(weight);
                int[] docs = new int[df];
                float[] scores = new float[df];
                postings = iterator.postings(postings, PostingsEnum.FREQS);
                int i = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int freq = postings.freq();
                    docs[i] = doc;
                    scores[i] = wordIdf * freq / (freq + lengthNorm[doc]);
                    words[doc].add(word);
                    frequencies[doc].add(freq);
                    i++;
                }
                postingDocs.add(docs);
                postingScores.add(scores);
            }
        }

        /** The field's length per notice, decoded from its norm as Lucene's BM25 does. */
        private int[] lengths(IndexReader index, String field) throws IOException {
            int[] lengths = new int[n];
            NumericDocValues norms = MultiDocValues.getNormValues(index, field);
            for (int doc = 0; doc < n; doc++) {
                lengths[doc] = norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 1;
            }
            return lengths;
        }

        TermTable build() {
            int[][] docWords = new int[n][];
            int[][] docFrequencies = new int[n][];
            for (int i = 0; i < n; i++) {
                docWords[i] = words[i].toArray();
                docFrequencies[i] = frequencies[i].toArray();
            }
            return new TermTable(n, idf.toArray(), fieldWeight.toArray(), postingDocs.toArray(new int[0][]),
                    postingScores.toArray(new float[0][]), docWords, docFrequencies);
        }
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of floats, without boxing. */
    private static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

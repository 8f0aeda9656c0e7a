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
    /**
     * How many of a word's postings the search for related notices goes through: those that
     * score best ("champion lists", Manning, Raghavan and Schütze, Introduction to Information
     * Retrieval, 7.1.3). Adding up every posting of every query word made the related lists grow
     * with the square of the site: 15 s of CPU at 100,000 notices, where a query word may stand in
     * 10,000 notices. A site of up to 10,000 notices leaves no word out for this (a query word is
     * in at most a tenth of the notices), so its lists are exact.
     */
    static final int CHAMPIONS = 1000;

    private final int documentCount;
    /** Per word: its field's weight times its idf (what a notice's own use of it is worth). */
    private final float[] idf;
    private final float[] fieldWeight;
    /** Per word: the notices that hold it (ascending) and the BM25 score of each. */
    private final int[][] postingDocs;
    private final float[][] postingScores;
    /** Per word: its best-scoring postings (ascending); the same arrays for a word with no more than the champions. */
    private final int[][] championDocs;
    private final float[][] championScores;
    /** Per notice: its words (ascending) and their frequencies in the notice. */
    private final int[][] documentWords;
    private final int[][] documentFrequencies;

    private TermTable(int documentCount, float[] idf, float[] fieldWeight, int[][] postingDocs, float[][] postingScores,
            int[][] documentWords, int[][] documentFrequencies, int champions) {
        this.documentCount = documentCount;
        this.idf = idf;
        this.fieldWeight = fieldWeight;
        this.postingDocs = postingDocs;
        this.postingScores = postingScores;
        this.championDocs = new int[postingDocs.length][];
        this.championScores = new float[postingDocs.length][];
        for (int word = 0; word < postingDocs.length; word++) {
            int[] best = best(postingScores[word], champions);
            championDocs[word] = best == null ? postingDocs[word] : select(postingDocs[word], best);
            championScores[word] = best == null ? postingScores[word] : select(postingScores[word], best);
        }
        this.documentWords = documentWords;
        this.documentFrequencies = documentFrequencies;
    }

    /**
     * Reads the table from an index, its segments as one; {@code titleWeight} and
     * {@code bodyWeight} weigh the two fields; each word keeps its {@code champions} best postings
     * as champions ({@link #CHAMPIONS} in a build).
     */
    static TermTable read(IndexReader index, float titleWeight, float bodyWeight, int champions) throws IOException {
        int n = index.maxDoc();
        int cap = frequencyCap(n);
        Builder builder = new Builder(n);
        builder.add(index, SearchField.TITLE.fieldName(), titleWeight, cap);
        builder.add(index, SearchField.EXACT.fieldName(), bodyWeight, cap);
        return builder.build(champions);
    }

    /** The most notices a query word of a site of {@code notices} notices may stand in. */
    static int frequencyCap(int notices) {
        return Math.max(MIN_FREQUENCY_CAP, (int) (notices * MAX_SHARE));
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

    /** The best-scoring postings of {@code word}, as many as the table keeps champions, ascending. */
    int[] championDocs(int word) {
        return championDocs[word];
    }

    /** The scores of {@link #championDocs}. */
    float[] championScores(int word) {
        return championScores[word];
    }

    /**
     * The places of the {@code limit} highest {@code scores}, ascending, ties to the lower place
     * (so that two builds keep the same postings); null when there are no more than {@code limit}.
     */
    static int[] best(float[] scores, int limit) {
        if (scores.length <= limit) {
            return null;
        }
        // Sorts places by score, best first, as longs: the score's bits (a positive float's bits order
        // as the float does) inverted above the place, which breaks ties.
        long[] keys = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            keys[i] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[i])) << 32 | i;
        }
        Arrays.sort(keys);
        int[] places = new int[limit];
        for (int i = 0; i < limit; i++) {
            places[i] = (int) keys[i];
        }
        Arrays.sort(places);
        return places;
    }

    private static int[] select(int[] values, int[] places) {
        int[] selected = new int[places.length];
        for (int i = 0; i < places.length; i++) {
            selected[i] = values[places[i]];
        }
        return selected;
    }

    private static float[] select(float[] values, int[] places) {
        float[] selected = new float[places.length];
        for (int i = 0; i < places.length; i++) {
            selected[i] = values[places[i]];
        }
        return selected;
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

        TermTable build(int champions) {
            int[][] docWords = new int[n][];
            int[][] docFrequencies = new int[n][];
            for (int i = 0; i < n; i++) {
                docWords[i] = words[i].toArray();
                docFrequencies[i] = frequencies[i].toArray();
            }
            return new TermTable(n, idf.toArray(), fieldWeight.toArray(), postingDocs.toArray(new int[0][]),
                    postingScores.toArray(new float[0][]), docWords, docFrequencies, champions);
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

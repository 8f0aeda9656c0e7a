package org.bangtin.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The set of word pairs of each notice (title, summary and text, folded: the {@code bigram}
 * field's terms), read from the index's postings, to tell near-duplicates: two notices whose
 * word-pair sets have a Jaccard similarity above {@link #NEAR_DUPLICATE} say the same thing
 * (a reposted announcement with a changed date or a corrected line). Word pairs, unlike single
 * words, keep the order of the text, so two notices on one topic stay well apart. Immutable once
 * built; thread-safe.
 */
final class WordPairSets {
    /** More than this share of word pairs in common makes two notices near-duplicates. */
    static final double NEAR_DUPLICATE = 0.90;

    /** Per notice: the numbers of its word pairs, ascending. */
    private final int[][] pairs;

    /** Sets of word-pair numbers, each ascending, by notice. */
    WordPairSets(int[][] pairs) {
        this.pairs = pairs;
    }

    /** Reads the sets from an index, its segments as one. */
    static WordPairSets read(IndexReader index) throws IOException {
        int n = index.maxDoc();
        TermTable.IntList[] lists = new TermTable.IntList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new TermTable.IntList();
        }
        Terms terms = MultiTerms.getTerms(index, SearchField.BIGRAM.fieldName());
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            int pair = 0;
            while (iterator.next() != null) {
                postings = iterator.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    lists[doc].add(pair);
                }
                pair++;
            }
        }
        int[][] pairs = new int[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = lists[i].toArray();
        }
        return new WordPairSets(pairs);
    }

    /**
     * Whether the two notices are near-duplicates: {@code similarity(a, b) > NEAR_DUPLICATE}, found
     * without counting every pair in common when it cannot be. The sizes alone rule most pairs of
     * notices out; of the rest (notices of like length), the walk stops as soon as the pairs left
     * cannot make up for those missing: a full walk for every related candidate was a fifth of the
     * related lists' time at 100,000 notices.
     */
    boolean nearDuplicates(int a, int b) {
        int[] x = pairs[a];
        int[] y = pairs[b];
        int small = Math.min(x.length, y.length);
        int large = Math.max(x.length, y.length);
        // |a ∩ b| / |a ∪ b| is at most small / large.
        if (large == 0 || small <= NEAR_DUPLICATE * large) {
            return false;
        }
        int needed = commonNeeded(x.length + y.length);
        return common(x, y, needed) >= needed;
    }

    /**
     * The fewest pairs in common that make the similarity of two notices with {@code total} pairs
     * between them exceed {@link #NEAR_DUPLICATE}, in the very arithmetic of {@link #similarity}
     * (which only grows with the pairs in common).
     */
    static int commonNeeded(int total) {
        int common = (int) (NEAR_DUPLICATE * total / (1 + NEAR_DUPLICATE)); // about the bound
        while (common > 0 && jaccard(common - 1, total) > NEAR_DUPLICATE) {
            common--;
        }
        while (!(jaccard(common, total) > NEAR_DUPLICATE)) {
            common++;
        }
        return common;
    }

    private static double jaccard(int common, int total) {
        return (double) common / (total - common);
    }

    /** The Jaccard similarity of the two notices' word pairs, 0 to 1. */
    double similarity(int a, int b) {
        int[] x = pairs[a];
        int[] y = pairs[b];
        if (x.length + y.length == 0) {
            return 0;
        }
        return jaccard(common(x, y, 0), x.length + y.length);
    }

    /**
     * The pairs the two ascending sets have in common; or, once the pairs counted and those left on
     * the shorter side cannot reach {@code needed}, fewer than {@code needed} (the walk stops there).
     */
    private static int common(int[] x, int[] y, int needed) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
                continue;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
            if (common + Math.min(x.length - i, y.length - j) < needed) {
                break;
            }
        }
        return common;
    }
}

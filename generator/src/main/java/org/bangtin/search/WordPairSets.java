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

    /**
     * Per notice: the numbers of its word pairs, ascending, each as its gap from the one before
     * (the first as itself) in LEB128 varints. As ints they were 225 MB at 100,000 notices (560 pairs
     * each), and twice that while read, when the heap is fullest; the gaps take two bytes or three.
     */
    private final byte[][] gaps;
    /** Per notice: how many word pairs it has. */
    private final int[] sizes;

    private WordPairSets(byte[][] gaps, int[] sizes) {
        this.gaps = gaps;
        this.sizes = sizes;
    }

    /** Sets of word-pair numbers, each ascending, by notice. */
    WordPairSets(int[][] pairs) {
        this(new byte[pairs.length][], new int[pairs.length]);
        for (int i = 0; i < pairs.length; i++) {
            Gaps set = new Gaps();
            for (int pair : pairs[i]) {
                set.add(pair);
            }
            gaps[i] = set.toArray();
            sizes[i] = set.size;
        }
    }

    /** Reads the sets from an index, its segments as one. */
    static WordPairSets read(IndexReader index) throws IOException {
        int n = index.maxDoc();
        Gaps[] sets = new Gaps[n];
        for (int i = 0; i < n; i++) {
            sets[i] = new Gaps();
        }
        Terms terms = MultiTerms.getTerms(index, SearchField.BIGRAM.fieldName());
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            int pair = 0;
            while (iterator.next() != null) {
                postings = iterator.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    sets[doc].add(pair);
                }
                pair++;
            }
        }
        byte[][] gaps = new byte[n][];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            gaps[i] = sets[i].toArray();
            sizes[i] = sets[i].size;
            sets[i] = null; // its buffer can go before the next one is copied
        }
        return new WordPairSets(gaps, sizes);
    }

    /**
     * Whether the two notices are near-duplicates: {@code similarity(a, b) > NEAR_DUPLICATE}, found
     * without counting every pair in common when it cannot be. The sizes alone rule most pairs of
     * notices out; of the rest (notices of like length), the walk stops as soon as the pairs left
     * cannot make up for those missing: a full walk for every related candidate was a fifth of the
     * related lists' time at 100,000 notices.
     */
    boolean nearDuplicates(int a, int b) {
        int small = Math.min(sizes[a], sizes[b]);
        int large = Math.max(sizes[a], sizes[b]);
        // |a ∩ b| / |a ∪ b| is at most small / large.
        if (large == 0 || small <= NEAR_DUPLICATE * large) {
            return false;
        }
        int needed = commonNeeded(sizes[a] + sizes[b]);
        return common(a, b, needed) >= needed;
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
        int total = sizes[a] + sizes[b];
        if (total == 0) {
            return 0;
        }
        return jaccard(common(a, b, 0), total);
    }

    /**
     * The pairs the two notices have in common; or, once the pairs counted and those left on the
     * shorter side cannot reach {@code needed}, fewer than {@code needed} (the walk stops there).
     */
    private int common(int a, int b, int needed) {
        Reader x = new Reader(gaps[a], sizes[a]);
        Reader y = new Reader(gaps[b], sizes[b]);
        int common = 0;
        while (x.hasValue() && y.hasValue()) {
            if (x.value == y.value) {
                common++;
                x.next();
                y.next();
                continue;
            }
            if (x.value < y.value) {
                x.next();
            } else {
                y.next();
            }
            if (common + Math.min(x.left, y.left) < needed) {
                break;
            }
        }
        return common;
    }

    /** One notice's ascending pair numbers as they are added, written as gaps. */
    private static final class Gaps {
        private final Bytes bytes = new Bytes();
        private int size;
        private int last;

        void add(int pair) {
            bytes.varint(pair - last); // ascending: never negative
            last = pair;
            size++;
        }

        byte[] toArray() {
            return bytes.toByteArray();
        }
    }

    /** Reads a notice's pair numbers back from its gaps, one after the other. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;
        /** The pairs not read yet, the current one included. */
        int left;
        int value;

        Reader(byte[] bytes, int size) {
            this.bytes = bytes;
            this.left = size + 1;
            next();
        }

        boolean hasValue() {
            return left > 0;
        }

        /** Moves to the next pair, if any. */
        void next() {
            left--;
            if (left == 0) {
                return;
            }
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            value += gap;
        }
    }
}

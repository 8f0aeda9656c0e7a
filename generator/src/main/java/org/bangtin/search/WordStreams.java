package org.bangtin.search;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Token streams of words already analysed ({@link TextWords}), for the fields of an indexed
 * document: the words, or the pairs of neighbouring words as {@link VietnameseAnalyzer}'s
 * {@code bigram} field makes them ("binh dang", "dang gioi"), each distinct one once with the
 * number of times the text has it. The fields keep frequencies but no positions, so Lucene makes
 * the same index as from the words one by one (a field's length is the sum of its frequencies);
 * but it looks each distinct term up in its term hash once per document, not once per word, which
 * was a third of the indexing. Not thread-safe: one thread at a time.
 */
final class WordStreams {
    private static final long EMPTY = -1;

    // An open-addressing table from a word's id (or a pair's two ids) to its entry, cleared for
    // each stream and kept for the next: each document's fields would otherwise allocate their own.
    private long[] keys = new long[0];
    private int[] entryOf = new int[0];
    private int mask;
    private int shift;
    private byte[][] firsts = new byte[0][];
    private byte[][] seconds = new byte[0][];
    private int[] counts = new int[0];
    private int size;

    /** The words in their folded or their marked form. */
    TokenStream words(List<WordFormCache.Forms> words, boolean marked) {
        start(words.size());
        for (WordFormCache.Forms word : words) {
            count(word.id(), marked ? word.markedUtf8() : word.foldedUtf8(), null);
        }
        return new Counted(Arrays.copyOf(firsts, size), null, Arrays.copyOf(counts, size));
    }

    /** The pairs of neighbouring words, folded. */
    TokenStream pairs(List<WordFormCache.Forms> words) {
        start(words.size());
        for (int i = 1; i < words.size(); i++) {
            WordFormCache.Forms first = words.get(i - 1);
            WordFormCache.Forms second = words.get(i);
            count((long) first.id() << 32 | second.id(), first.foldedUtf8(), second.foldedUtf8());
        }
        return new Counted(Arrays.copyOf(firsts, size), Arrays.copyOf(seconds, size), Arrays.copyOf(counts, size));
    }

    /**
     * Makes room for up to {@code terms} distinct terms, the table at most half full. Words of one
     * form with two ids ("Kế", "kế") are two entries of one term: Lucene adds their frequencies up.
     */
    private void start(int terms) {
        int capacity = Integer.highestOneBit(Math.max(2, terms) * 2 - 1) << 1;
        if (keys.length < capacity) {
            keys = new long[capacity];
            entryOf = new int[capacity];
        }
        if (firsts.length < terms) {
            firsts = new byte[terms][];
            seconds = new byte[terms][];
            counts = new int[terms];
        }
        Arrays.fill(keys, 0, capacity, EMPTY);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private void count(long key, byte[] first, byte[] second) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                counts[entryOf[slot]]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        entryOf[slot] = size;
        firsts[size] = first;
        seconds[size] = second;
        counts[size] = 1;
        size++;
    }

    /** The counted terms, in the order the text first has them; a pair's words are joined by a space. */
    private static final class Counted extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final BytesRef bytes = new BytesRef();
        private final BytesRefBuilder pair = new BytesRefBuilder();
        private final byte[][] firsts;
        private final byte[][] seconds;
        private final int[] counts;
        private int next;

        Counted(byte[][] firsts, byte[][] seconds, int[] counts) {
            this.firsts = firsts;
            this.seconds = seconds;
            this.counts = counts;
        }

        @Override
        public boolean incrementToken() {
            if (next >= counts.length) {
                return false;
            }
            // Only the term and its frequency are ever set, here; the attributes the indexer adds to
            // read (position increment, offsets) keep their defaults. clearAttributes() would reset
            // them all for every token: 3 % of a build's samples, for nothing.
            byte[] first = firsts[next];
            if (seconds == null) {
                bytes.bytes = first;
                bytes.length = first.length;
                term.setBytesRef(bytes);
            } else {
                byte[] second = seconds[next];
                pair.clear();
                pair.append(first, 0, first.length);
                pair.append((byte) ' ');
                pair.append(second, 0, second.length);
                term.setBytesRef(pair.get());
            }
            frequency.setTermFrequency(counts[next]);
            next++;
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}

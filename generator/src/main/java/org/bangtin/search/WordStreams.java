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
    private WordFormCache.Forms[] firsts = new WordFormCache.Forms[0];
    private WordFormCache.Forms[] seconds = new WordFormCache.Forms[0];
    private int[] counts = new int[0];
    private int size;

    /** The words in their folded or their marked form. */
    TokenStream words(List<WordFormCache.Forms> words, boolean marked) {
        start(words.size());
        countAll(words);
        return counted(marked);
    }

    /** The streams of a document's prose marked, and of its prose and {@code more} words folded. */
    record ProseStreams(TokenStream marked, TokenStream foldedWithMore) {
    }

    /** The prose's words are counted once for both streams: each is a third of a document's words. */
    ProseStreams prose(List<WordFormCache.Forms> prose, List<WordFormCache.Forms> more) {
        start(prose.size() + more.size());
        countAll(prose);
        TokenStream marked = counted(true);
        countAll(more);
        return new ProseStreams(marked, counted(false));
    }

    private void countAll(List<WordFormCache.Forms> words) {
        for (WordFormCache.Forms word : words) {
            count(word.id(), word, null);
        }
    }

    private TokenStream counted(boolean marked) {
        return new Counted(Arrays.copyOf(firsts, size), null, Arrays.copyOf(counts, size), marked);
    }

    /** The pairs of neighbouring words, folded. */
    TokenStream pairs(List<WordFormCache.Forms> words) {
        start(words.size());
        for (int i = 1; i < words.size(); i++) {
            WordFormCache.Forms first = words.get(i - 1);
            WordFormCache.Forms second = words.get(i);
            count((long) first.id() << 32 | second.id(), first, second);
        }
        return new Counted(Arrays.copyOf(firsts, size), Arrays.copyOf(seconds, size), Arrays.copyOf(counts, size), false);
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
            firsts = new WordFormCache.Forms[terms];
            seconds = new WordFormCache.Forms[terms];
            counts = new int[terms];
        }
        Arrays.fill(keys, 0, capacity, EMPTY);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private void count(long key, WordFormCache.Forms first, WordFormCache.Forms second) {
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

    /**
     * The counted terms, in the order the text first has them, folded or marked; a pair's words
     * are folded and joined by a space.
     */
    private static final class Counted extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final BytesRef bytes = new BytesRef();
        private final BytesRefBuilder pair = new BytesRefBuilder();
        private final WordFormCache.Forms[] firsts;
        private final WordFormCache.Forms[] seconds;
        private final int[] counts;
        private final boolean marked;
        private int next;

        Counted(WordFormCache.Forms[] firsts, WordFormCache.Forms[] seconds, int[] counts, boolean marked) {
            this.firsts = firsts;
            this.seconds = seconds;
            this.counts = counts;
            this.marked = marked;
        }

        @Override
        public boolean incrementToken() {
            if (next >= counts.length) {
                return false;
            }
            // Only the term and its frequency are ever set, here; the attributes the indexer adds to
            // read (position increment, offsets) keep their defaults. clearAttributes() would reset
            // them all for every token: 3 % of a build's samples, for nothing.
            if (seconds == null) {
                byte[] word = marked ? firsts[next].markedUtf8() : firsts[next].foldedUtf8();
                bytes.bytes = word;
                bytes.length = word.length;
                term.setBytesRef(bytes);
            } else {
                byte[] first = firsts[next].foldedUtf8();
                byte[] second = seconds[next].foldedUtf8();
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

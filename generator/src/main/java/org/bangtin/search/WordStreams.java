package org.bangtin.search;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Token streams of words already analysed ({@link TextWords}), for the fields of an indexed
 * document: the words one by one, or the pairs of neighbouring words, as {@link VietnameseAnalyzer}'s
 * {@code bigram} field makes them ("binh dang", "dang gioi").
 */
final class WordStreams {
    private WordStreams() {
    }

    static TokenStream words(List<byte[]> words) {
        return new Stream(words, false);
    }

    static TokenStream pairs(List<byte[]> words) {
        return new Stream(words, true);
    }

    /**
     * The words as terms in UTF-8, which is what the indexer reads of a token: a term given as
     * characters was encoded again for every token, a quarter of the indexing's samples.
     */
    private static final class Stream extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final BytesRef bytes = new BytesRef();
        private final BytesRefBuilder pair = new BytesRefBuilder();
        private final List<byte[]> words;
        private final boolean pairs;
        private int next;

        Stream(List<byte[]> words, boolean pairs) {
            this.words = words;
            this.pairs = pairs;
        }

        @Override
        public boolean incrementToken() {
            int last = pairs ? next + 1 : next;
            if (last >= words.size()) {
                return false;
            }
            // Only the term is ever set, here; the attributes the indexer adds to read (position
            // increment, frequency, offsets) keep their defaults. clearAttributes() would reset
            // them all for every token: 3 % of a build's samples, for nothing.
            if (pairs) {
                byte[] first = words.get(next);
                byte[] second = words.get(last);
                pair.clear();
                pair.append(first, 0, first.length);
                pair.append((byte) ' ');
                pair.append(second, 0, second.length);
                term.setBytesRef(pair.get());
            } else {
                byte[] word = words.get(next);
                bytes.bytes = word;
                bytes.length = word.length;
                term.setBytesRef(bytes);
            }
            next++;
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}

package org.bangtin.search;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Token streams of words already analysed ({@link TextWords}), for the fields of an indexed
 * document: the words one by one, or the pairs of neighbouring words, as {@link VietnameseAnalyzer}'s
 * {@code bigram} field makes them ("binh dang", "dang gioi").
 */
final class WordStreams {
    private WordStreams() {
    }

    static TokenStream words(List<String> words) {
        return new Stream(words, false);
    }

    static TokenStream pairs(List<String> words) {
        return new Stream(words, true);
    }

    private static final class Stream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> words;
        private final boolean pairs;
        private int next;

        Stream(List<String> words, boolean pairs) {
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
            term.setEmpty().append(words.get(next));
            if (pairs) {
                term.append(' ').append(words.get(last));
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

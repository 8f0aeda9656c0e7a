package org.bangtin.search;

import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.util.BytesRef;

/**
 * The two forms of each word met (see {@link WordForms}), remembered: a language of short
 * syllables has few distinct words, and finding them is the hot loop of indexing. Looked up by a
 * tokenizer's buffer itself, so a known word costs no new string. Not thread-safe: one thread at a time.
 */
final class WordFormCache {
    /** Enough for the syllables and names of a large portal; beyond it, forms are computed each time. */
    static final int LIMIT = 200_000;

    /**
     * A word folded ("duong") and marked ("đường"), also in UTF-8 as the index stores its terms:
     * encoded once per word met, not once per token. Plain ASCII words have one form, their lower
     * case. The id tells the cache's words apart, for counting them (two words of one form, such as
     * "Kế" and "kế", have two ids).
     */
    record Forms(int id, String folded, String marked, byte[] foldedUtf8, byte[] markedUtf8) {
        static Forms of(int id, String folded, String marked) {
            byte[] foldedUtf8 = utf8(folded);
            return new Forms(id, folded, marked, foldedUtf8, folded.equals(marked) ? foldedUtf8 : utf8(marked));
        }

        /** The UTF-8 of a word, as Lucene encodes a term's characters. */
        private static byte[] utf8(String word) {
            BytesRef bytes = new BytesRef(word);
            return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
        }
    }

    private final CharArrayMap<Forms> forms = new CharArrayMap<>(1024, false);
    /** How many words were met once the cache was full: their ids follow the cached words', wrapping. */
    private int uncached;

    /** The forms of the word {@code buffer[0..length)}. */
    Forms of(char[] buffer, int length) {
        return of(buffer, 0, length);
    }

    /** The forms of the word {@code buffer[offset..offset + length)}. */
    Forms of(char[] buffer, int offset, int length) {
        Forms known = forms.get(buffer, offset, length);
        if (known != null) {
            return known;
        }
        String word = new String(buffer, offset, length);
        boolean cached = forms.size() < LIMIT;
        // Ids need only tell apart the words of one text: the uncached ones' may wrap.
        int id = cached ? forms.size() : LIMIT + (uncached++ & (Integer.MAX_VALUE >> 1));
        char[] lower = word.toCharArray();
        Forms made;
        if (WordForms.lowerCaseAscii(lower, lower.length)) {
            String form = new String(lower);
            made = Forms.of(id, form, form);
        } else {
            made = Forms.of(id, WordForms.folded(word), WordForms.marked(word));
        }
        if (cached) {
            forms.put(word, made);
        }
        return made;
    }
}

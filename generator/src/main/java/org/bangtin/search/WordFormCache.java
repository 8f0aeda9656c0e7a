package org.bangtin.search;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * The two forms of each word met (see {@link WordForms}), remembered: a language of short
 * syllables has few distinct words, and finding them is the hot loop of indexing. Looked up by a
 * tokenizer's buffer itself, so a known word costs no new string. Not thread-safe: one thread at a time.
 */
final class WordFormCache {
    /** Enough for the syllables and names of a large portal; beyond it, forms are computed each time. */
    private static final int LIMIT = 200_000;

    /** A word folded ("duong") and marked ("đường"); plain ASCII words have one form, their lower case. */
    record Forms(String folded, String marked) {
    }

    private final CharArrayMap<Forms> forms = new CharArrayMap<>(1024, false);

    /** The forms of the word {@code buffer[0..length)}. */
    Forms of(char[] buffer, int length) {
        Forms known = forms.get(buffer, 0, length);
        if (known != null) {
            return known;
        }
        String word = new String(buffer, 0, length);
        char[] lower = word.toCharArray();
        Forms made;
        if (WordForms.lowerCaseAscii(lower, lower.length)) {
            String form = new String(lower);
            made = new Forms(form, form);
        } else {
            made = new Forms(WordForms.folded(word), WordForms.marked(word));
        }
        if (forms.size() < LIMIT) {
            forms.put(word, made);
        }
        return made;
    }
}

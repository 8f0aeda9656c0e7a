package org.bangtin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by its folded or its marked form (see {@link WordForms}). This is the hot
 * loop of indexing, so plain ASCII words are lower-cased in place, and the forms of other words
 * are remembered: a language of short syllables has few distinct words.
 */
final class WordFormFilter extends TokenFilter {
    /** Enough for the syllables and names of a large portal; beyond it, forms are computed each time. */
    private static final int CACHE_LIMIT = 200_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean folded;
    // One filter serves one thread at a time (Lucene reuses token streams per thread).
    private final Map<String, String> forms = new HashMap<>();

    WordFormFilter(TokenStream input, boolean folded) {
        super(input);
        this.folded = folded;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (WordForms.lowerCaseAscii(buffer, length)) {
            return true;
        }
        String word = term.toString();
        String form = forms.get(word);
        if (form == null) {
            form = folded ? WordForms.folded(word) : WordForms.marked(word);
            if (forms.size() < CACHE_LIMIT) {
                forms.put(word, form);
            }
        }
        if (!form.equals(word)) {
            term.setEmpty().append(form);
        }
        return true;
    }
}

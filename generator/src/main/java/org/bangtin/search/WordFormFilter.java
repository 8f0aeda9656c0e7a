package org.bangtin.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each word by its folded or its marked form (see {@link WordForms}). */
final class WordFormFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean folded;
    // One filter serves one thread at a time (Lucene reuses token streams per thread).
    private final WordFormCache forms = new WordFormCache();

    WordFormFilter(TokenStream input, boolean folded) {
        super(input);
        this.folded = folded;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        WordFormCache.Forms word = forms.of(term.buffer(), term.length());
        term.setEmpty().append(folded ? word.folded() : word.marked());
        return true;
    }
}

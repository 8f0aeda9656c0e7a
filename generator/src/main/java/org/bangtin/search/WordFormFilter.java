package org.bangtin.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each word by its folded or its marked form (see {@link WordForms}). */
final class WordFormFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean folded;

    WordFormFilter(TokenStream input, boolean folded) {
        super(input);
        this.folded = folded;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String form = folded ? WordForms.folded(word) : WordForms.marked(word);
        if (!form.equals(word)) {
            term.setEmpty().append(form);
        }
        return true;
    }
}

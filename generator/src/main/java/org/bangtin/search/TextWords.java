package org.bangtin.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads the words of a text once and gives each in both of its forms, folded and marked (see
 * {@link WordForms}), as {@link VietnameseAnalyzer} would give them in the {@code body} and
 * {@code exact} fields. Indexing a notice this way reads its text once instead of once per field:
 * the analysis was more than half of the indexing time. Not thread-safe: one thread at a time.
 */
final class TextWords {
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final WordFormCache forms = new WordFormCache();

    /** The words of a text, in order, in their two forms, in UTF-8 (see {@link WordFormCache.Forms}). */
    record Words(List<byte[]> folded, List<byte[]> marked) {
        static Words joined(Words... parts) {
            List<byte[]> folded = new ArrayList<>();
            List<byte[]> marked = new ArrayList<>();
            for (Words part : parts) {
                folded.addAll(part.folded);
                marked.addAll(part.marked);
            }
            return new Words(folded, marked);
        }
    }

    Words of(String text) {
        List<byte[]> folded = new ArrayList<>();
        List<byte[]> marked = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                WordFormCache.Forms word = forms.of(term.buffer(), term.length());
                folded.add(word.foldedUtf8());
                marked.add(word.markedUtf8());
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new Words(folded, marked);
    }
}

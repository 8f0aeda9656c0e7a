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
    private final WordStreams streams = new WordStreams();

    /** The words of a text, in order, in their two forms, in UTF-8 (see {@link WordFormCache.Forms}). */
    record Words(List<WordFormCache.Forms> forms) {
        static Words joined(Words... parts) {
            List<WordFormCache.Forms> forms = new ArrayList<>();
            for (Words part : parts) {
                forms.addAll(part.forms);
            }
            return new Words(forms);
        }
    }

    /** The token streams of words read by this, for the fields of one document at a time. */
    WordStreams streams() {
        return streams;
    }

    Words of(String text) {
        List<WordFormCache.Forms> words = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(forms.of(term.buffer(), term.length()));
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new Words(words);
    }
}

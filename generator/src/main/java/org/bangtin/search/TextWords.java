package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of a text once and gives each in both of its forms, folded and marked (see
 * {@link WordForms}), as {@link VietnameseAnalyzer} would give them in the {@code body} and
 * {@code exact} fields. Indexing a notice this way reads its text once instead of once per field:
 * the analysis was more than half of the indexing time. Not thread-safe: one thread at a time.
 */
final class TextWords {
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

    /**
     * The words of {@code text}, split as {@link WordTokenizer} splits it, runs of word characters
     * cut every {@link WordTokenizer#MAX_WORD} units, but read from the text's characters in place:
     * the tokenizer's reading and copying of each character took half of this.
     */
    Words of(String text) {
        char[] chars = text.toCharArray();
        List<WordFormCache.Forms> words = new ArrayList<>();
        int i = 0;
        while (i < chars.length) {
            int c = Character.codePointAt(chars, i);
            if (!WordTokenizer.isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(c);
                if (i - start >= WordTokenizer.MAX_WORD || i == chars.length) {
                    break;
                }
                c = Character.codePointAt(chars, i);
            } while (WordTokenizer.isWordChar(c));
            words.add(forms.of(chars, start, i - start));
        }
        return new Words(words);
    }
}

package org.bangtin.search;

import java.text.Normalizer;

import org.bangtin.text.Folding;

/**
 * The two forms a word is indexed and searched in: folded ("đường" → "duong"), so that people
 * typing without marks find it, and marked ("đường", lower case, NFC), so that a query typed with
 * marks ranks exact matches first. The browser script computes the same forms.
 */
final class WordForms {
    private WordForms() {
    }

    static String marked(String word) {
        return Normalizer.normalize(lowerCase(word), Normalizer.Form.NFC);
    }

    static String folded(String word) {
        return Folding.fold(lowerCase(word));
    }

    /** Lower case code point by code point, as Lucene's filters do (no locale, no length change). */
    private static String lowerCase(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        return lower.toString();
    }
}

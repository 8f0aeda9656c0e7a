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

    /**
     * Lower-cases {@code buffer[0..length)} in place if it is all ASCII, where both forms are just
     * the lower case; returns false, touching nothing, if it is not.
     */
    static boolean lowerCaseAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }

    static String marked(String word) {
        return Normalizer.normalize(lowerCase(word), Normalizer.Form.NFC);
    }

    static String folded(String word) {
        char[] chars = word.toCharArray();
        if (lowerCaseAscii(chars, chars.length)) {
            return new String(chars);
        }
        return Folding.fold(lowerCase(word));
    }

    /** Lower case code point by code point, as Lucene's filters do (no locale, no length change). */
    private static String lowerCase(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return lower.toString();
    }
}

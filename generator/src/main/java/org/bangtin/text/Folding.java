package org.bangtin.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes Vietnamese diacritics: "Đà Nẵng" becomes "Da Nang". One definition, used for URLs and
 * search alike, so that a slug and a search term of the same word always agree.
 */
public final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The text without tone and vowel marks; đ/Đ become d/D (Unicode does not decompose them). */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }
}

package org.bangtin.search;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into words: runs of letters, decimal digits and combining marks. Vietnamese
 * syllables are words; "925/KH-UBND" gives "925", "KH", "UBND". Marks count as word characters so
 * that decomposed (NFD) input stays one word. The browser script splits with the same rule
 * ({@code [\p{L}\p{Nd}\p{M}]+}, words cut every 255 characters, as here).
 */
final class WordTokenizer extends CharTokenizer {
    @Override
    protected boolean isTokenChar(int c) {
        return isWordChar(c);
    }

    static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}

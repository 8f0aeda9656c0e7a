package org.bangtin.search;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into words: runs of letters, decimal digits and combining marks. Vietnamese
 * syllables are words; "925/KH-UBND" gives "925", "KH", "UBND". Marks count as word characters so
 * that decomposed (NFD) input stays one word. The browser script splits with the same rule
 * ({@code [\p{L}\p{Nd}\p{M}]+}, words cut every 255 characters, as here).
 */
final class WordTokenizer extends CharTokenizer {
    /** The longest word, in UTF-16 units: longer runs are cut into words of this length. */
    static final int MAX_WORD = DEFAULT_MAX_WORD_LEN;

    /** Which characters of the Basic Multilingual Plane are word characters, a bit each. */
    private static final long[] BMP_WORD_CHARS = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (classify(c)) {
                BMP_WORD_CHARS[c >>> 6] |= 1L << c;
            }
        }
    }

    @Override
    protected boolean isTokenChar(int c) {
        return isWordChar(c);
    }

    /** Whether code point {@code c} belongs to a word; a table lookup, as it is asked for every character indexed. */
    static boolean isWordChar(int c) {
        return c <= Character.MAX_VALUE ? (BMP_WORD_CHARS[c >>> 6] & (1L << c)) != 0 : classify(c);
    }

    private static boolean classify(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}

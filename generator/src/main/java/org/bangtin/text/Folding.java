package org.bangtin.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes Vietnamese diacritics: "Đà Nẵng" becomes "Da Nang". One definition, used for URLs and
 * search alike, so that a slug and a search term of the same word always agree.
 *
 * <p>The definition is {@link #foldSlowly}: decompose (NFD), drop every combining mark, then đ/Đ
 * to d/D. Decomposing and dropping marks works character by character, so {@link #fold} looks
 * each character up in a table made once from that definition, which is many times faster: the
 * search analyzer folds every word of every notice.
 */
public final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Characters up to here are in the table; Latin, Greek, Cyrillic and their marks all are. */
    private static final int TABLE_END = 0x2500;
    /** In the table: the character folds to nothing (a combining mark). */
    private static final char DROPPED = '\uFFFF';
    /** In the table: the character folds to more than one character; fold it the slow way. */
    private static final char SLOW = '\uFFFE';
    private static final char[] TABLE = table();

    private Folding() {
    }

    /** The text without tone and vowel marks; đ/Đ become d/D (Unicode does not decompose them). */
    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char to = c < TABLE_END ? TABLE[c] : SLOW;
            if (to == c) {
                if (folded != null) {
                    folded.append(c);
                }
                continue;
            }
            if (folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (to == SLOW) {
                // Outside the table (or a surrogate pair): the definition, for this character alone.
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                folded.append(foldSlowly(text.substring(i, end)));
                i = end - 1;
            } else if (to != DROPPED) {
                folded.append(to);
            }
        }
        return folded == null ? text : folded.toString();
    }

    /** The definition of folding, on a whole text. */
    static String foldSlowly(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    private static char[] table() {
        char[] table = new char[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            String folded = Character.isSurrogate(c) ? null : foldSlowly(String.valueOf(c));
            if (folded == null || folded.length() > 1) {
                table[c] = SLOW;
            } else {
                table[c] = folded.isEmpty() ? DROPPED : folded.charAt(0);
            }
        }
        return table;
    }
}

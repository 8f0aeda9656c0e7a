package org.bangtin.search;

/**
 * Which shard a term lives in: the first two characters of its folded form, each kept when it is
 * an ASCII letter or digit and '_' otherwise ("bình" → "bi", "925" → "92", "c:ke-hoach" → "c_").
 * A prefix query on a word of two or more characters needs one shard. The browser computes the
 * same key.
 */
final class ShardKeys {
    static final int LENGTH = 2;

    private ShardKeys() {
    }

    /** The export file that holds {@code term} of {@code field} (for a word pair: where its first word's pairs are). */
    static String file(SearchField field, String term) {
        return (field == SearchField.EXACT ? "e/" : "t/") + of(term) + ".bin";
    }

    static String of(String term) {
        String folded = WordForms.folded(term);
        StringBuilder key = new StringBuilder(LENGTH);
        for (int i = 0; i < folded.length() && key.length() < LENGTH; i++) {
            char c = folded.charAt(i);
            key.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return key.toString();
    }
}

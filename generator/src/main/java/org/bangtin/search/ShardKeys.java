package org.bangtin.search;

/**
 * Which shard a term lives in: the first characters of its folded form, each kept when it is an
 * ASCII letter or digit and '_' otherwise ("bình" → "bi", "925" → "92", "c:ke-hoach" → "c_"), two
 * to begin with, more where a shard would be too large ({@link Shards}). A term shorter than a
 * longer key ends its key with '-' ("th" among the "th…" shards: "th-"). Words and words with
 * their marks are kept apart. The browser computes the same keys.
 */
final class ShardKeys {
    /** The length of every key before splitting. */
    static final int LENGTH = 2;
    /** The length a key may grow to. */
    static final int MAX_LENGTH = 4;

    private ShardKeys() {
    }

    /** The family (folder) of the shards that hold terms of {@code field}: "t/" or "e/". */
    static String family(SearchField field) {
        return field == SearchField.EXACT ? "e/" : "t/";
    }

    /** The key of {@code term} of the given length. */
    static String of(String term, int length) {
        String folded = WordForms.folded(term);
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < folded.length() && key.length() < length; i++) {
            char c = folded.charAt(i);
            key.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        if (key.length() < length && length > LENGTH) {
            key.append('-');
        }
        return key.toString();
    }
}

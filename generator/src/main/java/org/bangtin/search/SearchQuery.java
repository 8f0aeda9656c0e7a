package org.bangtin.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a citizen typed, read into words, phrases and filters. The browser script reads a query
 * with exactly these rules, so that both sides search for the same thing:
 * <ul>
 * <li>words are runs of letters, digits and marks; each is searched folded, and also with its
 *     marks when it has any; a word typed twice counts once;</li>
 * <li>text in double quotes is a phrase: its neighbouring words must stand side by side;</li>
 * <li>when {@code prefixLast} is set and the text ends inside a word of two or more letters outside
 *     quotes, that last word is a prefix: it matches the most frequent words that start with it (as
 *     the user types).</li>
 * </ul>
 *
 * @param words       distinct words, in order
 * @param pairs       neighbouring word pairs (folded, "a b") that earn a bonus
 * @param phrasePairs pairs that must stand side by side
 */
public record SearchQuery(List<Word> words, List<String> pairs, List<String> phrasePairs, Filters filters,
        boolean sortByDate) {
    /** Words longer than this many chars are cut, as Lucene's tokenizer cuts them. */
    private static final int MAX_WORD = 255;

    /** One word of a query. {@code prefix} is true for a last word still being typed. */
    public record Word(String folded, String marked, boolean prefix) {
    }

    /** Optional filters; null means "any". */
    public record Filters(String categorySlug, String typeSlug, Integer year) {
        public static final Filters NONE = new Filters(null, null, null);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public static SearchQuery parse(String text, boolean prefixLast) {
        return parse(text, prefixLast, Filters.NONE, false);
    }

    public static SearchQuery parse(String text, boolean prefixLast, Filters filters, boolean sortByDate) {
        List<Token> tokens = tokens(text == null ? "" : text);
        boolean lastIsPrefix = prefixLast && !tokens.isEmpty() && !text.isEmpty()
                && isWordChar(text.codePointBefore(text.length())) && tokens.get(tokens.size() - 1).phrase < 0
                && tokens.get(tokens.size() - 1).folded.codePointCount(0, tokens.get(tokens.size() - 1).folded.length()) >= 2;
        List<Word> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean prefix = lastIsPrefix && i == tokens.size() - 1;
            if (seen.add(token.folded)) {
                words.add(new Word(token.folded, token.marked, prefix));
            }
        }
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> phrasePairs = new LinkedHashSet<>();
        int pairEnd = lastIsPrefix ? tokens.size() - 1 : tokens.size();
        for (int i = 1; i < pairEnd; i++) {
            Token first = tokens.get(i - 1);
            Token second = tokens.get(i);
            String pair = first.folded + " " + second.folded;
            pairs.add(pair);
            if (first.phrase >= 0 && first.phrase == second.phrase) {
                phrasePairs.add(pair);
            }
        }
        return new SearchQuery(List.copyOf(words), List.copyOf(pairs), List.copyOf(phrasePairs), filters, sortByDate);
    }

    private record Token(String folded, String marked, int phrase) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int phrase = -1;
        int phrases = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '"') {
                phrase = phrase >= 0 ? -1 : phrases++;
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < text.length() && isWordChar(text.codePointAt(i)) && i - start < MAX_WORD) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                tokens.add(new Token(WordForms.folded(word), WordForms.marked(word), phrase));
            } else {
                i += Character.charCount(c);
            }
        }
        return tokens;
    }

    private static boolean isWordChar(int c) {
        return WordTokenizer.isWordChar(c);
    }
}

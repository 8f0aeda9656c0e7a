package org.bangtin.site;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bangtin.text.Slugs;

/**
 * The spellings met of each category or tag ("Kinh tế", "kinh tế", "Kinh tê"), to show the
 * commonest. Ties go to the spelling met first, and callers add the oldest notice first: a name
 * does not change because one new notice spells it otherwise.
 */
final class Spellings {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** The names of {@code newestFirst}, added oldest notice first. */
    static Spellings of(List<NoticeEntry> newestFirst, Function<NoticeEntry, List<String>> names) {
        Spellings spellings = new Spellings();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            names.apply(newestFirst.get(i)).forEach(spellings::add);
        }
        return spellings;
    }

    void add(String name) {
        // Composed: a name typed decomposed looks the same and is the same spelling.
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        counts.computeIfAbsent(Slugs.slugify(composed), s -> new LinkedHashMap<>())
                .merge(composed, 1, Integer::sum);
    }

    /** The commonest spelling of the names whose slug is {@code slug}; null when none was added. */
    String commonest(String slug) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> spelling : counts.getOrDefault(slug, Map.of()).entrySet()) {
            if (spelling.getValue() > bestCount) {
                best = spelling.getKey();
                bestCount = spelling.getValue();
            }
        }
        return best;
    }
}

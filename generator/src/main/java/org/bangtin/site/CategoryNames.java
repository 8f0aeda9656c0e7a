package org.bangtin.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;
import org.bangtin.text.DidYouMean;
import org.bangtin.text.Folding;
import org.bangtin.text.Slugs;

/**
 * Gives each category one name, shown everywhere: the menu, its list page, the pages of its
 * notices, the feeds and the search filters. Notices whose categories differ only in marks, case
 * or punctuation ("Thong bao", "thông báo", "“Thông báo”") share one category, as their slug is
 * the same. Its name is site.yml's spelling when site.yml lists it, else the commonest spelling.
 *
 * <p>When site.yml lists categories, a notice spelling a listed one otherwise gets a warning, and
 * so does a category close to a listed one (a typo would otherwise quietly add a menu entry).
 * Other categories are allowed without a word: the README promises they follow the listed ones.
 */
final class CategoryNames {
    private CategoryNames() {
    }

    /** {@code entries} with each notice's category as it is shown; the order is kept. */
    static List<NoticeEntry> apply(List<NoticeEntry> entries, List<String> listed, Diagnostics problems) {
        Map<String, String> listedBySlug = new LinkedHashMap<>();
        Map<String, String> listedByFolding = new LinkedHashMap<>();
        for (String name : listed) {
            String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
            listedBySlug.putIfAbsent(Slugs.slugify(composed), composed);
            listedByFolding.putIfAbsent(folded(composed), composed);
        }
        Spellings spellings = Spellings.of(entries, e -> e.notice().category() == null ? List.of() : List.of(e.notice().category()));
        List<NoticeEntry> result = new ArrayList<>(entries.size());
        for (NoticeEntry entry : entries) {
            String category = entry.notice().category();
            String slug = category == null ? "" : Slugs.slugify(category);
            if (slug.isEmpty()) {
                result.add(entry);
                continue;
            }
            String shown = listedBySlug.get(slug);
            if (shown != null) {
                checkSpelling(entry, category, shown, problems);
            } else {
                shown = spellings.commonest(slug);
                if (!listed.isEmpty()) {
                    checkListed(entry, category, listedByFolding, problems);
                }
            }
            result.add(shown.equals(category) ? entry : new NoticeEntry(entry.notice().withCategory(shown), entry.path()));
        }
        return result;
    }

    private static void checkSpelling(NoticeEntry entry, String category, String listed, Diagnostics problems) {
        if (!Normalizer.normalize(category, Normalizer.Form.NFC).equals(listed)) {
            problems.warning(entry.notice().sourceName(), entry.notice().lineOf("category"), "category '" + category
                    + "' is written differently from '" + listed + "' in site.yml; shown as '" + listed + "'",
                    "write it as site.yml does: category: \"" + listed + "\"");
        }
    }

    /** A category site.yml does not list, but one a typo away from a listed one. */
    private static void checkListed(NoticeEntry entry, String category, Map<String, String> listedByFolding,
            Diagnostics problems) {
        Optional<String> near = DidYouMean.closest(folded(category), listedByFolding.keySet()).map(listedByFolding::get);
        near.ifPresent(listed -> problems.warning(entry.notice().sourceName(), entry.notice().lineOf("category"),
                "category '" + category + "' is not among the categories of site.yml, so it gets a menu entry and a list"
                        + " page of its own (" + SitePlanner.CATEGORY_FOLDER + Slugs.slugify(category) + "/); did you mean '"
                        + listed + "'?", "write category: \"" + listed + "\", or add \"" + category
                        + "\" to 'categories' in site.yml"));
    }

    /** Lower case without marks and punctuation: how far two spellings are apart, for "did you mean". */
    private static String folded(String name) {
        return Folding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

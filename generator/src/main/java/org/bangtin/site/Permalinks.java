package org.bangtin.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.Slugs;

/**
 * Gives each notice its page's site path, "/yyyy/MM/slug/", from its posting date and its slug
 * (the {@code slug} field, or the title folded to ASCII).
 *
 * <p>Paths must be unique. A slug the editor chose is kept: two notices that chose the same path
 * are an error. A derived slug that is taken gets "-2", "-3", ... with a warning; the older notice
 * keeps the plain path, so adding a notice never moves an existing one.
 */
final class Permalinks {
    private static final Comparator<Notice> OLDEST_FIRST = Comparator.comparing(Notice::date)
            .thenComparing(n -> n.sourceName().toString());

    /** Slugs that look like a day of the month: "/2019/03/27/" is the day's archive page. */
    private static final java.util.regex.Pattern DAY_LIKE = java.util.regex.Pattern.compile("\\d{1,2}");

    private Permalinks() {
    }

    static Map<Notice, String> assign(List<Notice> notices, Diagnostics problems) {
        Map<Notice, String> paths = new IdentityHashMap<>();
        Map<String, Notice> owners = new HashMap<>();
        List<Notice> ordered = new ArrayList<>(notices);
        ordered.sort(OLDEST_FIRST);
        for (Notice notice : ordered) {
            if (notice.slug() == null) {
                continue;
            }
            String path = folder(notice) + notice.slug() + "/";
            if (DAY_LIKE.matcher(notice.slug()).matches()) {
                problems.error(notice.sourceName(), notice.lineOf("slug"), "slug '" + notice.slug() + "' would take the URL "
                        + path + ", which is the date archive of that day",
                        "choose a slug with a word in it, such as 'thong-bao-" + notice.slug() + "'");
                continue;
            }
            Notice owner = owners.putIfAbsent(path, notice);
            if (owner != null) {
                problems.error(notice.sourceName(), notice.lineOf("slug"), "duplicate URL " + path + ": "
                        + owner.sourceName() + " has the same date month and slug",
                        "choose another 'slug' for one of the two notices");
                continue;
            }
            paths.put(notice, path);
        }
        for (Notice notice : ordered) {
            if (notice.slug() != null) {
                continue;
            }
            String slug = Slugs.slugify(notice.title());
            if (slug.isEmpty()) {
                slug = Slugs.slugify(fileStem(notice));
            }
            if (DAY_LIKE.matcher(slug).matches()) {
                slug = "tin-" + slug;
            }
            String path = folder(notice) + slug + "/";
            Notice owner = owners.get(path);
            for (int n = 2; owners.containsKey(path); n++) {
                path = folder(notice) + slug + "-" + n + "/";
            }
            if (owner != null) {
                problems.warning(notice.sourceName(), notice.lineOf("title"), "URL " + folder(notice) + slug
                        + "/ is already used by " + owner.sourceName() + "; this notice gets " + path,
                        "give one of them a 'slug:' field to choose its URL");
            }
            owners.put(path, notice);
            paths.put(notice, path);
        }
        return paths;
    }

    private static String folder(Notice notice) {
        return Period.month(java.time.YearMonth.from(notice.date())).path();
    }

    private static String fileStem(Notice notice) {
        String name = notice.source().getFileName().toString();
        if (name.equals("index.md") && notice.source().getParent() != null) {
            name = notice.source().getParent().getFileName().toString();
        }
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return stem.isEmpty() ? "tin" : stem;
    }
}

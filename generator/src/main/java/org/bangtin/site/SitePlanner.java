package org.bangtin.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.Slugs;

/**
 * The site stage's entry point: turns notices into a {@link SitePlan}. Pure: no files are read or
 * written, so a plan can be tested from notices made in memory.
 */
public final class SitePlanner {
    /** Site path of the category lists ("chuyên mục" is Vietnamese for "category"). */
    public static final String CATEGORY_FOLDER = "/chuyen-muc/";
    /** Site path of the tag lists ("thẻ" is Vietnamese for "tag"). */
    public static final String TAG_FOLDER = "/the/";

    static final Comparator<NoticeEntry> NEWEST_FIRST = Comparator
            .comparing((NoticeEntry e) -> e.notice().date()).reversed()
            .thenComparing(e -> e.notice().sourceName().toString());

    private final SiteConfig config;

    public SitePlanner(SiteConfig config) {
        this.config = config;
    }

    public SitePlan plan(List<Notice> notices, Diagnostics problems) {
        Map<Notice, String> paths = Permalinks.assign(notices, problems);
        List<NoticeEntry> entries = new ArrayList<>();
        for (Notice notice : notices) {
            String path = paths.get(notice);
            if (path != null) {
                entries.add(new NoticeEntry(notice, path));
            }
        }
        entries.sort(NEWEST_FIRST);

        List<Taxon> categories = categories(entries);
        List<Taxon> tags = taxa(entries, e -> e.notice().tags(), TAG_FOLDER);
        tags.sort(Comparator.comparing(Taxon::slug));

        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NoticeEntry newer = i > 0 ? entries.get(i - 1) : null;
            NoticeEntry older = i + 1 < entries.size() ? entries.get(i + 1) : null;
            pages.add(new NoticePage(entries.get(i), newer, older));
        }
        addLists(pages, ListPage.Kind.HOME, null, entries, "/");
        categories.forEach(c -> addLists(pages, ListPage.Kind.CATEGORY, c, c.notices(), c.path()));
        tags.forEach(t -> addLists(pages, ListPage.Kind.TAG, t, t.notices(), t.path()));
        pages.add(new NotFoundPage());
        pages.add(new SearchPage());
        return new SitePlan(entries, categories, tags, pages);
    }

    private void addLists(List<PageSpec> pages, ListPage.Kind kind, Taxon taxon, List<NoticeEntry> items, String path) {
        for (Paginator.Page<NoticeEntry> page : Paginator.paginate(items, config.pageSize(), path)) {
            pages.add(new ListPage(kind, taxon, page.items(), page.pagination()));
        }
    }

    /** Categories in the order site.yml lists them, then the others by name. */
    private List<Taxon> categories(List<NoticeEntry> entries) {
        List<Taxon> found = taxa(entries, e -> e.notice().category() == null ? List.of() : List.of(e.notice().category()),
                CATEGORY_FOLDER);
        List<String> configured = config.categories().stream().map(Slugs::slugify).toList();
        found.sort(Comparator.comparingInt((Taxon t) -> {
            int index = configured.indexOf(t.slug());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Taxon::slug));
        return found;
    }

    /**
     * Groups entries by the slug of their names; names that differ only in marks or case
     * ("Kinh tế", "kinh te") are one group, shown with the first spelling met.
     */
    private static List<Taxon> taxa(List<NoticeEntry> entries, Function<NoticeEntry, List<String>> names, String folder) {
        Map<String, String> displayNames = new LinkedHashMap<>();
        Map<String, List<NoticeEntry>> members = new LinkedHashMap<>();
        for (NoticeEntry entry : entries) {
            for (String name : names.apply(entry)) {
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    continue;
                }
                displayNames.putIfAbsent(slug, name);
                List<NoticeEntry> list = members.computeIfAbsent(slug, s -> new ArrayList<>());
                // Entries come in order, so a notice naming one tag twice ("Y tế", "y tế") is the last one.
                if (list.isEmpty() || list.get(list.size() - 1) != entry) {
                    list.add(entry);
                }
            }
        }
        List<Taxon> result = new ArrayList<>();
        members.forEach((slug, list) -> result.add(new Taxon(displayNames.get(slug), slug, folder + slug + "/", list)));
        return result;
    }
}

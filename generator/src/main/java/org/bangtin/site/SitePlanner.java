package org.bangtin.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bangtin.config.ExpiredNotices;
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

    /** Notices per feed. */
    public static final int FEED_SIZE = 20;

    static final Comparator<NoticeEntry> NEWEST_FIRST = Comparator
            .comparing((NoticeEntry e) -> e.notice().date()).reversed()
            .thenComparing(e -> e.notice().sourceName().toString());

    private final SiteConfig config;
    private final ZonedDateTime now;

    /** A planner without a clock: no notice is scheduled for later or expired. */
    public SitePlanner(SiteConfig config) {
        this(config, null);
    }

    /** @param now the build's clock, for {@code publish} and {@code expires}; null for none */
    public SitePlanner(SiteConfig config, ZonedDateTime now) {
        this.config = config;
        this.now = now;
    }

    public SitePlan plan(List<Notice> all, Diagnostics problems) {
        Map<java.nio.file.Path, String> leftOut = new java.util.HashMap<>();
        List<Notice> notices = Schedule.published(all, now, config.expired(), problems, leftOut);
        Map<Notice, String> paths = Permalinks.assign(notices, problems);
        List<NoticeEntry> entries = new ArrayList<>();
        for (Notice notice : notices) {
            String path = paths.get(notice);
            if (path != null) {
                entries.add(new NoticeEntry(notice, path));
            }
        }
        entries.sort(NEWEST_FIRST);
        entries = CategoryNames.apply(entries, config.categories(), problems);

        List<Taxon> categories = categories(entries);
        List<Taxon> tags = taxa(entries, e -> e.notice().tags(), TAG_FOLDER);
        tags.sort(Comparator.comparing(Taxon::slug));

        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NoticeEntry newer = i > 0 ? entries.get(i - 1) : null;
            NoticeEntry older = i + 1 < entries.size() ? entries.get(i + 1) : null;
            pages.add(new NoticePage(entries.get(i), newer, older));
        }
        Validity validity = Validity.of(entries, now, problems);
        List<NoticeEntry> current = config.expired() == ExpiredNotices.MARK
                ? entries.stream().filter(e -> !validity.isExpired(e)).toList() : entries;
        addLists(pages, ListPage.Kind.HOME, null, current, "/");
        categories.forEach(c -> addLists(pages, ListPage.Kind.CATEGORY, c, c.notices(), c.path()));
        tags.forEach(t -> addLists(pages, ListPage.Kind.TAG, t, t.notices(), t.path()));
        pages.add(new TaxonIndexPage(TaxonIndexPage.Kind.CATEGORIES, categories));
        pages.add(new TaxonIndexPage(TaxonIndexPage.Kind.TAGS, tags));
        DateArchive archive = DateArchive.of(entries);
        pages.addAll(Archives.pages(entries, config.pageSize()));
        pages.add(Archives.index(archive));
        pages.add(new NotFoundPage());
        pages.add(new SearchPage());
        return new SitePlan(entries, categories, tags, pages, archive, validity, feeds(current, categories), leftOut);
    }

    /** Atom and RSS for the whole site, Atom for each category: the newest notices still in force. */
    private static List<Feed> feeds(List<NoticeEntry> current, List<Taxon> categories) {
        List<Feed> feeds = new ArrayList<>();
        List<NoticeEntry> newest = current.subList(0, Math.min(FEED_SIZE, current.size()));
        feeds.add(new Feed(Feed.Format.ATOM, "/atom.xml", null, newest));
        feeds.add(new Feed(Feed.Format.RSS, "/rss.xml", null, newest));
        java.util.Set<String> inForce = new java.util.HashSet<>();
        current.forEach(e -> inForce.add(e.path()));
        for (Taxon category : categories) {
            List<NoticeEntry> items = category.notices().stream().filter(e -> inForce.contains(e.path())).limit(FEED_SIZE)
                    .toList();
            feeds.add(new Feed(Feed.Format.ATOM, category.path() + "atom.xml", category, items));
        }
        return feeds;
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
     * ("Kinh tế", "kinh te") are one group, shown with its commonest spelling ({@link Spellings}).
     */
    private static List<Taxon> taxa(List<NoticeEntry> entries, Function<NoticeEntry, List<String>> names, String folder) {
        Spellings spellings = Spellings.of(entries, names);
        Map<String, List<NoticeEntry>> members = new LinkedHashMap<>();
        for (NoticeEntry entry : entries) {
            for (String name : names.apply(entry)) {
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    continue;
                }
                List<NoticeEntry> list = members.computeIfAbsent(slug, s -> new ArrayList<>());
                // Entries come in order, so a notice naming one tag twice ("Y tế", "y tế") is the last one.
                if (list.isEmpty() || list.get(list.size() - 1) != entry) {
                    list.add(entry);
                }
            }
        }
        List<Taxon> result = new ArrayList<>();
        members.forEach((slug, list) -> result.add(new Taxon(spellings.commonest(slug), slug, folder + slug + "/", list)));
        return result;
    }
}

package org.bangtin.render;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bangtin.attach.PdfCatalog;
import org.bangtin.attach.PdfFacts;
import org.bangtin.attach.WebImage;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Aliases;
import org.bangtin.content.Attachment;
import org.bangtin.content.Notice;
import org.bangtin.render.view.AttachmentView;
import org.bangtin.render.view.CategoryLink;
import org.bangtin.render.view.CustomFields;
import org.bangtin.render.view.DateView;
import org.bangtin.render.view.Link;
import org.bangtin.render.view.NeighbourView;
import org.bangtin.render.view.NoticeView;
import org.bangtin.render.view.PageNumber;
import org.bangtin.render.view.PaginationView;
import org.bangtin.render.view.PreviewView;
import org.bangtin.render.view.SiteView;
import org.bangtin.render.view.SummaryView;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.PageViews;
import org.bangtin.site.Pagination;
import org.bangtin.site.SitePlan;
import org.bangtin.site.SitePlanner;
import org.bangtin.site.Taxon;
import org.bangtin.text.Slugs;

/** Builds the records templates see from the site plan and the rendered bodies. */
final class ViewFactory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SiteConfig config;
    private final String basePath;
    private final Locale locale;
    private final Map<Notice, RenderedBody> bodies;
    private final PageViews pageViews;
    private final PdfCatalog pdfs;
    /** The preview's alt text, "{0}" standing for the attachment's name. */
    private final String previewAlt;
    private final ViewMemory memory;
    /** Each category's link, by name. */
    private final Map<String, Link> categories = new java.util.concurrent.ConcurrentHashMap<>();

    ViewFactory(SiteConfig config, Map<Notice, RenderedBody> bodies, PageViews pageViews, PdfCatalog pdfs,
            String previewAlt, ViewMemory memory) {
        this.memory = memory;
        this.pageViews = pageViews;
        this.pdfs = pdfs;
        this.previewAlt = previewAlt;
        this.config = config;
        this.basePath = config.basePath();
        this.locale = Locale.forLanguageTag(config.language());
        this.bodies = bodies;
    }

    /** A site path ("/2019/03/x/") as a URL from the host root, base path included. */
    String url(String sitePath) {
        return basePath + sitePath;
    }

    String absoluteUrl(String sitePath) {
        return config.baseUrl() + sitePath;
    }

    SiteView site(SitePlan plan) {
        List<CategoryLink> categories = plan.categories().stream()
                .map(c -> new CategoryLink(c.name(), url(c.path()), c.notices().size()))
                .toList();
        return new SiteView(config.title(), config.description(), config.language(), config.baseUrl(),
                config.footerLines(), config.badge(), categories,
                pageViews.counted() ? Long.valueOf(pageViews.total()) : null);
    }

    NoticeView notice(NoticeEntry entry) {
        Notice notice = entry.notice();
        RenderedBody body = bodies.get(notice);
        String pageUrl = url(entry.path());
        List<AttachmentView> attachments = new ArrayList<>();
        for (Attachment attachment : notice.attachments()) {
            attachments.add(attachment(attachment, pageUrl));
        }
        AttachmentView lead = body.storedText().isBlank()
                ? attachments.stream().filter(a -> a.preview() != null).findFirst().orElse(null) : null;
        List<Link> tags = notice.tags().stream()
                .map(tag -> new Link(tag, url(SitePlanner.TAG_FOLDER + Slugs.slugify(tag) + "/")))
                .toList();
        return new NoticeView(notice.title(), pageUrl, notice.summary(), body.excerpt(), body.storedHtml(),
                date(notice.date()), date(notice.updated()), day(notice.document().issued()),
                date(notice.updatedOrDate()), notice.author(), notice.document().number(), notice.document().type(),
                notice.document().issuer(), !notice.document().isEmpty(), category(notice), tags, attachments,
                new CustomFields(notice.custom()),
                views(entry), lead, shareImage(entry));
    }

    /**
     * The absolute URL of the picture that stands for a notice where it is shared (a chat app's or
     * social network's preview of the link): its first photo's web copy, else the first page of
     * its first PDF; null without either.
     */
    String shareImage(NoticeEntry entry) {
        Notice notice = entry.notice();
        List<WebImage> photos = bodies.get(notice).webImages();
        if (!photos.isEmpty()) {
            return absoluteUrl(entry.path() + UrlEncoding.encodePath(photos.get(0).outputName()));
        }
        return notice.attachments().stream().map(a -> pdfs.of(a).filter(PdfFacts::opens).orElse(null))
                .filter(facts -> facts != null && facts.preview() != null).findFirst()
                .map(facts -> absoluteUrl(UrlEncoding.encodePath("/" + facts.previewPath()))).orElse(null);
    }

    /** The views of a notice's page and of its old addresses, or null when no log was read. */
    private Long views(NoticeEntry entry) {
        if (!pageViews.counted()) {
            return null;
        }
        return pageViews.of(entry.path()) + entry.notice().aliases().stream()
                .mapToLong(alias -> Aliases.sitePath(alias, basePath).map(pageViews::of).orElse(0L))
                .sum();
    }

    NeighbourView neighbour(NoticeEntry entry) {
        if (entry == null) {
            return null;
        }
        Notice notice = entry.notice();
        return memory.neighbour(notice, entry.path(),
                () -> new NeighbourView(notice.title(), url(entry.path()), date(notice.date())));
    }

    /** @param expired whether the notice is out of force at the build's clock: kept out of the memory, as it changes alone */
    SummaryView summary(NoticeEntry entry, boolean expired) {
        Notice notice = entry.notice();
        RenderedBody body = bodies.get(notice);
        return memory.summary(notice, entry.path(), body, () -> new SummaryView(notice.title(), url(entry.path()),
                date(notice.date()), body.excerpt(), notice.document().number(), notice.document().type(),
                category(notice), false)).withExpired(expired);
    }

    PaginationView pagination(Pagination pagination) {
        int current = pagination.current();
        int total = pagination.total();
        return new PaginationView(current, total, urlOrNull(pagination.newerPath()), urlOrNull(pagination.olderPath()),
                new PageNumbers(pagination), links(pagination));
    }

    /**
     * The entries of a compact pagination: of the pages 1, 2, current - 3 to current + 3, total - 1
     * and total, those shown and the gaps, as the default theme's {@code partials/pagination} once
     * chose them by going through every page.
     */
    private List<PageNumber> links(Pagination pagination) {
        int current = pagination.current();
        int total = pagination.total();
        java.util.SortedSet<Integer> candidates = new java.util.TreeSet<>(List.of(1, 2, total - 1, total));
        for (int n = current - 3; n <= current + 3; n++) {
            candidates.add(n);
        }
        List<PageNumber> links = new ArrayList<>();
        for (int n : candidates.subSet(1, total + 1)) {
            boolean shown = n == 1 || n == total || (n >= current - 2 && n <= current + 2)
                    || (n == 2 && current == 5) || (n == total - 1 && current == total - 4);
            if (shown) {
                links.add(pageNumber(pagination, n));
            } else if (n == current - 3 || n == current + 3) {
                links.add(new PageNumber(n, null, false, true));
            }
        }
        return links;
    }

    /**
     * Every page of a list, made when a template asks. Two are equal when made from the same
     * pagination: the preview compares every page's model with the last one, and comparing page
     * by page would make each of a list's n pages cost n.
     */
    private final class PageNumbers extends AbstractList<PageNumber> {
        private final Pagination pagination;

        PageNumbers(Pagination pagination) {
            this.pagination = pagination;
        }

        @Override
        public PageNumber get(int index) {
            return pageNumber(pagination, index + 1);
        }

        @Override
        public int size() {
            return pagination.total();
        }

        @Override
        public boolean equals(Object other) {
            if (other instanceof PageNumbers numbers) {
                return pagination.equals(numbers.pagination) && basePath.equals(numbers.basePath());
            }
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode(); // a list's hash, as List requires
        }

        private String basePath() {
            return basePath;
        }
    }

    private PageNumber pageNumber(Pagination pagination, int number) {
        return new PageNumber(number, url(pagination.pagePaths().get(number - 1)), number == pagination.current());
    }

    Link category(Notice notice) {
        if (notice.category() == null) {
            return null;
        }
        return categories.computeIfAbsent(notice.category(),
                name -> new Link(name, url(SitePlanner.CATEGORY_FOLDER + Slugs.slugify(name) + "/")));
    }

    String taxonUrl(Taxon taxon) {
        return taxon == null ? null : url(taxon.path());
    }

    private AttachmentView attachment(Attachment attachment, String pageUrl) {
        String name = attachment.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
        PdfFacts facts = pdfs.of(attachment).filter(PdfFacts::opens).orElse(null);
        PreviewView preview = null;
        if (facts != null && facts.preview() != null) {
            // Shown at half its pixels: sharp on phones' dense screens.
            preview = new PreviewView(url(UrlEncoding.encodePath("/" + facts.previewPath())),
                    (facts.preview().width() + 1) / 2, (facts.preview().height() + 1) / 2,
                    facts.preview().width(), facts.preview().height(), previewAlt.replace("{0}", attachment.title()));
        }
        return new AttachmentView(attachment.title(), pageUrl + UrlEncoding.encodePath(attachment.outputName()),
                sizeText(attachment.size()), extension, facts == null ? null : facts.pages(), preview);
    }

    /** "850 KB", "1,2 MB" in the site's language. */
    String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d KB", Math.round(bytes / 1024.0));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    Map<Notice, RenderedBody> bodies() {
        return bodies;
    }

    ViewMemory memory() {
        return memory;
    }

    /** A date for templates, or null. */
    DateView dateOf(ZonedDateTime time) {
        return date(time);
    }

    private String urlOrNull(String sitePath) {
        return sitePath == null ? null : url(sitePath);
    }

    private static DateView date(ZonedDateTime time) {
        return time == null ? null
                : new DateView(DAY.format(time), time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static DateView day(LocalDate day) {
        return day == null ? null : new DateView(DAY.format(day), day.toString());
    }
}

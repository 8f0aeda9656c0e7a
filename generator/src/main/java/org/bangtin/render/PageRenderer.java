package org.bangtin.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.bangtin.attach.PdfCatalog;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.render.ThemeEngine.TemplateException;
import org.bangtin.render.view.ListView;
import org.bangtin.render.view.NoticeView;
import org.bangtin.render.view.PageView;
import org.bangtin.render.view.SiteView;
import org.bangtin.site.ArchiveIndexPage;
import org.bangtin.site.TaxonIndexPage;
import org.bangtin.render.view.CategoryLink;
import org.bangtin.render.view.TaxonIndexView;
import org.bangtin.site.ArchivePage;
import org.bangtin.site.ListPage;
import org.bangtin.site.NotFoundPage;
import org.bangtin.site.NoticePage;
import org.bangtin.site.PageSpec;
import org.bangtin.site.PageViews;
import org.bangtin.site.Related;
import org.bangtin.site.SearchPage;
import org.bangtin.site.SitePlan;
import org.bangtin.diag.Diagnostic;

/**
 * The render stage's page entry point: a page spec in, the page's HTML bytes out, through the
 * theme's Pebble templates. Thread-safe: pages may be rendered in parallel.
 */
public final class PageRenderer {
    private final ThemeEngine engine;
    private final ViewFactory views;
    private final SiteView site;
    /** Which notices are out of force, for the lists' "Hết hiệu lực" labels. */
    private final org.bangtin.site.Validity validity;
    private final Map<String, String> messages;
    private final SiteConfig config;
    private final PageExtras extras;
    private final Map<Notice, Related> related;

    /**
     * @param bodies the rendered body of every notice in the plan
     * @throws IOException when the theme's UI strings cannot be read
     */
    public PageRenderer(Theme theme, Path contentRoot, SiteConfig config, SitePlan plan, Map<Notice, RenderedBody> bodies)
            throws IOException {
        this(theme, contentRoot, config, plan, bodies, PageViews.NOT_COUNTED, Map.of(), PdfCatalog.EMPTY,
                ViewMemory.create());
    }

    /**
     * @param bodies    the rendered body of every notice in the plan
     * @param pageViews the page views that pages show, or {@link PageViews#NOT_COUNTED}
     * @param related   the "Các tin khác" of each notice; a notice without an entry lists none
     * @param pdfs      page counts and previews of the attached PDFs
     * @param memory    the views of the last build, for the preview (this renderer starts a build
     *                  in it); a new one for a plain build
     * @throws IOException when the theme's UI strings cannot be read
     */
    public PageRenderer(Theme theme, Path contentRoot, SiteConfig config, SitePlan plan, Map<Notice, RenderedBody> bodies,
            PageViews pageViews, Map<Notice, Related> related, PdfCatalog pdfs, ViewMemory memory) throws IOException {
        this.related = related;
        this.engine = new ThemeEngine(theme, contentRoot, config.basePath(), java.util.Locale.forLanguageTag(config.language()));
        this.messages = Map.copyOf(theme.messages(config.language()));
        memory.startBuild(config, messages);
        this.views = new ViewFactory(config, bodies, pageViews, pdfs, messages.getOrDefault("attachment.previewAlt", "{0}"),
                memory);
        this.site = views.site(plan);
        this.validity = plan.validity();
        this.config = config;
        this.extras = new PageExtras(plan, config, new Labels(messages), views, engine);
    }

    /**
     * What every page's template receives beside its model: {@code site} and the UI strings
     * {@code t}. Compared once per build, not once per page.
     */
    public Map<String, Object> sharedValues() {
        return Map.of("site", site, "t", messages);
    }

    /** The page's HTML; a template error becomes the returned problem instead. */
    public Result render(PageSpec page) {
        return render(model(page));
    }

    /**
     * What the page's template receives besides {@link #sharedValues()}. With those, it holds
     * everything a page is made of (the theme aside), so a rebuild whose model equals the previous
     * one can keep the page.
     */
    public PageModel model(PageSpec page) {
        Map<String, Object> model = new HashMap<>();
        extras.addTo(page, model);
        String template;
        if (page instanceof NoticePage noticePage) {
            NoticeView notice = views.notice(noticePage.entry());
            model.put("notice", notice);
            model.put("newer", views.neighbour(noticePage.newer()));
            model.put("older", views.neighbour(noticePage.older()));
            Related list = related.getOrDefault(noticePage.entry().notice(), Related.NONE);
            model.put("related", list.notices().stream().map(views::neighbour).toList());
            model.put("relatedIsFallback", list.fallback());
            model.put("page", pageView(page, "notice", notice.title(), notice.excerpt(),
                    notice.category() == null ? null : notice.category().url()));
            template = "notice";
        } else if (page instanceof ListPage listPage) {
            template = list(listPage, model);
        } else if (page instanceof SearchPage) {
            model.put("page", pageView(page, "search", message("search.heading"), config.description(), null));
            template = "search";
        } else if (page instanceof ArchivePage archivePage) {
            template = extras.archive(archivePage, model);
        } else if (page instanceof ArchiveIndexPage indexPage) {
            template = extras.archiveIndex(indexPage, model);
        } else if (page instanceof TaxonIndexPage indexPage) {
            template = taxonIndex(indexPage, model);
        } else if (page instanceof NotFoundPage) {
            model.put("page", pageView(page, "404", message("notfound.title"), config.description(), null));
            template = "404";
        } else {
            throw new IllegalArgumentException("unknown page kind " + page);
        }
        return new PageModel(template, model);
    }

    /** The HTML of a page from its model; a template error becomes the returned problem instead. */
    public Result render(PageModel page) {
        Map<String, Object> model = new HashMap<>(page.values());
        model.put("site", site);
        model.put("t", messages);
        try {
            model.put("calendarHtml", extras.calendarHtml(model));
            return new Result(engine.renderUtf8(page.template(), model), null);
        } catch (TemplateException e) {
            return new Result(null, e.problem());
        }
    }

    private String list(ListPage page, Map<String, Object> model) {
        String heading = switch (page.kind()) {
            case HOME -> message("list.latest");
            case CATEGORY -> page.taxon().name();
            case TAG -> message("tag.heading") + " " + page.taxon().name();
        };
        String title = page.kind() == ListPage.Kind.HOME && page.pagination().current() == 1 ? config.title() : heading;
        if (page.pagination().current() > 1) {
            title = title + " – " + message("pagination.page") + " " + page.pagination().current();
        }
        model.put("list", new ListView(heading, page.items().stream().map(e -> views.summary(e, validity.isExpired(e))).toList(),
                views.pagination(page.pagination())));
        String kind = page.kind().name().toLowerCase(java.util.Locale.ROOT);
        String categoryUrl = page.kind() == ListPage.Kind.CATEGORY ? views.taxonUrl(page.taxon()) : null;
        model.put("page", pageView(page, kind, title, config.description(), categoryUrl));
        return page.kind() == ListPage.Kind.HOME ? "home" : "list";
    }

    /** Every category or tag with its count; returns the template's name. */
    private String taxonIndex(TaxonIndexPage page, Map<String, Object> model) {
        boolean categories = page.kind() == TaxonIndexPage.Kind.CATEGORIES;
        model.put("taxonIndex", new TaxonIndexView(categories ? "categories" : "tags", page.taxa().stream()
                .map(taxon -> new CategoryLink(taxon.name(), views.taxonUrl(taxon), taxon.notices().size())).toList()));
        String title = message(categories ? "index.categories" : "index.tags");
        model.put("page", pageView(page, "taxon-index", title, config.description(), null));
        return "taxon-index";
    }

    private PageView pageView(PageSpec page, String kind, String title, String description, String categoryUrl) {
        return new PageView(kind, title, views.url(page.path()), views.absoluteUrl(page.path()), description, categoryUrl);
    }

    /** A UI string; a theme without the key shows the key, and the template check reports it. */
    private String message(String key) {
        return messages.getOrDefault(key, key);
    }

    /** A page's template and the values it receives. */
    public record PageModel(String template, Map<String, Object> values) {
    }

    /** A rendered page, or the template problem that stopped it. */
    public record Result(byte[] html, Diagnostic problem) {
    }
}

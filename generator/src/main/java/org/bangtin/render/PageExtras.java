package org.bangtin.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.render.view.ArchiveIndexView;
import org.bangtin.render.view.ArchiveView;
import org.bangtin.render.view.CalendarView;
import org.bangtin.render.view.FeedLink;
import org.bangtin.render.view.Link;
import org.bangtin.render.view.ListView;
import org.bangtin.render.view.PageView;
import org.bangtin.render.view.ValidityView;
import org.bangtin.site.ArchiveIndexPage;
import org.bangtin.site.ArchivePage;
import org.bangtin.site.Feed;
import org.bangtin.site.ListPage;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.NoticePage;
import org.bangtin.site.PageSpec;
import org.bangtin.site.Period;
import org.bangtin.site.SitePlan;

/**
 * The values of the archives issue that pages receive: the calendar, feed links, a notice's
 * validity and structured data, and the models of the date archive pages. Thread-safe.
 */
final class PageExtras {
    private final SitePlan plan;
    private final SiteConfig config;
    private final Labels labels;
    private final ViewFactory views;
    private final CalendarViews calendars;
    private final List<FeedLink> siteFeeds;
    private final ThemeEngine engine;
    private final Map<String, String> calendarHtml = new ConcurrentHashMap<>();
    /** Each period's name: an archive page names its own, the one before, after and above it. */
    private final Map<Period, String> periodNames = new ConcurrentHashMap<>();

    PageExtras(SitePlan plan, SiteConfig config, Labels labels, ViewFactory views, ThemeEngine engine) {
        this.plan = plan;
        this.config = config;
        this.labels = labels;
        this.views = views;
        this.calendars = new CalendarViews(plan.archive(), labels, config.basePath(), views.memory());
        this.engine = engine;
        this.siteFeeds = List.of(
                new FeedLink(labels.format("feed.atom", Map.of("site", config.title())), views.url("/atom.xml"),
                        "application/atom+xml"),
                new FeedLink(labels.format("feed.rss", Map.of("site", config.title())), views.url("/rss.xml"),
                        "application/rss+xml"));
    }

    /** Adds what every page has: {@code calendar}, {@code calendarDay}, {@code feeds}, and the notice extras. */
    void addTo(PageSpec page, Map<String, Object> model) {
        model.put("calendar", calendars.of(calendarMonth(page)));
        model.put("calendarDay", selectedDay(page));
        model.put("feeds", feeds(page));
        model.put("validity", null);
        model.put("structuredData", null);
        if (page instanceof NoticePage noticePage) {
            model.put("validity", validity(noticePage.entry()));
            Notice notice = noticePage.entry().notice();
            RenderedBody body = views.bodies().get(notice);
            model.put("structuredData", views.memory().structuredData(notice, noticePage.path(), body,
                    () -> StructuredData.newsArticle(notice, views.absoluteUrl(noticePage.path()), body.excerpt(),
                            views.shareImage(noticePage.entry()), config)));
        }
    }

    /**
     * The calendar as HTML, from the theme's {@code partials/calendar}: rendered once per month and
     * highlighted day, not once per page (it is most of a page's template work), so a build with
     * thousands of pages renders a few thousand calendars at most. "" when there is no calendar.
     */
    String calendarHtml(Map<String, Object> model) throws ThemeEngine.TemplateException {
        Object calendar = model.get("calendar");
        if (calendar == null) {
            return "";
        }
        String key = ((CalendarView) calendar).monthUrl() + "|"
                + ((CalendarView) calendar).heading() + "|" + model.get("calendarDay");
        String html = calendarHtml.get(key);
        if (html == null) {
            html = engine.render("partials/calendar", model);
            calendarHtml.putIfAbsent(key, html);
        }
        return html;
    }

    /** The month a page's calendar shows: its notice's or period's, else the newest. */
    private YearMonth calendarMonth(PageSpec page) {
        if (page instanceof NoticePage noticePage) {
            return YearMonth.from(noticePage.entry().notice().date());
        }
        if (page instanceof ArchivePage archivePage) {
            Period period = archivePage.period();
            return period.kind() == Period.Kind.YEAR ? plan.archive().latestMonthOf(period.year()) : period.yearMonth();
        }
        return plan.archive().latestMonth();
    }

    private static String selectedDay(PageSpec page) {
        if (page instanceof NoticePage noticePage) {
            return noticePage.entry().notice().date().toLocalDate().toString();
        }
        if (page instanceof ArchivePage archivePage && archivePage.period().kind() == Period.Kind.DAY) {
            return archivePage.period().start().toString();
        }
        return "";
    }

    private List<FeedLink> feeds(PageSpec page) {
        if (page instanceof ListPage list && list.kind() == ListPage.Kind.CATEGORY) {
            List<FeedLink> feeds = new ArrayList<>(siteFeeds);
            feeds.add(new FeedLink(labels.format("feed.category", Map.of("category", list.taxon().name())),
                    views.url(list.taxon().path() + "atom.xml"), "application/atom+xml"));
            return feeds;
        }
        return siteFeeds;
    }

    private ValidityView validity(NoticeEntry entry) {
        Notice notice = entry.notice();
        return new ValidityView(plan.validity().isExpired(entry), views.dateOf(notice.expires()),
                views.neighbour(plan.validity().replacedBy(entry)),
                plan.validity().replaces(entry).stream().map(views::neighbour).toList());
    }

    /** The model of a date archive page; returns the template's name. */
    String archive(ArchivePage page, Map<String, Object> model) {
        Period period = page.period();
        String name = periodName(period);
        String heading = labels.format("archive.heading", Map.of("period", name));
        String title = page.pagination().current() > 1
                ? heading + " – " + labels.get("pagination.page") + " " + page.pagination().current() : heading;
        model.put("list", new ListView(heading, page.items().stream().map(e -> views.summary(e, plan.validity().isExpired(e))).toList(),
                views.pagination(page.pagination())));
        model.put("archive", new ArchiveView(period.kind().name().toLowerCase(java.util.Locale.ROOT), name, page.count(),
                link(page.previous()), link(page.next()), link(up(period))));
        model.put("page", new PageView("archive", title, views.url(page.path()), views.absoluteUrl(page.path()),
                labels.format("archive.description", Map.of("period", name, "count", page.count())), null));
        return "archive";
    }

    /** The model of the archive index; returns the template's name. */
    String archiveIndex(ArchiveIndexPage page, Map<String, Object> model) {
        List<ArchiveIndexView.Year> years = new ArrayList<>();
        int total = 0;
        for (ArchiveIndexPage.YearCount year : page.years()) {
            List<ArchiveIndexView.Month> months = year.months().stream()
                    .map(m -> new ArchiveIndexView.Month(periodName(m.month()), views.url(m.month().path()), m.count()))
                    .toList();
            years.add(new ArchiveIndexView.Year(periodName(year.year()), views.url(year.year().path()),
                    "nam-" + year.year().year(), year.count(), months));
            total += year.count();
        }
        model.put("archiveIndex", new ArchiveIndexView(total, years));
        model.put("page", new PageView("archive-index", labels.get("archive.index"), views.url(page.path()),
                views.absoluteUrl(page.path()), labels.get("archive.indexDescription"), null));
        return "archive-index";
    }

    private static Period up(Period period) {
        return switch (period.kind()) {
            case YEAR -> null;
            case MONTH -> Period.of(Period.Kind.YEAR, period.start());
            case DAY -> Period.of(Period.Kind.MONTH, period.start());
        };
    }

    private Link link(Period period) {
        return period == null ? null : new Link(periodName(period), views.url(period.path()));
    }

    /** "năm 2019", "tháng 3/2019", "ngày 27/03/2019" as the UI strings say. */
    String periodName(Period period) {
        return periodNames.computeIfAbsent(period, p -> {
            LocalDate start = p.start();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("year", start.getYear());
            values.put("month", start.getMonthValue());
            values.put("day", String.format("%02d/%02d/%04d", start.getDayOfMonth(), start.getMonthValue(), start.getYear()));
            return labels.format("archive." + p.kind().name().toLowerCase(java.util.Locale.ROOT), values);
        });
    }
}

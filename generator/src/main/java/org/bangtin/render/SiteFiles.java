package org.bangtin.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.site.ArchiveIndexPage;
import org.bangtin.site.Feed;
import org.bangtin.site.SitePlan;

/**
 * The site's files that are not HTML pages: the Atom and RSS feeds, the sitemap, robots.txt and
 * the list of days with notices that the calendar's date input reads. Output paths are relative
 * to the output folder ("atom.xml", "chuyen-muc/y-te/atom.xml").
 */
public final class SiteFiles {
    /** The list of days with notices, for the calendar's date input. */
    public static final String DAYS_JSON = ArchiveIndexPage.PATH + "ngay.json";

    private final SiteConfig config;
    private final Map<Notice, RenderedBody> bodies;
    private final int maxSitemapUrls;

    public SiteFiles(SiteConfig config, Map<Notice, RenderedBody> bodies) {
        this(config, bodies, SitemapWriter.MAX_URLS);
    }

    /** @param maxSitemapUrls URLs per sitemap file before it is split (the protocol allows 50,000) */
    public SiteFiles(SiteConfig config, Map<Notice, RenderedBody> bodies, int maxSitemapUrls) {
        this.config = config;
        this.bodies = bodies;
        this.maxSitemapUrls = maxSitemapUrls;
    }

    /** Every file by its output path, in a fixed order. */
    public Map<String, byte[]> files(SitePlan plan) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        FeedWriter feeds = new FeedWriter(config, bodies);
        for (Feed feed : plan.feeds()) {
            String title = feed.category() == null ? config.title() : config.title() + " – " + feed.category().name();
            files.put(feed.path().substring(1), feeds.write(feed, title));
        }
        new SitemapWriter(config.baseUrl(), maxSitemapUrls).write(plan.pages())
                .forEach((path, bytes) -> files.put(path.substring(1), bytes));
        files.put("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + config.baseUrl() + "/sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8));
        List<String> days = new ArrayList<>();
        plan.archive().days().keySet().forEach(day -> days.add(day.toString()));
        files.put(DAYS_JSON.substring(1), (Json.write(Map.of("days", days)) + "\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }
}

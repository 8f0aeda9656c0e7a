package org.bangtin.render;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.site.ArchivePage;
import org.bangtin.site.ListPage;
import org.bangtin.site.NotFoundPage;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.NoticePage;
import org.bangtin.site.PageSpec;

/**
 * Writes {@code sitemap.xml} (sitemaps.org 0.9): every page but the 404 page, with {@code lastmod}
 * from the notices' {@code updated} or {@code date}. Past {@code maxUrls} URLs (50,000 by the
 * protocol) the URLs go into {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... and
 * {@code sitemap.xml} becomes their sitemap index.
 */
final class SitemapWriter {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit of URLs in one sitemap file. */
    static final int MAX_URLS = 50_000;

    private final String baseUrl;
    private final int maxUrls;

    SitemapWriter(String baseUrl, int maxUrls) {
        if (maxUrls < 1) {
            throw new IllegalArgumentException("maxUrls must be at least 1, was " + maxUrls);
        }
        this.baseUrl = baseUrl;
        this.maxUrls = maxUrls;
    }

    /** The sitemap files by site path ("/sitemap.xml", ...). */
    Map<String, byte[]> write(List<PageSpec> pages) {
        List<String> urls = new ArrayList<>();
        for (PageSpec page : pages) {
            if (page instanceof NotFoundPage) {
                continue;
            }
            ZonedDateTime lastmod = lastModified(page);
            urls.add("  <url><loc>" + escape(baseUrl + page.path()) + "</loc>"
                    + (lastmod == null ? "" : "<lastmod>" + iso(lastmod) + "</lastmod>") + "</url>\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (urls.size() <= maxUrls) {
            files.put("/sitemap.xml", urlset(urls));
            return files;
        }
        StringBuilder index = new StringBuilder(header()).append("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        for (int from = 0, n = 1; from < urls.size(); from += maxUrls, n++) {
            String path = "/sitemap-" + n + ".xml";
            files.put(path, urlset(urls.subList(from, Math.min(urls.size(), from + maxUrls))));
            index.append("  <sitemap><loc>").append(escape(baseUrl + path)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put("/sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8));
        ordered.putAll(files);
        return ordered;
    }

    private byte[] urlset(List<String> urls) {
        StringBuilder xml = new StringBuilder(header()).append("<urlset xmlns=\"" + NAMESPACE + "\">\n");
        urls.forEach(xml::append);
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    /** The newest update among what a page shows; null when it shows no notice. */
    private static ZonedDateTime lastModified(PageSpec page) {
        if (page instanceof NoticePage notice) {
            return notice.entry().notice().updatedOrDate();
        }
        List<NoticeEntry> items = page instanceof ListPage list ? list.items()
                : page instanceof ArchivePage archive ? archive.items() : List.of();
        ZonedDateTime latest = null;
        for (NoticeEntry item : items) {
            ZonedDateTime time = item.notice().updatedOrDate();
            if (latest == null || time.compareTo(latest) > 0) {
                latest = time;
            }
        }
        return latest;
    }

    private static String iso(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}

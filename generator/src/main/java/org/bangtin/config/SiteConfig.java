package org.bangtin.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A site's settings, from {@code site.yml} at the content root. Every setting has a default, so
 * a content folder without {@code site.yml} still builds.
 *
 * @param baseUrl     absolute URL of the site's root, without a trailing slash; may hold a sub-path
 * @param language    language of the site and its UI strings ("vi" or "en")
 * @param timeZone    zone of dates written without one
 * @param pageSize    notices per list page
 * @param categories  category names in menu order; categories not listed follow by name
 * @param footerLines lines of the footer: owner, address, contact
 * @param badge       the trust badge, or null
 * @param issuer      the issuing body that new notices name ("UBND huyện Phú Xuân"), or null
 * @param expired     what happens to notices whose {@code expires} time has passed
 * @param feedContent whether feed entries carry the summary or the whole body
 * @param relatedCount how many related notices ("Các tin khác") a notice's page lists
 * @param attachmentWarnSize attachments larger than this many bytes are warned about
 */
public record SiteConfig(String title, String description, String baseUrl, String language, ZoneId timeZone,
        int pageSize, List<String> categories, List<String> footerLines, Badge badge, String issuer,
        ExpiredNotices expired, FeedContent feedContent, int relatedCount, long attachmentWarnSize) {

    public static final String FILE_NAME = "site.yml";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int DEFAULT_RELATED_COUNT = 5;
    /** 20 MB: a minute of download on a slow mobile connection. */
    public static final long DEFAULT_ATTACHMENT_WARN_SIZE = 20L * 1024 * 1024;

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(expired, "expired");
        Objects.requireNonNull(feedContent, "feedContent");
        categories = List.copyOf(categories);
        footerLines = List.copyOf(footerLines);
    }

    /** Settings with the default number of related notices. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timeZone,
            int pageSize, List<String> categories, List<String> footerLines, Badge badge, String issuer,
            ExpiredNotices expired, FeedContent feedContent) {
        this(title, description, baseUrl, language, timeZone, pageSize, categories, footerLines, badge, issuer, expired,
                feedContent, DEFAULT_RELATED_COUNT);
    }

    /** Settings with the default attachment size limit. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timeZone,
            int pageSize, List<String> categories, List<String> footerLines, Badge badge, String issuer,
            ExpiredNotices expired, FeedContent feedContent, int relatedCount) {
        this(title, description, baseUrl, language, timeZone, pageSize, categories, footerLines, badge, issuer, expired,
                feedContent, relatedCount, DEFAULT_ATTACHMENT_WARN_SIZE);
    }

    /** The settings of a site without {@code site.yml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("bangtin", "", "http://localhost:8080", "vi", DEFAULT_ZONE, 10, List.of(), List.of(), null,
                null, ExpiredNotices.MARK, FeedContent.SUMMARY, DEFAULT_RELATED_COUNT, DEFAULT_ATTACHMENT_WARN_SIZE);
    }

    /** The path part of {@link #baseUrl()}: "" for a site at the host's root, else "/sub/path". */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.equals("/") ? "" : stripTrailingSlash(path);
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, description, stripTrailingSlash(newBaseUrl), language, timeZone, pageSize,
                categories, footerLines, badge, issuer, expired, feedContent, relatedCount, attachmentWarnSize);
    }

    static String stripTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}

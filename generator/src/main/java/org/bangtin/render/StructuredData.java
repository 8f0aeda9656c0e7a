package org.bangtin.render;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;

/** schema.org {@code NewsArticle} JSON-LD for a notice's page, safe to put in a {@code <script>}. */
final class StructuredData {
    private StructuredData() {
    }

    /** @param image the absolute URL of the picture that stands for the notice, or null */
    static String newsArticle(Notice notice, String url, String description, String image, SiteConfig config) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", config.title());
        publisher.put("url", config.baseUrl() + "/");
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", notice.title());
        article.put("description", description);
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        if (image != null) {
            article.put("image", List.of(image));
        }
        article.put("inLanguage", config.language());
        article.put("datePublished", iso(notice.date()));
        article.put("dateModified", iso(notice.updatedOrDate()));
        if (notice.expires() != null) {
            article.put("expires", iso(notice.expires()));
        }
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", notice.author() != null ? "Person" : "Organization");
        author.put("name", notice.author() != null ? notice.author()
                : notice.document().issuer() != null ? notice.document().issuer() : config.title());
        article.put("author", author);
        article.put("publisher", publisher);
        if (notice.category() != null) {
            article.put("articleSection", notice.category());
        }
        if (!notice.tags().isEmpty()) {
            article.put("keywords", String.join(", ", notice.tags()));
        }
        return Json.write(article);
    }

    private static String iso(java.time.ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

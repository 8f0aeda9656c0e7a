package org.bangtin.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a notice's body. Editors may paste raw HTML into Markdown; what comes out
 * keeps text formatting, tables, images and links, and loses scripts, styles, frames, event
 * attributes and {@code javascript:} URLs. Thread-safe.
 */
final class HtmlSanitizer {
    /** Relative links are resolved against this while cleaning, then kept as written. */
    private static final String BASE_URI = "https://bangtin.invalid/";

    private final Cleaner cleaner;

    HtmlSanitizer() {
        // A copy of jsoup's relaxed list, never the shared instance itself.
        Safelist safelist = new Safelist(Safelist.relaxed())
                .addTags("del", "s", "hr", "figure", "figcaption", "abbr", "mark")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("th", "align", "scope").addAttributes("td", "align")
                .addAttributes("code", "class")
                .addAttributes("abbr", "title")
                .addAttributes("img", "srcset", "sizes")
                .addProtocols("a", "href", "tel", "#")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /** The body HTML, cleaned, with images lazy-loaded and wide tables wrapped for small screens. */
    Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element image : clean.getElementsByTag("img")) {
            image.attr("loading", "lazy");
        }
        for (Element table : clean.getElementsByTag("table")) {
            table.wrap("<div class=\"table-wrap\"></div>");
        }
        return clean;
    }
}

package org.bangtin.render;

import java.nio.charset.StandardCharsets;

import org.bangtin.config.SiteConfig;
import org.bangtin.site.Redirect;
import org.jsoup.nodes.Entities;

/**
 * The page at a notice's old address: for static hosts, an immediate HTML refresh to the notice,
 * its canonical link (so search engines move the old address's rank to it), and a plain link for
 * readers whose browser does not follow the refresh. Thread-safe.
 */
public final class RedirectPage {
    private final SiteConfig config;
    private final String text;

    /** @param text what the page says before the link, in the site's language ("Tin này đã chuyển đến") */
    public RedirectPage(SiteConfig config, String text) {
        this.config = config;
        this.text = text;
    }

    public byte[] render(Redirect redirect) {
        String url = escape(config.basePath() + redirect.target().path());
        String canonical = escape(config.baseUrl() + redirect.target().path());
        String title = escape(redirect.target().notice().title());
        String html = "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(config.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>" + escape(text) + " <a href=\"" + url + "\">" + title + "</a></p>\n"
                + "</body>\n"
                + "</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}

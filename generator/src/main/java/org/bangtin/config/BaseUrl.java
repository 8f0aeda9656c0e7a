package org.bangtin.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a site's base URL, wherever it is written (site.yml, the --base-url option, the Maven
 * plugin's parameter): the absolute http(s) address of the folder the site is served from.
 * What is wrong is said in plain words, with the address the editor most likely meant.
 */
public final class BaseUrl {
    /** Endings of a page's file name: an address ending so names a page, not the site's folder. */
    private static final Set<String> PAGE_ENDINGS = Set.of("html", "htm", "shtml", "xhtml", "php", "asp", "aspx",
            "jsp", "cgi");

    /**
     * What is wrong with a base URL.
     *
     * @param reason  why it is no site address, after "is not a site address: "
     * @param example the address to write instead, as near as can be guessed to the one given
     */
    public record Problem(String reason, String example) {
        /** How to fix it, for a message's hint. */
        public String hint() {
            return "write the address of the folder the site is served from, such as \"" + example + "\"";
        }
    }

    private BaseUrl() {
    }

    /** The base URL without a trailing slash, or empty when {@link #problem} finds one. */
    public static Optional<String> check(String url) {
        return problem(url).isPresent() ? Optional.empty() : Optional.of(SiteConfig.stripTrailingSlash(url.strip()));
    }

    /** What is wrong with {@code url}, if anything. */
    public static Optional<Problem> problem(String written) {
        String url = written.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new Problem("it holds a character that an address cannot hold"
                    + (url.contains(" ") ? " (a space)" : ""), "https://ubnd.example.gov.vn/tin-tuc"));
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            return Optional.of(new Problem("it does not begin with https:// or http://", "https://"
                    + (url.startsWith("//") ? url.substring(2) : url)));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new Problem("a site is served over https:// or http://, not " + scheme + ":",
                    "https://ubnd.example.gov.vn/tin-tuc"));
        }
        if (uri.getHost() == null) {
            return Optional.of(new Problem("it names no host, such as ubnd.example.gov.vn, after " + scheme + "://",
                    scheme + "://ubnd.example.gov.vn/tin-tuc"));
        }
        String origin = scheme + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(new Problem("it holds a '" + (uri.getRawQuery() != null ? "?" : "#") + "' part, which"
                    + " a site's folder has not", origin + SiteConfig.stripTrailingSlash(path)));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0 && PAGE_ENDINGS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("it ends in a page's file name (" + last + "), and every address of the"
                    + " site would start with it", origin + SiteConfig.stripTrailingSlash(path.substring(0,
                    path.length() - last.length()))));
        }
        return Optional.empty();
    }
}

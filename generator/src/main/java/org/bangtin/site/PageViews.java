package org.bangtin.site;

import java.util.Map;
import java.util.TreeMap;

/**
 * Page views counted from a web server's access logs: per page, by site path ("/2019/03/slug/"),
 * and for the whole site. {@link #NOT_COUNTED} when the build was given no log.
 *
 * @param counted whether logs were read at all; when false, templates show no counts
 * @param byPath  views per site path, paths as {@link #pagePath(String)} makes them
 * @param total   every page view of the site
 */
public record PageViews(boolean counted, Map<String, Long> byPath, long total) {
    public static final PageViews NOT_COUNTED = new PageViews(false, Map.of(), 0);

    public PageViews {
        byPath = java.util.Collections.unmodifiableMap(new TreeMap<>(byPath));
    }

    /** The views of the page at {@code sitePath} (any spelling {@link #pagePath} accepts); 0 when none. */
    public long of(String sitePath) {
        return byPath.getOrDefault(pagePath(sitePath), 0L);
    }

    /**
     * The one spelling of a page's path: "/a/index.html" and "/a" are "/a/"; a path whose last
     * segment has an extension ("/tin/a.html", "/Pages/tin.aspx") stays as it is.
     */
    public static String pagePath(String path) {
        String result = path.isEmpty() ? "/" : path;
        if (result.endsWith("/index.html")) {
            result = result.substring(0, result.length() - "index.html".length());
        }
        if (!result.endsWith("/") && !result.substring(result.lastIndexOf('/') + 1).contains(".")) {
            result = result + "/";
        }
        return result;
    }
}

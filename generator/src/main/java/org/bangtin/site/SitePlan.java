package org.bangtin.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole site, decided before anything is rendered: the notices newest first, the categories
 * and tags, and every page to write.
 *
 * @param archive  the days that have notices, for the calendar and the date archives
 * @param validity which notices are expired, and which replace which
 * @param feeds    the Atom and RSS feeds to write
 * @param leftOut  why each notice read but not published is left out ("scheduled for 01/01/2099
 *                 07:00"), by its source file: for the message of a link to one
 */
public record SitePlan(List<NoticeEntry> notices, List<Taxon> categories, List<Taxon> tags, List<PageSpec> pages,
        DateArchive archive, Validity validity, List<Feed> feeds, Map<Path, String> leftOut) {
    public SitePlan {
        leftOut = Map.copyOf(leftOut);
        notices = List.copyOf(notices);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
    }

    /** The page URL of each published notice (base path included) by its source file, for links between notices. */
    public Map<Path, String> noticeUrls(String basePath) {
        Map<Path, String> urls = new HashMap<>();
        notices.forEach(e -> urls.put(e.notice().source(), basePath + e.path()));
        return urls;
    }
}

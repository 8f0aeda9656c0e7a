package org.bangtin.site;

import java.util.List;

/**
 * The whole site, decided before anything is rendered: the notices newest first, the categories
 * and tags, and every page to write.
 */
public record SitePlan(List<NoticeEntry> notices, List<Taxon> categories, List<Taxon> tags, List<PageSpec> pages) {
    public SitePlan {
        notices = List.copyOf(notices);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        pages = List.copyOf(pages);
    }
}

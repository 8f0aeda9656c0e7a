package org.bangtin.site;

import java.util.List;

/**
 * One page of a list of notices.
 *
 * @param taxon the category or tag listed, or null for the home page
 */
public record ListPage(Kind kind, Taxon taxon, List<NoticeEntry> items, Pagination pagination) implements PageSpec {

    /** What is listed. */
    public enum Kind {
        HOME, CATEGORY, TAG
    }

    public ListPage {
        items = List.copyOf(items);
    }

    @Override
    public String path() {
        return pagination.pagePaths().get(pagination.current() - 1);
    }
}

package org.bangtin.site;

import java.util.List;

/**
 * One page of a date archive: the notices of a year, month or day, newest first, with links to
 * the previous (older) and next (newer) period of the same kind that has notices.
 *
 * @param count    the notices of the whole period, over all its pages
 * @param previous the nearest older period with notices, or null
 * @param next     the nearest newer period with notices, or null
 */
public record ArchivePage(Period period, List<NoticeEntry> items, int count, Pagination pagination, Period previous,
        Period next) implements PageSpec {

    public ArchivePage {
        items = List.copyOf(items);
    }

    @Override
    public String path() {
        return pagination.pagePaths().get(pagination.current() - 1);
    }
}

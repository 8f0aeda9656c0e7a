package org.bangtin.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list into pages with stable URLs: page 1 at the list's path, page n at
 * "{path}trang/n/". Newest first, so a new notice moves the last item of each page to the next.
 */
public final class Paginator {
    /** The folder name of list pages after the first ("trang" is Vietnamese for "page"). */
    public static final String PAGE_FOLDER = "trang";

    private Paginator() {
    }

    /** The pages of {@code items}; an empty list still has one (empty) page. */
    public static <T> List<Page<T>> paginate(List<T> items, int pageSize, String basePath) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<String> allPaths = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            allPaths.add(number == 1 ? basePath : basePath + PAGE_FOLDER + "/" + number + "/");
        }
        List<String> paths = List.copyOf(allPaths); // one list shared by every page, not a copy each
        List<Page<T>> pages = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            int from = (number - 1) * pageSize;
            int to = Math.min(items.size(), from + pageSize);
            pages.add(new Page<>(items.subList(from, to), new Pagination(number, paths)));
        }
        return pages;
    }

    /** One page: its items and its place among the pages. */
    public record Page<T>(List<T> items, Pagination pagination) {
        public Page {
            items = List.copyOf(items);
        }
    }
}

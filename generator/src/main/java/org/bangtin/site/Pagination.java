package org.bangtin.site;

import java.util.List;

/**
 * Where one page of a paginated list stands: {@code current} is 1-based, {@code pagePaths} are
 * the site paths of all its pages (the first is the list's own path, then ".../trang/2/").
 */
public record Pagination(int current, List<String> pagePaths) {
    public Pagination {
        pagePaths = List.copyOf(pagePaths);
    }

    public int total() {
        return pagePaths.size();
    }

    /** The page of newer notices, or null on the first page. */
    public String newerPath() {
        return current > 1 ? pagePaths.get(current - 2) : null;
    }

    /** The page of older notices, or null on the last page. */
    public String olderPath() {
        return current < total() ? pagePaths.get(current) : null;
    }
}

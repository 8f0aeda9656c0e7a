package org.bangtin.render.view;

import java.util.List;

/**
 * A list's pagination; {@code newerUrl} and {@code olderUrl} are null at the ends.
 *
 * @param pages every page of the list, in order
 * @param links the entries of a compact pagination, in order: the first and the last page, the
 *              current one and two either side (a single page between them and the first or last
 *              is shown too), and a gap for each run of pages left out; it costs the same whatever
 *              the number of pages, where a template going through {@code pages} costs that number
 */
public record PaginationView(int current, int total, String newerUrl, String olderUrl, List<PageNumber> pages,
        List<PageNumber> links) {
}

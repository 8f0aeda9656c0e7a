package org.bangtin.render.view;

import java.util.List;

/** A list's pagination; {@code newerUrl} and {@code olderUrl} are null at the ends. */
public record PaginationView(int current, int total, String newerUrl, String olderUrl, List<PageNumber> pages) {
}

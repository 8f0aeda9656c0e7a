package org.bangtin.site;

import java.util.List;

/**
 * The "Các tin khác" list of one notice's page.
 *
 * @param notices  best first; pinned ones first
 * @param fallback true when none was related enough, so these are the latest of the category
 */
public record Related(List<NoticeEntry> notices, boolean fallback) {
    public static final Related NONE = new Related(List.of(), false);

    public Related {
        notices = List.copyOf(notices);
    }
}

package org.bangtin.site;

import java.util.List;

/**
 * A category or a tag: its name as editors wrote it, its list page's site path, and its notices
 * newest first.
 */
public record Taxon(String name, String slug, String path, List<NoticeEntry> notices) {
    public Taxon {
        notices = List.copyOf(notices);
    }
}

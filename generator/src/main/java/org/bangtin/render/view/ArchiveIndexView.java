package org.bangtin.render.view;

import java.util.List;

/** {@code archiveIndex} in {@code archive-index.peb}: years newest first, each with its months. */
public record ArchiveIndexView(int total, List<Year> years) {
    public ArchiveIndexView {
        years = List.copyOf(years);
    }

    /** A year with its count and its months that have notices. */
    public record Year(String name, String url, String id, int count, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }
    }

    /** A month with its count. */
    public record Month(String name, String url, int count) {
    }
}

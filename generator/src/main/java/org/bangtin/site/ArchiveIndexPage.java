package org.bangtin.site;

import java.util.List;

/** The archive index, "/luu-tru/" ("lưu trữ" is Vietnamese for "archive"): every year and month with its count. */
public record ArchiveIndexPage(List<YearCount> years) implements PageSpec {
    /** Site path of the archive index. */
    public static final String PATH = "/luu-tru/";

    public ArchiveIndexPage {
        years = List.copyOf(years);
    }

    @Override
    public String path() {
        return PATH;
    }

    /** A year, newest first, with its months that have notices, newest first. */
    public record YearCount(Period year, int count, List<MonthCount> months) {
        public YearCount {
            months = List.copyOf(months);
        }
    }

    /** A month and its number of notices. */
    public record MonthCount(Period month, int count) {
    }
}

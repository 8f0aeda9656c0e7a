package org.bangtin.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bangtin.site.ArchiveIndexPage.MonthCount;
import org.bangtin.site.ArchiveIndexPage.YearCount;

/**
 * Plans the date archives: a paginated page per year, month and day that has notices, and the
 * archive index. A period's page shows only its own notices, so adding a notice changes the pages
 * of its own year, month and day and no others.
 */
final class Archives {
    private Archives() {
    }

    /** Pages of every period, years first, each kind oldest first; {@code entries} are newest first. */
    static List<PageSpec> pages(List<NoticeEntry> entries, int pageSize) {
        List<PageSpec> pages = new ArrayList<>();
        for (Period.Kind kind : Period.Kind.values()) {
            Map<Period, List<NoticeEntry>> periods = group(entries, kind);
            List<Period> ordered = new ArrayList<>(periods.keySet());
            for (int i = 0; i < ordered.size(); i++) {
                Period period = ordered.get(i);
                Period previous = i > 0 ? ordered.get(i - 1) : null;
                Period next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
                List<NoticeEntry> items = periods.get(period);
                for (Paginator.Page<NoticeEntry> page : Paginator.paginate(items, pageSize, period.path())) {
                    pages.add(new ArchivePage(period, page.items(), items.size(), page.pagination(), previous, next));
                }
            }
        }
        return pages;
    }

    /** The archive index: years newest first, each with its months newest first. */
    static ArchiveIndexPage index(DateArchive archive) {
        Map<Integer, List<MonthCount>> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        archive.months().descendingMap().forEach((month, count) -> months
                .computeIfAbsent(month.getYear(), y -> new ArrayList<>()).add(new MonthCount(Period.month(month), count)));
        List<YearCount> years = new ArrayList<>();
        months.forEach((year, list) -> years.add(new YearCount(Period.of(Period.Kind.YEAR, LocalDate.of(year, 1, 1)),
                list.stream().mapToInt(MonthCount::count).sum(), list)));
        return new ArchiveIndexPage(years);
    }

    /** Entries by period of one kind, periods oldest first, entries keeping their newest-first order. */
    private static Map<Period, List<NoticeEntry>> group(List<NoticeEntry> entries, Period.Kind kind) {
        Map<Period, List<NoticeEntry>> periods = new TreeMap<>();
        for (NoticeEntry entry : entries) {
            periods.computeIfAbsent(Period.of(kind, entry.notice().date().toLocalDate()), p -> new ArrayList<>()).add(entry);
        }
        return periods;
    }
}

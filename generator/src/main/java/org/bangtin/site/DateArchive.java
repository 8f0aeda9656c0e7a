package org.bangtin.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which days have notices, and how many: what the "Xem tin theo ngày" calendar and the date
 * archives are made from. Immutable; look-ups are logarithmic, so every page can have its
 * calendar without the build growing quadratically.
 */
public final class DateArchive {
    private final NavigableMap<LocalDate, Integer> days;
    private final NavigableMap<YearMonth, Integer> months;

    private DateArchive(NavigableMap<LocalDate, Integer> days) {
        this.days = Collections.unmodifiableNavigableMap(days);
        NavigableMap<YearMonth, Integer> byMonth = new TreeMap<>();
        days.forEach((day, count) -> byMonth.merge(YearMonth.from(day), count, Integer::sum));
        this.months = Collections.unmodifiableNavigableMap(byMonth);
    }

    /** The archive of the given entries, each counted on its posting day. */
    public static DateArchive of(List<NoticeEntry> entries) {
        NavigableMap<LocalDate, Integer> days = new TreeMap<>();
        for (NoticeEntry entry : entries) {
            days.merge(entry.notice().date().toLocalDate(), 1, Integer::sum);
        }
        return new DateArchive(days);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Days with notices, oldest first, with their counts. */
    public NavigableMap<LocalDate, Integer> days() {
        return days;
    }

    /** Months with notices, oldest first, with their counts. */
    public NavigableMap<YearMonth, Integer> months() {
        return months;
    }

    /** The days of {@code month} that have notices, with their counts. */
    public Map<LocalDate, Integer> daysOf(YearMonth month) {
        return days.subMap(month.atDay(1), true, month.atEndOfMonth(), true);
    }

    /** The newest month with notices, or null when there is none. */
    public YearMonth latestMonth() {
        return months.isEmpty() ? null : months.lastKey();
    }

    /** The newest month with notices in {@code year}, or null. */
    public YearMonth latestMonthOf(int year) {
        YearMonth last = months.floorKey(YearMonth.of(year, 12));
        return last != null && last.getYear() == year ? last : null;
    }

    /** The nearest month before {@code month} that has notices, or null. */
    public YearMonth monthBefore(YearMonth month) {
        return months.lowerKey(month);
    }

    /** The nearest month after {@code month} that has notices, or null. */
    public YearMonth monthAfter(YearMonth month) {
        return months.higherKey(month);
    }
}

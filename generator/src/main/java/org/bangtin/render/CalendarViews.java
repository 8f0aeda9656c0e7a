package org.bangtin.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bangtin.render.view.CalendarDay;
import org.bangtin.render.view.CalendarView;
import org.bangtin.render.view.Link;
import org.bangtin.site.DateArchive;
import org.bangtin.site.Period;

/**
 * The "Xem tin theo ngày" month calendars. Each month's calendar is made once and shared by all
 * the pages that show it, so a build does work per month, not per page and month. Thread-safe.
 */
final class CalendarViews {
    private final DateArchive archive;
    private final Labels labels;
    private final String basePath;
    private final List<CalendarView.Weekday> weekdays;
    private final Map<YearMonth, CalendarView> made = new ConcurrentHashMap<>();
    private final ViewMemory memory;

    CalendarViews(DateArchive archive, Labels labels, String basePath, ViewMemory memory) {
        this.memory = memory;
        this.archive = archive;
        this.labels = labels;
        this.basePath = basePath;
        String[] shortNames = labels.get("calendar.weekdays").split(",");
        String[] names = labels.get("calendar.weekdayNames").split(",");
        List<CalendarView.Weekday> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new CalendarView.Weekday(part(shortNames, i), part(names, i)));
        }
        this.weekdays = List.copyOf(days);
    }

    /** The calendar of {@code month}, or null when the site has no notices at all. */
    CalendarView of(YearMonth month) {
        return month == null ? null : made.computeIfAbsent(month, m -> memory.calendar(m, make(m)));
    }

    /** The month's name as headings show it: "Tháng 3/2019". */
    String monthName(YearMonth month) {
        return labels.format("calendar.month", Map.of("month", month.getMonthValue(), "year", month.getYear()));
    }

    private CalendarView make(YearMonth month) {
        Map<LocalDate, Integer> days = archive.daysOf(month);
        List<List<CalendarDay>> weeks = new ArrayList<>();
        List<CalendarDay> week = new ArrayList<>();
        int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blanks; i++) {
            week.add(new CalendarDay(0, "", null, 0));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            int count = days.getOrDefault(day, 0);
            String url = count > 0 ? basePath + Period.of(Period.Kind.DAY, day).path() : null;
            week.add(new CalendarDay(d, day.toString(), url, count));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new CalendarDay(0, "", null, 0));
            }
            weeks.add(week);
        }
        String monthUrl = days.isEmpty() ? null : basePath + Period.month(month).path();
        return new CalendarView(monthName(month), monthUrl, link(archive.monthBefore(month)),
                link(archive.monthAfter(month)), weekdays, weeks);
    }

    private Link link(YearMonth month) {
        return month == null ? null : new Link(monthName(month), basePath + Period.month(month).path());
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : "";
    }
}

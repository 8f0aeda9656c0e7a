package org.bangtin.render.view;

import java.util.List;

/**
 * {@code calendar} in every template: one month of "Xem tin theo ngày", weeks from Monday.
 *
 * @param heading     "Tháng 3/2019"
 * @param monthUrl    the month's archive page
 * @param previous    the nearest older month with notices, or null
 * @param next        the nearest newer month with notices, or null
 * @param weekdays    the column headings, Monday first
 * @param weeks       rows of seven days; days outside the month have {@code day} 0
 */
public record CalendarView(String heading, String monthUrl, Link previous, Link next, List<Weekday> weekdays,
        List<List<CalendarDay>> weeks) {

    public CalendarView {
        weekdays = List.copyOf(weekdays);
        weeks = weeks.stream().map(List::copyOf).toList();
    }

    /** A column heading: "T2", and its full name "Thứ hai". */
    public record Weekday(String shortName, String name) {
    }
}

package org.bangtin.render.view;

/**
 * One day of the calendar.
 *
 * @param day   the day of the month, or 0 for a blank cell before or after the month
 * @param iso   "2019-03-27", or "" for a blank cell
 * @param url   the day's archive page, or null when the day has no notices
 * @param count the number of notices that day
 */
public record CalendarDay(int day, String iso, String url, int count) {
}

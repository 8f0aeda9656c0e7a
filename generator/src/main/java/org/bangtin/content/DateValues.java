package org.bangtin.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as editors write them: ISO {@code 2019-03-27}, {@code 2019-03-27T08:30},
 * {@code 2019-03-27 08:30}, with or without an offset, and Vietnamese {@code 27/3/2019} or
 * {@code 27/03/2019 08:30}. A date without a zone is in the site's zone.
 */
public final class DateValues {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern ISO_WITH_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2})[:h](\\d{2}))?");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private DateValues() {
    }

    /** What a date may look like, for messages. */
    public static final String FORMATS = "2019-03-27, 2019-03-27T08:30 or 27/3/2019";

    /**
     * Parses {@code text} in {@code zone}.
     *
     * @throws DateTimeException with a message for the editor when the text is not a date in an
     *                           accepted form, or names a day that does not exist (30/02/2019)
     */
    public static ZonedDateTime parse(String text, ZoneId zone) {
        String value = text.strip();
        if (ISO_WITH_OFFSET.matcher(value).matches()) {
            try {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone);
            } catch (DateTimeParseException e) {
                throw new DateTimeException("\"" + value + "\" is not a real date and time");
            }
        }
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return build(value, zone, iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6));
        }
        Matcher vietnamese = VIETNAMESE.matcher(value);
        if (vietnamese.matches()) {
            return build(value, zone, vietnamese.group(3), vietnamese.group(2), vietnamese.group(1),
                    vietnamese.group(4), vietnamese.group(5), null);
        }
        throw new DateTimeException("\"" + value + "\" is not a date");
    }

    private static ZonedDateTime build(String text, ZoneId zone, String year, String month, String day,
            String hour, String minute, String second) {
        LocalDate date = date(text, Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        LocalTime time = LocalTime.MIDNIGHT;
        if (hour != null) {
            int h = Integer.parseInt(hour);
            int m = Integer.parseInt(minute);
            int s = second == null ? 0 : Integer.parseInt(second);
            String wrong = h > 23 ? "hour " + h : m > 59 ? "minute " + m : s > 59 ? "second " + s : null;
            if (wrong != null) {
                throw new DateTimeException("\"" + text + "\" is not a real time of day: " + wrong
                        + " does not exist (hours go from 0 to 23, minutes from 0 to 59)");
            }
            time = LocalTime.of(h, m, s);
        }
        return LocalDateTime.of(date, time).atZone(zone);
    }

    /** The date, or what is wrong with it in plain words (java.time names fields "MonthOfYear"). */
    private static LocalDate date(String text, int year, int month, int day) {
        String not = "\"" + text + "\" is not a real date: ";
        if (month < 1 || month > 12) {
            throw new DateTimeException(not + "month " + month + " does not exist");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new DateTimeException(not + MONTHS[month - 1] + " " + year + " has no day " + day
                    + (day < 1 ? "" : " (it has " + yearMonth.lengthOfMonth() + " days)"));
        }
        return yearMonth.atDay(day);
    }
}

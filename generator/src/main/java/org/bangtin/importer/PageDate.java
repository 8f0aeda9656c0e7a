package org.bangtin.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a portal page shows it, with the time of day when the page gives one:
 * "Ngày đăng 27/03/2019 08:30", "Ngày cập nhật 29/03/2019", "Thứ Tư, 27/3/2019 - 08h30",
 * "Thứ Năm, ngày 05 tháng 9 năm 2019", "2019-09-05 10:20", "05-09-2019", "20/11/2019 2:45:10 CH"
 * (SA, sáng, is before noon; CH, chiều, after; AM and PM as in English).
 *
 * @param day  the day
 * @param time the time of day, or null
 */
record PageDate(LocalDate day, LocalTime time) {
    private static final String DAY_MONTH_YEAR = "(?<d1>\\d{1,2})(?<sep>[/.-])(?<m1>\\d{1,2})\\k<sep>(?<y1>\\d{4})";
    private static final String IN_WORDS = "ngày\\s+(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2}),?\\s+năm\\s+(?<y2>\\d{4})";
    private static final String ISO = "(?<y3>\\d{4})-(?<m3>\\d{1,2})-(?<d3>\\d{1,2})";
    private static final String TIME = "(?:\\s*(?:-|,|lúc|T)?\\s*(?<h>\\d{1,2})\\s*[:hg]\\s*(?<min>\\d{2})(?::(?<s>\\d{2}))?"
            + "(?:\\s*(?<half>SA|CH|AM|PM)(?!\\p{L}))?)?";
    private static final String DATE = "(?:" + DAY_MONTH_YEAR + "|" + IN_WORDS + "|" + ISO + ")(?!\\d)" + TIME;
    private static final Pattern BARE = Pattern.compile("(?<![\\d/.-])" + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String BETWEEN = "\\s*:?\\s*(?:[\\p{L} ]{0,12},\\s*)?";
    private static final Pattern UPDATED = Pattern.compile(
            "(?:ngày cập nhật|cập nhật lúc|cập nhật ngày|cập nhật|ngày sửa)" + BETWEEN + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSTED = Pattern.compile(
            "(?:ngày đăng tin|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|ngày đưa tin|ngày tạo|ngày viết)" + BETWEEN + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NOON = 12;

    /** The date after an "updated" label in {@code text}, with the text it was found in. */
    static Optional<Found> updated(String text) {
        return find(UPDATED, text);
    }

    /** The date after a "posted" label in {@code text}. */
    static Optional<Found> posted(String text) {
        return find(POSTED, text);
    }

    /** The first date in {@code text}, without a label (for an element the profile names as the date). */
    static Optional<Found> any(String text) {
        return find(BARE, text);
    }

    private static Optional<Found> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text.replace('\u00a0', ' '));
        while (matcher.find()) {
            try {
                return Optional.of(new Found(new PageDate(day(matcher), time(matcher)), matcher.group()));
            } catch (DateTimeException e) {
                // "31/02/2019" is not a date: look further.
            }
        }
        return Optional.empty();
    }

    private static LocalDate day(Matcher matcher) {
        for (String form : new String[] {"1", "2", "3"}) {
            if (matcher.group("d" + form) != null) {
                return LocalDate.of(Integer.parseInt(matcher.group("y" + form)), Integer.parseInt(matcher.group("m" + form)),
                        Integer.parseInt(matcher.group("d" + form)));
            }
        }
        throw new IllegalStateException("a date without its day: " + matcher.group());
    }

    private static LocalTime time(Matcher matcher) {
        if (matcher.group("h") == null) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group("h"));
        String half = matcher.group("half") == null ? "" : matcher.group("half").toUpperCase(Locale.ROOT);
        if (!half.isEmpty() && (hour == 0 || hour > NOON)) {
            throw new DateTimeException("hour " + hour + " with " + half);
        }
        if ((half.equals("CH") || half.equals("PM")) && hour < NOON) {
            hour += NOON;
        } else if ((half.equals("SA") || half.equals("AM")) && hour == NOON) {
            hour = 0;
        }
        return LocalTime.of(hour, Integer.parseInt(matcher.group("min")));
    }

    /** As front matter writes it: 2019-03-27 or 2019-03-27T08:30. */
    String frontMatter() {
        return time == null ? day.toString() : day + "T" + time;
    }

    /** A date found, and the text that showed it. */
    record Found(PageDate date, String text) {
    }
}

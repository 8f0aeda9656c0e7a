package org.bangtin.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a portal page shows it, with the time of day when the page gives one:
 * "Ngày đăng 27/03/2019 08:30", "Ngày cập nhật 29/03/2019", "Thứ Tư, 27/3/2019 - 08h30".
 *
 * @param day  the day
 * @param time the time of day, or null
 */
record PageDate(LocalDate day, LocalTime time) {
    private static final String DATE = "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s*(?:-|,|lúc)?\\s*(\\d{1,2})\\s*[:hg]\\s*(\\d{2}))?";
    private static final Pattern BARE = Pattern.compile("(?<![\\d/])" + DATE);
    private static final String BETWEEN = "\\s*:?\\s*(?:[\\p{L} ]{0,12},\\s*)?";
    private static final Pattern UPDATED = Pattern.compile(
            "(?:ngày cập nhật|cập nhật lúc|cập nhật ngày|cập nhật|ngày sửa)" + BETWEEN + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSTED = Pattern.compile(
            "(?:ngày đăng tin|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|ngày đưa tin|ngày tạo|ngày viết)" + BETWEEN + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
                LocalDate day = LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(1)));
                LocalTime time = matcher.group(4) == null ? null
                        : LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)));
                return Optional.of(new Found(new PageDate(day, time), matcher.group()));
            } catch (DateTimeException e) {
                // "31/02/2019" is not a date: look further.
            }
        }
        return Optional.empty();
    }

    /** As front matter writes it: 2019-03-27 or 2019-03-27T08:30. */
    String frontMatter() {
        return time == null ? day.toString() : day + "T" + time;
    }

    /** A date found, and the text that showed it. */
    record Found(PageDate date, String text) {
    }
}

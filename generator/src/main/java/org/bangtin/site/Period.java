package org.bangtin.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A year, a month or a day of the date archives, and its page's site path: "/2019/",
 * "/2019/03/", "/2019/03/27/". Notices live at "/2019/03/slug/", beside the day pages; slugs of
 * two digits are kept from them by {@link Permalinks}.
 *
 * @param start the first day of the period
 */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

    /** How long the period is. */
    public enum Kind {
        YEAR, MONTH, DAY
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        start = switch (kind) {
            case YEAR -> start.withDayOfYear(1);
            case MONTH -> start.withDayOfMonth(1);
            case DAY -> start;
        };
    }

    public static Period of(Kind kind, LocalDate day) {
        return new Period(kind, day);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1));
    }

    public int year() {
        return start.getYear();
    }

    public YearMonth yearMonth() {
        return YearMonth.from(start);
    }

    /** The page's site path. */
    public String path() {
        StringBuilder path = new StringBuilder(12).append('/');
        digits(path, start.getYear(), 4);
        if (kind != Kind.YEAR) {
            digits(path, start.getMonthValue(), 2);
        }
        if (kind == Kind.DAY) {
            digits(path, start.getDayOfMonth(), 2);
        }
        return path.toString();
    }

    /** Appends {@code value} with leading zeros to {@code width}, then "/" (String.format costs tenfold). */
    private static void digits(StringBuilder path, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            path.append('0');
        }
        path.append(text).append('/');
    }

    /** Whether {@code day} falls in this period. */
    public boolean contains(LocalDate day) {
        return switch (kind) {
            case YEAR -> day.getYear() == start.getYear();
            case MONTH -> YearMonth.from(day).equals(yearMonth());
            case DAY -> day.equals(start);
        };
    }

    @Override
    public int compareTo(Period other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : start.compareTo(other.start);
    }
}

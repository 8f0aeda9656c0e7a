package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.render.view.CalendarDay;
import org.bangtin.render.view.CalendarView;
import org.bangtin.site.DateArchive;
import org.bangtin.site.NoticeEntry;
import org.junit.jupiter.api.Test;

/** The "Xem tin theo ngày" month calendar, for months with and without notices. */
class CalendarViewsTest {
    private static final Labels LABELS = new Labels(Map.of("calendar.month", "Tháng {month}/{year}",
            "calendar.weekdays", "T2,T3,T4,T5,T6,T7,CN",
            "calendar.weekdayNames", "Thứ hai,Thứ ba,Thứ tư,Thứ năm,Thứ sáu,Thứ bảy,Chủ nhật"));

    private static NoticeEntry entry(String date) {
        Path source = Path.of("/content/" + date + ".md");
        Notice notice = new Notice(source, Path.of(date + ".md"), source.getParent(), "Tin", ZonedDateTime.parse(date
                + "T08:00+07:00[Asia/Ho_Chi_Minh]"), null, null, null, List.of(), null, false, null, null, DocumentInfo.NONE,
                List.of(), null, Map.of(), "", 5, Map.of());
        return new NoticeEntry(notice, "/" + date + "/");
    }

    private final CalendarViews calendars = new CalendarViews(DateArchive.of(List.of(entry("2019-01-31"),
            entry("2019-03-27"), entry("2019-03-27"), entry("2019-03-29"))), LABELS, "/tin", ViewMemory.create());

    /** The weeks as text: "." for blank cells, the day, with "*" when it links to its page. */
    private static List<String> weeks(CalendarView calendar) {
        return calendar.weeks().stream().map(week -> String.join(" ", week.stream().map(CalendarViewsTest::cell).toList()))
                .toList();
    }

    private static String cell(CalendarDay day) {
        return day.day() == 0 ? "." : day.day() + (day.url() == null ? "" : "*");
    }

    @Test
    void aMonthWithNoticesLinksItsDaysAndTheNeighbouringMonths() {
        CalendarView march = calendars.of(YearMonth.of(2019, 3));

        assertEquals("Tháng 3/2019", march.heading());
        assertEquals("/tin/2019/03/", march.monthUrl());
        assertEquals(List.of(
                ". . . . 1 2 3",
                "4 5 6 7 8 9 10",
                "11 12 13 14 15 16 17",
                "18 19 20 21 22 23 24",
                "25 26 27* 28 29* 30 31"), weeks(march));
        CalendarDay day = march.weeks().get(4).get(2);
        assertEquals("/tin/2019/03/27/", day.url());
        assertEquals(2, day.count());
        assertEquals("Tháng 1/2019", march.previous().name());
        assertEquals("/tin/2019/01/", march.previous().url());
        assertNull(march.next());
        assertEquals("CN", march.weekdays().get(6).shortName());
    }

    @Test
    void aMonthWithoutNoticesHasNoLinkedDaysButLeadsToTheNearestMonthsWithNotices() {
        CalendarView february = calendars.of(YearMonth.of(2019, 2)); // 1 February 2019 was a Friday

        assertNull(february.monthUrl());
        assertEquals(List.of(
                ". . . . 1 2 3",
                "4 5 6 7 8 9 10",
                "11 12 13 14 15 16 17",
                "18 19 20 21 22 23 24",
                "25 26 27 28 . . ."), weeks(february));
        assertEquals("/tin/2019/01/", february.previous().url());
        assertEquals("/tin/2019/03/", february.next().url());
    }

    @Test
    void eachMonthIsMadeOnceForAllItsPages() {
        assertSame(calendars.of(YearMonth.of(2019, 3)), calendars.of(YearMonth.of(2019, 3)));
        assertNull(calendars.of(null), "a site without notices has no calendar");
    }
}

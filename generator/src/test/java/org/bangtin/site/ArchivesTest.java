package org.bangtin.site;

import static org.bangtin.site.Notices.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;

import org.bangtin.config.ExpiredNotices;
import org.bangtin.config.FeedContent;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** The date archives of a fixed set of notices: which pages exist, their counts, order and links. */
class ArchivesTest {
    private final Diagnostics problems = new Diagnostics();

    /** Seven notices: three on 27/03/2019, one on 29/03/2019, one in May 2019, two in 2020. */
    private static final List<Notice> FIXTURE = List.of(
            notice("a.md", "Một", "2019-03-27", null, null),
            notice("b.md", "Hai", "2019-03-27", null, null),
            notice("c.md", "Ba", "2019-03-27", null, null),
            notice("d.md", "Bốn", "2019-03-29", null, null),
            notice("e.md", "Năm", "2019-05-02", null, null),
            notice("f.md", "Sáu", "2020-01-15", null, null),
            notice("g.md", "Bảy", "2020-12-31", null, null));

    private SitePlan plan(List<Notice> notices, int pageSize) {
        SiteConfig d = SiteConfig.defaults();
        SiteConfig config = new SiteConfig(d.title(), "", d.baseUrl(), "vi", d.timeZone(), pageSize, List.of(), List.of(),
                null, null, ExpiredNotices.MARK, FeedContent.SUMMARY);
        return new SitePlanner(config).plan(notices, problems);
    }

    private static List<ArchivePage> archives(SitePlan plan) {
        return plan.pages().stream().filter(ArchivePage.class::isInstance).map(ArchivePage.class::cast).toList();
    }

    private static String describe(ArchivePage page) {
        return page.path() + " " + page.count() + " [" + String.join(",", page.items().stream()
                .map(e -> e.notice().title()).toList()) + "] " + (page.previous() == null ? "-" : page.previous().path())
                + " " + (page.next() == null ? "-" : page.next().path());
    }

    /** Newest first; notices of the same time by file name, as everywhere in the site. */
    @Test
    void everyYearMonthAndDayWithNoticesHasAPageLinkingItsNeighbours() {
        List<String> pages = archives(plan(FIXTURE, 2)).stream().map(ArchivesTest::describe).toList();

        assertEquals(List.of(
                "/2019/ 5 [Năm,Bốn] - /2020/",
                "/2019/trang/2/ 5 [Một,Hai] - /2020/",
                "/2019/trang/3/ 5 [Ba] - /2020/",
                "/2020/ 2 [Bảy,Sáu] /2019/ -",
                "/2019/03/ 4 [Bốn,Một] - /2019/05/",
                "/2019/03/trang/2/ 4 [Hai,Ba] - /2019/05/",
                "/2019/05/ 1 [Năm] /2019/03/ /2020/01/",
                "/2020/01/ 1 [Sáu] /2019/05/ /2020/12/",
                "/2020/12/ 1 [Bảy] /2020/01/ -",
                "/2019/03/27/ 3 [Một,Hai] - /2019/03/29/",
                "/2019/03/27/trang/2/ 3 [Ba] - /2019/03/29/",
                "/2019/03/29/ 1 [Bốn] /2019/03/27/ /2019/05/02/",
                "/2019/05/02/ 1 [Năm] /2019/03/29/ /2020/01/15/",
                "/2020/01/15/ 1 [Sáu] /2019/05/02/ /2020/12/31/",
                "/2020/12/31/ 1 [Bảy] /2020/01/15/ -"), pages);
    }

    @Test
    void theArchiveIndexCountsEachYearAndMonthNewestFirst() {
        ArchiveIndexPage index = plan(FIXTURE, 10).pages().stream().filter(ArchiveIndexPage.class::isInstance)
                .map(ArchiveIndexPage.class::cast).findFirst().orElseThrow();

        assertEquals("/luu-tru/", index.path());
        assertEquals(List.of("/2020/ 2: /2020/12/ 1, /2020/01/ 1", "/2019/ 5: /2019/05/ 1, /2019/03/ 4"),
                index.years().stream().map(y -> y.year().path() + " " + y.count() + ": " + String.join(", ",
                        y.months().stream().map(m -> m.month().path() + " " + m.count()).toList())).toList());
    }

    @Test
    void theCalendarDataAnswersPerMonthWithoutScanningTheSite() {
        DateArchive archive = plan(FIXTURE, 10).archive();

        assertEquals(YearMonth.of(2020, 12), archive.latestMonth());
        assertEquals(YearMonth.of(2019, 5), archive.latestMonthOf(2019));
        assertEquals(YearMonth.of(2019, 3), archive.monthBefore(YearMonth.of(2019, 4)));
        assertEquals(YearMonth.of(2019, 5), archive.monthAfter(YearMonth.of(2019, 3)));
        assertNull(archive.monthBefore(YearMonth.of(2019, 3)));
        assertEquals("{2019-03-27=3, 2019-03-29=1}", archive.daysOf(YearMonth.of(2019, 3)).toString());
        assertEquals("{}", archive.daysOf(YearMonth.of(2019, 4)).toString());
    }

    @Test
    void addingANoticeChangesOnlyThePagesOfItsOwnPeriods() {
        List<String> before = archives(plan(FIXTURE, 2)).stream().map(ArchivesTest::describe).toList();
        List<Notice> more = new java.util.ArrayList<>(FIXTURE);
        more.add(notice("h.md", "Tám", "2020-06-01", null, null));
        List<String> after = archives(plan(more, 2)).stream().map(ArchivesTest::describe).toList();

        List<String> changed = before.stream().filter(p -> !after.contains(p)).toList();
        assertEquals(List.of("/2020/ 2 [Bảy,Sáu] /2019/ -", "/2020/01/ 1 [Sáu] /2019/05/ /2020/12/",
                "/2020/12/ 1 [Bảy] /2020/01/ -", "/2020/01/15/ 1 [Sáu] /2019/05/02/ /2020/12/31/",
                "/2020/12/31/ 1 [Bảy] /2020/01/15/ -"), changed, "only 2020's pages and the new month's neighbours change");
    }

    @Test
    void aSlugOfTwoDigitsCannotTakeADayPage() {
        plan(List.of(notice("a.md", "27", "2019-03-27", null, null), notice("b.md", "Thông báo", "2019-03-28", null, "28")), 10);
        SitePlan plan = plan(List.of(notice("a.md", "27", "2019-03-27", null, null)), 10);

        assertEquals("/2019/03/tin-27/", plan.notices().get(0).path());
        assertEquals(List.of("b.md:4: error: slug '28' would take the URL /2019/03/28/, which is the date archive of that day"),
                problems.sorted().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList());
    }
}

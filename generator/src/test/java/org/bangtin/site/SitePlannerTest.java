package org.bangtin.site;

import static org.bangtin.site.Notices.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bangtin.config.ExpiredNotices;
import org.bangtin.config.FeedContent;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class SitePlannerTest {
    private final Diagnostics problems = new Diagnostics();

    private SitePlan plan(List<Notice> notices, int pageSize) {
        SiteConfig defaults = SiteConfig.defaults();
        SiteConfig config = new SiteConfig(defaults.title(), "", defaults.baseUrl(), "vi", defaults.timeZone(), pageSize,
                List.of("Thông báo", "Kế hoạch"), List.of(), null, null, ExpiredNotices.MARK, FeedContent.SUMMARY);
        return new SitePlanner(config).plan(notices, problems);
    }

    @Test
    void noticesAreNewestFirstWithPrettyUrls() {
        SitePlan plan = plan(List.of(
                notice("a.md", "Kế hoạch số 925/KH-UBND", "2019-03-29", "Kế hoạch", null),
                notice("b.md", "Thông báo lịch tiếp công dân", "2020-01-02", "Thông báo", null),
                notice("c.md", "Đón Tết", "2019-12-31", null, null)), 10);

        assertEquals(List.of("/2020/01/thong-bao-lich-tiep-cong-dan/", "/2019/12/don-tet/", "/2019/03/ke-hoach-so-925-kh-ubnd/"),
                plan.notices().stream().map(NoticeEntry::path).toList());
    }

    @Test
    void noticePagesLinkTheirNewerAndOlderNeighbours() {
        SitePlan plan = plan(List.of(
                notice("a.md", "Một", "2019-01-01", null, null),
                notice("b.md", "Hai", "2019-02-01", null, null),
                notice("c.md", "Ba", "2019-03-01", null, null)), 10);
        List<NoticePage> pages = plan.pages().stream().filter(NoticePage.class::isInstance).map(NoticePage.class::cast).toList();

        NoticePage middle = pages.get(1);
        assertEquals("Hai", middle.entry().notice().title());
        assertEquals("Ba", middle.newer().notice().title());
        assertEquals("Một", middle.older().notice().title());
        assertNull(pages.get(0).newer());
        assertNull(pages.get(2).older());
    }

    @Test
    void categoriesFollowTheConfiguredOrderAndArePaginated() {
        SitePlan plan = plan(List.of(
                notice("a.md", "A", "2019-01-01", "Kế hoạch", null),
                notice("b.md", "B", "2019-01-02", "Kế hoạch", null),
                notice("c.md", "C", "2019-01-03", "Kế hoạch", null),
                notice("d.md", "D", "2019-01-04", "Y tế", null),
                notice("e.md", "E", "2019-01-05", "Thông báo", null)), 2);

        assertEquals(List.of("Thông báo", "Kế hoạch", "Y tế"), plan.categories().stream().map(Taxon::name).toList());
        List<String> listPaths = plan.pages().stream().filter(ListPage.class::isInstance).map(PageSpec::path).toList();
        assertTrue(listPaths.containsAll(List.of("/", "/trang/2/", "/trang/3/", "/chuyen-muc/ke-hoach/",
                "/chuyen-muc/ke-hoach/trang/2/", "/chuyen-muc/y-te/")), listPaths.toString());
        assertEquals(7, listPaths.size(), listPaths.toString());
    }

    @Test
    void tagsGroupSpellingsThatFoldAlike() {
        SitePlan plan = plan(List.of(
                notice("a.md", "A", "2019-01-01", null, null, "Bình đẳng giới"),
                notice("b.md", "B", "2019-01-02", null, null, "bình đẳng giới", "phụ nữ")), 10);

        assertEquals(List.of("/the/binh-dang-gioi/", "/the/phu-nu/"), plan.tags().stream().map(Taxon::path).toList());
        assertEquals(2, plan.tags().get(0).notices().size());
    }

    @Test
    void aDerivedUrlCollisionKeepsTheOlderNoticeAndWarnsNamingBothFiles() {
        SitePlan plan = plan(List.of(
                notice("z-new.md", "Lịch tiếp công dân", "2019-03-20", null, null),
                notice("a-old.md", "Lịch tiếp công dân", "2019-03-02", null, null)), 10);

        assertEquals(List.of("/2019/03/lich-tiep-cong-dan-2/", "/2019/03/lich-tiep-cong-dan/"),
                plan.notices().stream().map(NoticeEntry::path).toList());
        List<Diagnostic> reported = problems.sorted();
        assertEquals(1, reported.size());
        Diagnostic warning = reported.get(0);
        assertEquals("z-new.md", warning.file().toString());
        assertEquals(2, warning.line());
        assertTrue(warning.message().contains("a-old.md") && warning.message().contains("/2019/03/lich-tiep-cong-dan-2/"),
                warning.message());
        assertTrue(!warning.isError());
    }

    @Test
    void twoNoticesChoosingTheSameSlugIsAnError() {
        plan(List.of(
                notice("a.md", "A", "2019-03-02", null, "lich-tiep-dan"),
                notice("b.md", "B", "2019-03-20", null, "lich-tiep-dan")), 10);

        List<Diagnostic> reported = problems.sorted();
        assertEquals(1, reported.size());
        assertTrue(reported.get(0).isError());
        assertEquals("b.md:4", reported.get(0).location());
        assertTrue(reported.get(0).message().startsWith("duplicate URL /2019/03/lich-tiep-dan/: a.md"), reported.get(0).message());
    }

    @Test
    void anExplicitSlugWinsOverADerivedOne() {
        SitePlan plan = plan(List.of(
                notice("a.md", "Lịch tiếp dân", "2019-03-02", null, null),
                notice("b.md", "Khác", "2019-03-20", null, "lich-tiep-dan")), 10);

        assertEquals(List.of("/2019/03/lich-tiep-dan/", "/2019/03/lich-tiep-dan-2/"),
                plan.notices().stream().map(NoticeEntry::path).toList());
    }
}

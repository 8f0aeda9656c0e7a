package org.bangtin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.bangtin.config.ExpiredNotices;
import org.bangtin.config.FeedContent;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.StoredText;
import org.junit.jupiter.api.Test;

/** Scheduled and expired notices at the build's clock, and notices that replace others. */
class ValidityTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2024-06-01T08:00+07:00[Asia/Ho_Chi_Minh]");

    private final Diagnostics problems = new Diagnostics();

    private static Notice notice(String file, String title, String date, String publish, String expires, String replacedBy,
            String replaces) {
        Path source = Path.of("/content").resolve(file);
        return new Notice(source, Path.of(file), source.getParent(), title, time(date), null, null, null, List.of(), null,
                false, publish == null ? null : time(publish), expires == null ? null : time(expires), DocumentInfo.NONE,
                List.of(), null, replacedBy == null ? null : Path.of("/content").resolve(replacedBy),
                replaces == null ? null : Path.of("/content").resolve(replaces), Map.of(), StoredText.of(""), 8,
                Map.of("title", 2, "publish", 4, "expires", 5, "replacedBy", 6, "replaces", 7), List.of(), List.of());
    }

    private static ZonedDateTime time(String date) {
        return ZonedDateTime.parse(date + "T00:00+07:00[Asia/Ho_Chi_Minh]");
    }

    private SitePlan plan(ExpiredNotices policy, Notice... notices) {
        SiteConfig d = SiteConfig.defaults();
        SiteConfig config = new SiteConfig(d.title(), "", d.baseUrl(), "vi", d.timeZone(), 10, List.of(), List.of(), null,
                null, policy, FeedContent.SUMMARY);
        return new SitePlanner(config, NOW).plan(List.of(notices), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    private static List<String> home(SitePlan plan) {
        return plan.pages().stream().filter(p -> p instanceof ListPage l && l.kind() == ListPage.Kind.HOME)
                .flatMap(p -> ((ListPage) p).items().stream()).map(e -> e.notice().title()).toList();
    }

    private static List<String> feed(SitePlan plan) {
        return plan.feeds().get(0).entries().stream().map(e -> e.notice().title()).toList();
    }

    @Test
    void aNoticeToBePublishedLaterIsLeftOutAndReportedWithItsDate() {
        SitePlan plan = plan(ExpiredNotices.MARK, notice("a.md", "Đã đăng", "2024-05-01", "2024-05-31", null, null, null),
                notice("b.md", "Sắp đăng", "2024-05-20", "2024-06-02", null, null, null));

        assertEquals(List.of("Đã đăng"), plan.notices().stream().map(e -> e.notice().title()).toList());
        assertEquals(List.of("b.md:4: note: scheduled for 02/06/2024 00:00: not published in this build"), reported());
    }

    @Test
    void anExpiredNoticeIsMarkedAndLeavesTheHomePageAndFeedsButNotTheArchives() {
        SitePlan plan = plan(ExpiredNotices.MARK, notice("a.md", "Còn hiệu lực", "2024-05-01", null, "2024-12-31", null, null),
                notice("b.md", "Hết hiệu lực", "2024-05-20", null, "2024-06-01", null, null));

        NoticeEntry expired = plan.notices().get(0);
        assertTrue(plan.validity().isExpired(expired));
        assertFalse(plan.validity().isExpired(plan.notices().get(1)));
        assertEquals(List.of("Còn hiệu lực"), home(plan));
        assertEquals(List.of("Còn hiệu lực"), feed(plan));
        assertTrue(plan.pages().stream().anyMatch(p -> p.path().equals("/2024/05/20/")), "its day page stays");
        assertEquals(List.of(), reported());
    }

    @Test
    void keepListsExpiredNoticesEverywhereAndHideLeavesThemOut() {
        Notice current = notice("a.md", "Còn hiệu lực", "2024-05-01", null, null, null, null);
        Notice old = notice("b.md", "Hết hiệu lực", "2024-05-20", null, "2024-05-31", null, null);

        SitePlan kept = plan(ExpiredNotices.KEEP, current, old);
        assertEquals(List.of("Hết hiệu lực", "Còn hiệu lực"), home(kept));
        assertEquals(List.of("Hết hiệu lực", "Còn hiệu lực"), feed(kept));
        assertTrue(kept.validity().isExpired(kept.notices().get(0)));

        SitePlan hidden = plan(ExpiredNotices.HIDE, current, old);
        assertEquals(List.of("Còn hiệu lực"), hidden.notices().stream().map(e -> e.notice().title()).toList());
        assertEquals(List.of("b.md:5: note: expired on 31/05/2024 00:00: hidden, as site.yml says 'expired: hide'"),
                reported());
    }

    @Test
    void aReplacementIsLinkedBothWaysWhicheverNoticeNamesTheOther() {
        SitePlan plan = plan(ExpiredNotices.MARK,
                notice("old.md", "Lịch tiếp dân quý 1", "2024-01-02", null, null, "new.md", null),
                notice("new.md", "Lịch tiếp dân quý 2", "2024-04-01", null, null, null, null),
                notice("a.md", "Quyết định cũ", "2023-01-02", null, null, null, null),
                notice("b.md", "Quyết định mới", "2024-02-01", null, null, null, "a.md"));

        Map<String, NoticeEntry> byTitle = new java.util.HashMap<>();
        plan.notices().forEach(e -> byTitle.put(e.notice().title(), e));
        Validity validity = plan.validity();
        assertEquals("Lịch tiếp dân quý 2", validity.replacedBy(byTitle.get("Lịch tiếp dân quý 1")).notice().title());
        assertEquals(List.of("Lịch tiếp dân quý 1"), validity.replaces(byTitle.get("Lịch tiếp dân quý 2")).stream()
                .map(e -> e.notice().title()).toList());
        assertEquals("Quyết định mới", validity.replacedBy(byTitle.get("Quyết định cũ")).notice().title());
        assertEquals(List.of("Quyết định cũ"), validity.replaces(byTitle.get("Quyết định mới")).stream()
                .map(e -> e.notice().title()).toList());
        assertNull(validity.replacedBy(byTitle.get("Quyết định mới")));
        assertEquals(List.of(), reported());
    }

    @Test
    void twoNoticesReplacingEachOtherAreReported() {
        plan(ExpiredNotices.MARK, notice("a.md", "Cũ", "2024-01-02", null, null, "b.md", null),
                notice("b.md", "Mới", "2024-02-01", null, null, "a.md", null));

        assertEquals(List.of("b.md:6: warning: this notice and a.md each say they replace the other"), reported());
    }
}

package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken internal links and missing anchors in notices, found with their file and line. */
class LinkCheckTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", """
                        ## Mục một

                        [Lưu trữ](/tin/luu-tru/) và [mục một](#mục-một) và [tin B](b.md#noi-dung).

                        [Không có](/tin/2024/03/khong-co/)

                        [Mục thiếu](#muc-hai) và [năm thiếu](/tin/luu-tru/#nam-1999)

                        <p><a href="/tin/2023/">Năm 2023</a></p>

                        [Ngoài](/khac/)""")
                .notice("tin/b.md", "Tin B", "2024-03-28", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    private BuildResult build(boolean strict) {
        return SiteBuilder.create().build(BuildRequest.builder().contentDir(site().root())
                .outputDir(dir.resolve("out")).strict(strict).build());
    }

    private static List<String> reported(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void brokenLinksAndMissingAnchorsAreWarningsWithFileAndLine() {
        BuildResult result = build(false);

        assertTrue(result.succeeded());
        assertEquals(List.of(
                "tin/a.md:10: warning: broken link to /tin/2024/03/khong-co/: the site has no page or file at /2024/03/khong-co/",
                "tin/a.md:12: warning: missing anchor in link to #muc-hai: /2024/03/thong-bao/ has no element with id 'muc-hai'",
                "tin/a.md:12: warning: missing anchor in link to /tin/luu-tru/#nam-1999: /luu-tru/ has no element with id "
                        + "'nam-1999'",
                "tin/a.md:14: warning: broken link to /tin/2023/: the site has no page or file at /2023/",
                "tin/a.md:16: warning: broken link to /khac/: it is outside the site's base path /tin/"), reported(result));
        assertEquals("the notice's headings have the ids #mục-một", result.problems().get(1).hint());
        // Another page's ids, the nearest first (the rest are the theme's, and change with it).
        assertTrue(result.problems().get(2).hint().startsWith("the page's ids include #nam-2024, "),
                result.problems().get(2).hint());
    }

    @Test
    void aMissingAnchorIntoANoticeNamesItsHeadingsNearestFirstAndNotTheThemesIds() {
        TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Xem [mục hai](b.md#muc-hai).")
                .notice("tin/b.md", "Tin B", "2024-03-28", "author: \"Cái Dung\"\n",
                        "## Phụ lục\n\nMột.\n\n## Mục một\n\nHai.\n\n## Mục hai\n\nBa.");

        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(dir.resolve("content"))
                .outputDir(dir.resolve("out")).build());

        assertEquals(List.of("tin/a.md:6: warning: missing anchor in link to /2024/03/tin-b/#muc-hai: /2024/03/tin-b/ has"
                + " no element with id 'muc-hai'"), reported(result));
        assertEquals("the notice's headings have the ids #mục-hai, #mục-một, #phụ-lục", result.problems().get(0).hint());
    }

    @Test
    void strictBuildsFailOnThemAndKeepThePreviousOutput() {
        BuildResult result = build(true);

        assertFalse(result.succeeded());
        assertEquals(5, result.errorCount());
    }

    /**
     * A link to a notice not published yet is a warning that says why, not an error that stops
     * every other notice: the page shows the link's text alone, and the first build after the
     * notice's time links it. Raw HTML cannot be so changed, and stays an error.
     */
    @Test
    void aLinkToADraftOrAScheduledNoticeShowsItsTextUntilThatNoticeIsPublished() throws Exception {
        TestSites site = TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n",
                        "Xem [dự thảo](nhap.md) và [lịch *tháng 1*](hen.md).")
                .notice("tin/nhap.md", "Dự thảo", "2024-03-28", "author: \"Cái Dung\"\ndraft: true\n", "Nội dung.")
                .notice("tin/hen.md", "Lịch", "2024-03-28", "author: \"Cái Dung\"\npublish: 2099-01-01T07:00\n", "Nội dung.");
        Path out = dir.resolve("out");

        BuildResult before = SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root()).outputDir(out)
                .now(java.time.LocalDateTime.of(2098, 12, 31, 12, 0)).build());

        assertTrue(before.succeeded(), reported(before).toString());
        assertEquals(List.of(
                "tin/a.md:6: warning: link to 'hen.md', which is not published: it is scheduled for 01/01/2099 07:00"
                        + " ('publish'); the page shows the link's text without the link",
                "tin/a.md:6: warning: link to 'nhap.md', which is not published: it is a draft ('draft: true'); the page"
                        + " shows the link's text without the link"),
                reported(before).stream().filter(r -> r.startsWith("tin/a.md")).toList());
        org.jsoup.nodes.Element text = org.jsoup.Jsoup.parse(out.resolve("2024/03/thong-bao/index.html").toFile())
                .selectFirst(".notice-body p");
        assertEquals("<p>Xem dự thảo và lịch <em>tháng 1</em>.</p>", text.outerHtml());

        BuildResult after = SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root()).outputDir(out)
                .now(java.time.LocalDateTime.of(2099, 1, 1, 7, 0)).build());

        assertTrue(after.succeeded(), reported(after).toString());
        assertEquals("/2024/03/lich/", org.jsoup.Jsoup.parse(out.resolve("2024/03/thong-bao/index.html").toFile())
                .selectFirst(".notice-body p a").attr("href"));
    }

    @Test
    void aRawHtmlLinkToAScheduledNoticeIsAnError() {
        TestSites site = TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n",
                        "Xem <a href=\"hen.md\">lịch</a>.")
                .notice("tin/hen.md", "Lịch", "2024-03-28", "author: \"Cái Dung\"\npublish: 2099-01-01T07:00\n", "Nội dung.");

        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root())
                .outputDir(dir.resolve("out")).build());

        assertEquals(List.of(
                "tin/a.md:6: error: link to 'hen.md', which is not published: it is scheduled for 01/01/2099 07:00 ('publish')"),
                reported(result).stream().filter(r -> r.contains("error")).toList());
    }

    @Test
    void aBrokenLinkNamesThePageItMostLikelyMeant() {
        TestSites site = TestSites.at(dir.resolve("content"))
                .file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n",
                        "Xem [kế hoạch](/tin/2024/02/ke-hoach-925/) và [khác](/tin/2024/03/khong-co-gi/).")
                .notice("tin/b.md", "Kế hoạch số 925/KH-UBND về bình đẳng giới", "2024-03-28", "author: \"Cái Dung\"\n",
                        "Nội dung.");

        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root())
                .outputDir(dir.resolve("out")).build());

        assertEquals(List.of("did you mean /tin/2024/03/ke-hoach-so-925-kh-ubnd-ve-binh-dang-gioi/? notices live at"
                + " /<year>/<month>/<slug>/, or link to the notice's .md file", "check the address; notices live at"
                + " /<year>/<month>/<slug>/, or link to the notice's .md file"),
                result.problems().stream().filter(p -> p.message().startsWith("broken link")).map(p -> p.hint()).toList());
    }
}

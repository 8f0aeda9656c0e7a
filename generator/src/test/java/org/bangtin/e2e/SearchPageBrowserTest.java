package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page in a real browser, served by a plain static web server. */
class SearchPageBrowserTest {
    private static final String SEED = "/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/";

    @TempDir
    Path dir;

    private Path build(Path content) {
        Path site = dir.resolve("site");
        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(site).build());
        assertTrue(result.succeeded(), result.problems().toString());
        return site;
    }

    @Test
    void theHeaderBoxFindsTheGenderEqualityPlanFirstAndItsLinkOpensIt() throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        try (StaticServer server = new StaticServer(site)) {
            Document home = Jsoup.parse(HeadlessChromium.dom(server.url("/"), dir));
            Element box = home.selectFirst("header form[role=search]");
            assertEquals("/tim-kiem/", box.attr("action"));
            assertEquals("q", box.selectFirst("input[type=search]").attr("name"));

            // What the header box submits when a citizen types "binh dang gioi" and presses Enter.
            Document results = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=binh+dang+gioi"), dir));
            assertTrue(results.selectFirst(".search-status").text().matches("\\d+ kết quả"),
                    results.selectFirst(".search-status").text());
            Element first = results.selectFirst(".search-results li a");
            assertEquals(SEED, first.attr("href"));
            assertEquals("bình đẳng giới", String.join(" ", first.select("mark").eachText()));

            Document notice = Jsoup.parse(HeadlessChromium.dom(server.url(first.attr("href")), dir));
            assertEquals("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019", notice.selectFirst("h1").text());
        }
    }

    @Test
    void markupInATitleShowsAsTextAndOddQueriesDoNotBreakThePage() throws Exception {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "<img src=x onerror=alert(1)> thông báo", "2020-05-08", "", "Nội dung.")
                .notice("b.md", "Lịch tiếp công dân", "2020-05-07", "", "Nội dung khác.").root();
        Path site = build(content);
        try (StaticServer server = new StaticServer(site)) {
            Document results = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=onerror"), dir));
            Element list = results.selectFirst(".search-results");
            assertEquals(0, list.select("img").size(), list.outerHtml());
            assertEquals("<img src=x onerror=alert(1)> thông báo", list.selectFirst("li a").text());

            Document odd = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=.*%28%5B%3Cscript%3E"), dir));
            assertTrue(odd.selectFirst(".search-status").text().startsWith("Không tìm thấy tin nào"),
                    odd.selectFirst(".search-status").text());
            assertEquals(0, odd.select(".search-results script, .search-results li").size());
        }
    }
}

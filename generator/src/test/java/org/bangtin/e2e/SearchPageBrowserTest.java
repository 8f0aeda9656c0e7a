package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /**
     * Driven by Playwright (tools/js/search-typing.mjs): typing into the header box, Enter,
     * clicking the first result; then typing a prefix on the search page, results as one types.
     * Once from a server that answers range requests, once from one that sends whole files only.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void typingInTheHeaderBoxFindsThePlanAndClickingItOpensIt(boolean ranges) throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        Path script = ValidatorsTest.TOOLS.resolve("search-typing.mjs");
        assertTrue(Files.isDirectory(ValidatorsTest.TOOLS.resolve("node_modules/playwright-core")),
                "playwright-core is missing: run 'npm ci --prefix tools/js' (run-tests.sh does)");
        ValidatorsTest.Output output = ValidatorsTest.run(List.of("node", script.toString(), site.toString(),
                "binh dang gioi", "tiem chu", ranges ? "ranges" : "whole-files"), 180);
        assertEquals(0, output.exit(), output.text());
        String json = output.text().strip();
        assertTrue(json.contains("\"address\":\"/tim-kiem/?q=binh+dang+gioi\""), json);
        assertTrue(json.contains("\"first\":{\"title\":\"Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019\","
                + "\"href\":\"" + SEED + "\"}"), json);
        assertTrue(json.contains("\"opened\":\"Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019\""), json);
        assertTrue(json.matches("(?s).*\"live\":\\{\"address\":\"/tim-kiem/\\?q=tiem\\+chu\",\"status\":\"\\d+ kết quả\",\"first\":\"[^\"]*tiêm chủng.*"),
                json);
        assertEquals(ranges, !json.contains("\"partial\":0"), "parts of files read by range requests: " + json);
    }

    /**
     * Driven by Playwright (tools/js/search-revisit.mjs), on a phone's screen: typing "binh dang
     * gio" never says "no results" between words, Enter shows what typing showed (the last word
     * still the start of a word), and Back from the fifteenth result of a long list returns to it.
     */
    @Test
    void typingEnterAndBackShowTheSameResultsInThePlaceLeft() throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        ValidatorsTest.Output output = ValidatorsTest.run(List.of("node",
                ValidatorsTest.TOOLS.resolve("search-revisit.mjs").toString(), site.toString(), "binh dang gio", "nam"), 180);
        assertEquals(0, output.exit(), output.text());
        String json = output.text().strip();
        String typed = json.replaceFirst("(?s).*\"typed\":(\\{.*?\\]\\}).*", "$1");
        String entered = json.replaceFirst("(?s).*\"entered\":(\\{.*?\\]\\}).*", "$1");
        assertTrue(typed.contains("\"titles\":[\"Thực hiện công tác bình đẳng giới"), json);
        assertEquals(typed, entered, "Enter shows what typing showed");
        assertTrue(!json.contains("Không tìm thấy"), "no 'no results' while typing: " + json);
        int before = Integer.parseInt(json.replaceFirst("(?s).*\"before\":(\\d+).*", "$1"));
        int after = Integer.parseInt(json.replaceFirst("(?s).*\"after\":(\\d+).*", "$1"));
        assertTrue(before > 1000, "the fifteenth result is far down a phone's screen: " + json);
        assertTrue(Math.abs(after - before) < 50, "Back returns to the result left: " + json);
    }

    /**
     * Driven by Playwright (tools/js/search-old-browser.mjs): a browser from before 2018 (no
     * regular expressions of Unicode properties; then also no AbortController) is told that the
     * search cannot run here and offered a web search of the site with the words, and reads none of
     * the index; the page's first script parses as ES5. The old search scripts, in such a browser,
     * failed to parse and left the page blank.
     */
    @ParameterizedTest
    @ValueSource(strings = {"regexp", "no-abort"})
    void aBrowserFromBefore2018IsToldAndOfferedAWebSearch(String variant) throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        ValidatorsTest.Output output = ValidatorsTest.run(List.of("node",
                ValidatorsTest.TOOLS.resolve("search-old-browser.mjs").toString(), site.toString(), "bình đẳng giới",
                variant), 180);
        assertEquals(0, output.exit(), output.text());
        String json = output.text().strip();
        assertTrue(json.contains("\"es5\":true"), json);
        assertTrue(json.contains("\"status\":\"Trình duyệt này không dùng được chức năng tìm kiếm của trang;"
                + " hãy cập nhật trình duyệt. Tìm trên trang này bằng Google\""), json);
        assertTrue(json.contains("\"link\":\"https://www.google.com/search?q=site%3A127.0.0.1%3A"), json);
        assertTrue(json.contains("%20b%C3%ACnh%20%C4%91%E1%BA%B3ng%20gi%E1%BB%9Bi\""), json);
        assertTrue(json.contains("\"box\":\"bình đẳng giới\""), json);
        assertTrue(json.contains("\"ran\":false,\"index\":[]"), json);
    }

    /**
     * A query with a word no notice has shows the results of the others, and says which word it
     * left out; the category filter lists the categories in Vietnamese alphabetical order.
     */
    @Test
    void aWordFoundNowhereIsLeftOutAndNamed() throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        try (StaticServer server = new StaticServer(site)) {
            Document page = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=binh+dang+gioi+2099"), dir));
            String status = page.selectFirst(".search-status").text();
            assertTrue(status.matches("Không có tin nào có đủ các từ đã nhập; đây là \\d+ kết quả không có từ «2099»\\."),
                    status);
            assertEquals("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019",
                    page.selectFirst(".search-results li h2 a").text());
            List<String> categories = page.select("select[name=c] option").eachText();
            assertTrue(categories.indexOf("Kế hoạch") >= 0 && categories.indexOf("Kế hoạch") < categories.indexOf("Kinh tế"),
                    "the filter's categories in Vietnamese order: " + categories);

            Document none = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=xyzw+qqqv"), dir));
            assertTrue(none.selectFirst(".search-status").text().startsWith("Không tìm thấy tin nào"),
                    none.selectFirst(".search-status").text());
        }
    }

    /** A notice found through the words of its PDF says so, and shows the PDF's words around the match. */
    @Test
    void aResultFoundInAnAttachedPdfSaysSoAndShowsItsWords() throws Exception {
        Path site = build(Path.of(System.getProperty("bangtin.exampleSite", "../content")));
        try (StaticServer server = new StaticServer(site)) {
            Document results = Jsoup.parse(HeadlessChromium.dom(server.url("/tim-kiem/?q=xe+ep+rac+chuyen+dung"), dir));
            Element first = results.selectFirst(".search-results li");
            assertNotNull(first, results.outerHtml());
            assertEquals("Kế hoạch thu gom, vận chuyển và xử lý rác thải sinh hoạt năm 2024", first.selectFirst("h2 a").text());
            assertEquals("Tìm thấy trong tệp đính kèm: Kế hoạch số 312/KH-UBND ngày 15/5/2024 (bản ký số)",
                    first.selectFirst(".search-result-where").text());
            assertTrue(first.selectFirst(".excerpt").text().contains("hai xe ép rác chuyên dụng cho tuyến thu gom"),
                    first.selectFirst(".excerpt").text());
            List<String> marked = first.select(".excerpt mark").eachText();
            assertTrue(marked.containsAll(List.of("xe", "ép", "rác", "chuyên", "dụng")), marked.toString());
        }
    }

    @Test
    void markupInATitleShowsAsTextAndOddQueriesDoNotBreakThePage() throws Exception {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "<img src=x onerror=alert(1)> thông báo", "2020-05-08", "author: \"Cái Dung\"\n", "Nội dung.")
                .notice("b.md", "Lịch tiếp công dân", "2020-05-07", "author: \"Cái Dung\"\n", "Nội dung khác.").root();
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

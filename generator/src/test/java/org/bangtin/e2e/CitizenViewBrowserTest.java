package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site as a citizen sees it on a phone, in headless Chromium driven by
 * tools/js/citizen-view.mjs: each check names the part of its JSON output it reads.
 */
class CitizenViewBrowserTest {
    private static final String SEED_TITLE = "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019";
    private static final String CHI_THI = "https://phuxuan.example.gov.vn/2019/05/"
            + "chi-thi-ve-viec-tang-cuong-cac-bien-phap-cap-bach-phong-chong-benh-dich-ta-lon/chi-thi-03.pdf";

    @TempDir
    static Path dir;
    static String json;

    @BeforeAll
    static void look() throws Exception {
        Path site = dir.resolve("site");
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(site).build());
        assertTrue(result.succeeded(), result.problems().toString());
        // The example again, for https://phuxuan.example.gov.vn/tin-tuc, served from a folder holding tin-tuc/.
        Path underPath = dir.resolve("under-path");
        BuildResult sub = SiteBuilder.create().build(BuildRequest.builder().contentDir(content)
                .outputDir(underPath.resolve("tin-tuc")).baseUrl("https://phuxuan.example.gov.vn/tin-tuc").build());
        assertTrue(sub.succeeded(), sub.problems().toString());
        assertTrue(Files.isDirectory(ValidatorsTest.TOOLS.resolve("node_modules/playwright-core")),
                "playwright-core is missing: run 'npm ci --prefix tools/js' (run-tests.sh does)");
        ValidatorsTest.Output output = ValidatorsTest.run(List.of("node",
                ValidatorsTest.TOOLS.resolve("citizen-view.mjs").toString(), site.toString(), underPath.toString()), 240);
        assertEquals(0, output.exit(), output.text());
        json = output.text().strip();
    }

    private static void shows(String expected, String what) {
        assertTrue(json.contains(expected), what + ": expected " + expected + " in " + json);
    }

    @Test
    void aSharedAddressWithAYearShowsOnlyThatYearAndTheYearChosen() {
        shows("\"filteredByYear\":{\"unfiltered\":\"6 kết quả\",\"status\":\"5 kết quả\",\"box\":\"binh dang gioi\","
                + "\"year\":\"2019\",\"allOfTheYear\":true}", "?q=binh+dang+gioi&y=2019");
    }

    @Test
    void moreResultsComeTwentyAtATimeTheFirstNewOneFocusedAndBackKeepsThem() {
        shows("\"more\":{\"first\":{\"status\":\"Đang xem 20 trên 48 kết quả\",\"count\":20,\"more\":true,\"focused\":-1},"
                + "\"second\":{\"status\":\"Đang xem 40 trên 48 kết quả\",\"count\":40,\"more\":true,\"focused\":20},"
                + "\"back\":{\"status\":\"Đang xem 40 trên 48 kết quả\",\"count\":40,\"more\":true,\"focused\":-1}}",
                "'huyen', then 'Xem thêm kết quả', then a result and Back");
    }

    @Test
    void backAfterASecondSearchShowsTheFirstAndBackAgainLeavesTheSearch() {
        shows("\"history\":{\"afterEnter\":{\"address\":\"/tim-kiem/?q=tiem+chung\",\"box\":\"tiem chung\"},"
                + "\"afterBack\":{\"address\":\"/tim-kiem/?q=binh+dang+gioi\",\"box\":\"binh dang gioi\",\"first\":\""
                + SEED_TITLE + "\"},\"backAgain\":\"/\"}", "searched from the header, then typed and Enter, then Back twice");
    }

    @Test
    void excerptsAreCutBetweenWordsAndSaySo() {
        shows("\"ends\":true", "excerpts checked");
        assertFalse(json.contains("Whole\":false"), "an excerpt starts or ends within a word: " + json);
        assertFalse(json.contains("\"ends\":false"), "an excerpt cut without '…': " + json);
    }

    @Test
    void aBrowserWithoutDecompressionStreamFindsTheSame() {
        shows("\"withoutDecompressionStream\":{\"status\":\"6 kết quả\",\"first\":\"" + SEED_TITLE + "\",\"same\":true}",
                "search with DecompressionStream removed");
    }

    @Test
    void aBrowserThatCannotSearchKeepsTheQuerySaysSoAndOffersAWebSearch() {
        shows("\"cannotSearch\":{\"box\":\"binh dang gioi\",\"status\":\"Trình duyệt này không dùng được chức năng tìm kiếm "
                + "của trang; hãy cập nhật trình duyệt. Tìm trên trang này bằng Google\",\"filtersShown\":false,"
                + "\"link\":\"https://www.google.com/search?q=site%3A127.0.0.1%3A", "search with fetch removed");
        shows("%20binh%20dang%20gioi\"}", "the web search has the query");
        shows("\"withoutJavaScript\":{\"filtersShown\":false,\"moreShown\":false,", "search page without its scripts");
    }

    @Test
    void theCalendarAnswersADayWithoutNoticesBesideItsFormOnce() {
        shows("\"calendar\":{\"answers\":[\"Không có tin nào vào ngày 01/01/2000 hoặc trước đó.\"],\"live\":\"polite\","
                + "\"besideTheForm\":true}", "2000-01-01 asked twice");
    }

    @Test
    void aPrintedNoticeGivesWholeAddressesWithoutPreviewRelatedListOrDownloadWords() {
        shows("\"withText\":{\"attachment\":\"\\\" <" + CHI_THI + ">\\\"\",\"bodyLink\":\"\\\" <" + CHI_THI + ">\\\"\","
                + "\"preview\":false,\"related\":false,\"downloadWords\":false}", "the Chỉ thị printed");
        shows("\"pdfOnly\":{\"attachment\":\"\\\" <https://phuxuan.example.gov.vn/2024/05/", "a PDF-only notice printed");
        shows("\"bodyLink\":null,\"preview\":false,\"related\":false,\"downloadWords\":false}", "a PDF-only notice printed");
    }

    @Test
    void onAPhoneTheCategoryMenuFoldsSoTheNoticeTitleIsInTheFirstScreen() {
        // 740 px high: the title ends at 318 px, where it began at about 460 with four rows of categories
        // (422 with the site's tagline and the search box's label, which a phone now leaves out).
        shows("\"folded\":{\"titleBottom\":318,\"summary\":\"Chuyên mục\",\"linksShown\":0,\"links\":9}",
                "the seed notice at 360x740");
        shows("\"opened\":{\"titleBottom\":505,\"summary\":\"Chuyên mục\",\"linksShown\":9,\"links\":9,"
                + "\"focusedAfterTab\":\"Trang chủ\"}", "'Chuyên mục' opened with Enter, then Tab");
        shows("\"wide\":{\"titleBottom\":279,\"summary\":null,\"linksShown\":9,\"links\":9}", "at 1280 px: the whole menu");
    }

    @Test
    void aSearchPageReadsTheIndexMetadataOnce() {
        shows("\"metaRequests\":1,", "meta.bin requests for a shared address and a second search typed");
    }

    @Test
    void aNoticeOutOfForceIsLabelledInListsAndSearchResults() {
        String pair = "[\"- /2023/10/thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen/\","
                + "\"Hết hiệu lực /2023/04/thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen/\"]";
        shows("\"expired\":{\"list\":" + pair + ",\"search\":" + pair + "}", "two notices of one title, one replaced");
    }

    @Test
    void withoutJavaScriptTheCalendarOffersTheArchiveOfMonthsNotADateFieldThatCannotAnswer() {
        shows("\"calendar\":{\"dateFieldShown\":false,\"archiveLink\":\"Toàn bộ lưu trữ tin\","
                + "\"months\":[\"Tháng 12/2024 /2024/12/\",\"Tháng 10/2024 /2024/10/\"]}", "the home page without its scripts");
    }

    @Test
    void aSiteUnderAPathOffersAWebSearchOfThatPath() {
        shows("\"webSearchUnderPath\":\"site:HOST/tin-tuc tiem chung\"", "/tin-tuc/tim-kiem/ with fetch removed");
    }

    @Test
    void theIconExists() {
        shows("\"favicon\":{\"status\":200,", "the page's icon");
    }
}

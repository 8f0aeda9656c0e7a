package org.bangtin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the example site in content/ and reads its pages as a visitor's browser would. */
class ExampleSiteTest {
    /** Notices of the example whose 'expires' has passed: marked, and left off the home page. */
    private static final int EXPIRED = 1;
    private static final String SEED = "2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/";

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        site = dir.resolve("site");
        result = SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(site).build());
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://phuxuan.example.gov.vn/" + path);
    }

    @Test
    void theExampleSiteBuildsWithoutProblems() {
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of(), result.problems());
        assertTrue(result.notices() >= 41, "notices: " + result.notices());
    }

    @Test
    void aNoticeShowsWhenItWasPostedAndWhenUpdatedOnlyIfItWas() throws IOException {
        assertEquals("Ngày đăng 10/05/2019 · Cập nhật 14/05/2019",
                page("2019/05/chi-thi-ve-viec-tang-cuong-cac-bien-phap-cap-bach-phong-chong-benh-dich-ta-lon/")
                        .selectFirst(".notice-dates").text());
        assertEquals("Ngày đăng 29/03/2019", page(SEED).selectFirst(".notice-dates").text());
    }

    @Test
    void theFootersPhoneAndEmailOpenThePhonesAppsAndItsTextStaysEscaped() throws IOException {
        Element address = page(SEED).selectFirst(".site-footer address");
        assertEquals(List.of("tel:+842003812345", "mailto:ubnd@phuxuan.example.gov.vn"),
                address.select("a").eachAttr("href"));
        assertEquals(List.of("0200 3 812 345", "ubnd@phuxuan.example.gov.vn"), address.select("a").eachText());
        assertTrue(address.text().startsWith("Cơ quan chủ quản: Ủy ban nhân dân huyện Phú Xuân Địa chỉ: Số 02 đường"),
                address.text());
    }

    @Test
    void theCategoryAndTagFoldersListEveryCategoryAndTag() throws IOException {
        Document categories = page("chuyen-muc/");
        assertEquals("Tất cả chuyên mục", categories.selectFirst("main h1").text());
        List<String> names = categories.select("main .taxon-list a").eachText();
        assertEquals(List.of("Thông báo", "Chỉ đạo điều hành", "Kế hoạch", "Kinh tế", "Nông nghiệp", "Văn hóa - Xã hội",
                "Giáo dục", "Y tế"), names, "in site.yml's order");
        assertEquals("Giáo dục (7 tin)", categories.select("main .taxon-list li").get(6).text());
        assertEquals("/chuyen-muc/giao-duc/", categories.select("main .taxon-list a").get(6).attr("href"));

        Document tags = page("the/");
        assertEquals("Tất cả các thẻ", tags.selectFirst("main h1").text());
        assertTrue(tags.select("main .taxon-list li").eachText().contains("bình đẳng giới (5 tin)"),
                tags.select("main .taxon-list li").eachText().toString());
        for (String href : tags.select("main .taxon-list a").eachAttr("href")) {
            assertTrue(Files.isRegularFile(site.resolve(href.substring(1) + "index.html")), href);
        }
    }

    @Test
    void laterPagesOfTheHomeListAreTitledWithTheirNumber() throws IOException {
        Document first = page("");
        Document second = page("trang/2/");
        assertEquals("Cổng thông tin điện tử huyện Phú Xuân", first.title());
        assertEquals("Tin mới – Trang 2 – Cổng thông tin điện tử huyện Phú Xuân", second.title());
        assertEquals(2, first.select("header [aria-current=page]").size(), "the site's name and 'Trang chủ'");
        assertEquals(0, second.select("header [aria-current=page]").size(), "page 2 is not the home page itself");
    }

    @Test
    void searchLandmarksHaveDistinctNamesAndPagesLinkTheIcon() throws IOException {
        for (String path : List.of("tim-kiem/", "404.html", "")) {
            List<String> names = page(path).select("[role=search]").eachAttr("aria-label");
            assertEquals(names.size(), names.stream().distinct().filter(n -> !n.isBlank()).count(), path + ": " + names);
        }
        assertEquals(List.of("Tìm kiếm trong trang web", "Tìm kiếm tin theo từ khóa và bộ lọc"),
                page("tim-kiem/").select("[role=search]").eachAttr("aria-label"));
        assertTrue(page("").selectFirst("link[rel=icon]").attr("href").startsWith("/favicon.ico?v="));
        assertTrue(Files.size(site.resolve("favicon.ico")) < 1024, "a tiny icon");
    }

    @Test
    void theSeedNoticeShowsWhatThePortalShowed() throws IOException {
        Document page = page(SEED);

        assertEquals("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019", page.selectFirst("h1").text());
        assertEquals("Ngày đăng 29/03/2019", page.selectFirst(".notice-dates").text());
        assertEquals("Cái Dung", page.selectFirst(".byline").ownText());
        assertEquals("925/KH-UBND", page.selectFirst(".doc-number").text());
        assertEquals("27/03/2019", page.selectFirst(".doc-issued").text());
        Element category = page.selectFirst(".notice-category a");
        assertEquals("Kế hoạch", category.text());
        assertEquals("/chuyen-muc/ke-hoach/", category.attr("href"));
        assertTrue(Files.exists(site.resolve("chuyen-muc/ke-hoach/index.html")));
        assertTrue(page.selectFirst(".notice-body").text().contains("Tháng hành động về bình đẳng giới"));
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertEquals("Tìm kiếm tin tức", page.selectFirst("label[for]").text());
    }

    @Test
    void theSeedNoticeLinksItsNeighboursBothWays() throws IOException {
        Document page = page(SEED);
        String newer = page.selectFirst(".pager-newer a").attr("href");
        String older = page.selectFirst(".pager-older a").attr("href");

        Document newerPage = page(newer.substring(1));
        Document olderPage = page(older.substring(1));
        assertEquals("/" + SEED, olderPage.selectFirst(".pager-newer a").attr("href"));
        assertEquals("/" + SEED, newerPage.selectFirst(".pager-older a").attr("href"));
    }

    @Test
    void theSeedNoticeOffersItsSignedPdf() throws IOException {
        Element link = page(SEED).selectFirst(".attachments a");
        assertNotNull(link);
        Path pdf = site.resolve(link.attr("href").substring(1));
        assertTrue(Files.size(pdf) > 0);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(link.text().contains("PDF"), link.text());
    }

    /** The waste collection plan is a title and its signed PDF: its page shows the PDF's first page. */
    @Test
    void aNoticeThatIsOnlyItsPdfShowsItsFirstPage() throws IOException {
        Document plan = page("2024/05/ke-hoach-thu-gom-van-chuyen-va-xu-ly-rac-thai-sinh-hoat-nam-2024/");
        Element image = plan.selectFirst("figure.notice-document img");
        assertNotNull(image, plan.outerHtml());
        assertTrue(Files.size(site.resolve(image.attr("src").substring(1))) > 0);
        assertEquals("Kế hoạch số 312/KH-UBND ngày 15/5/2024 (bản ký số) (Tải về PDF, 19 KB, 2 trang)",
                plan.selectFirst(".attachments a[download]").text());
        assertEquals(7, result.pdfs().pdfs());
        assertEquals(java.util.List.of(), result.pdfs().withoutText());
    }

    @Test
    void theHomePageListsTheNewestNoticesFirst() throws IOException {
        List<OffsetDateTime> dates = new ArrayList<>();
        String listPage = "";
        while (listPage != null) {
            Document list = page(listPage);
            list.select(".notice-item time").forEach(t -> dates.add(OffsetDateTime.parse(t.attr("datetime"))));
            Element older = list.selectFirst(".pagination-older a");
            listPage = older == null ? null : older.attr("href").substring(1);
        }
        assertEquals(result.notices() - EXPIRED, dates.size(),
                "following 'Trang sau' from the home page lists every notice in force once");
        List<OffsetDateTime> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertEquals(newestNoticeDate(), dates.get(0));
        assertEquals(10, page("").select(".notice-item").size());
        assertEquals("/trang/2/", page("").selectFirst(".pagination-older a").attr("href"));
    }

    @Test
    void theThemesStyleAndScriptsAreAddressedByAVersionOfTheirBytes() throws Exception {
        java.util.Map<String, String> addresses = new java.util.TreeMap<>();
        for (String path : List.of("", "tim-kiem/", SEED)) {
            for (Element e : page(path).select("link[rel=stylesheet], link[rel=preload], script[src]")) {
                addresses.put(e.hasAttr("src") ? e.attr("src") : e.attr("href"), path);
            }
            // The search page's scripts, loaded by search-start.js where the browser can run them.
            for (Element e : page(path).select("[data-scripts]")) {
                List.of(e.attr("data-scripts").split(" ")).forEach(a -> addresses.put(a, path));
            }
        }
        assertEquals(List.of("/css/site.css", "/js/calendar.js", "/js/search-engine.js", "/js/search-start.js", "/js/search-ui.js"),
                addresses.keySet().stream().map(a -> a.replaceAll("\\?.*", "")).toList());
        for (String address : addresses.keySet()) {
            String file = address.substring(1, address.indexOf('?'));
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(site.resolve(file)));
            assertEquals(file + "?v=" + java.util.HexFormat.of().formatHex(hash).substring(0, 10), address.substring(1),
                    "the version is the start of the file's SHA-256, so a changed file gets a new address");
        }
    }

    @Test
    void anExpiredScheduleIsMarkedAndLinksToTheOneThatReplacedIt() throws IOException {
        Document old = page("2023/04/thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen/");
        assertEquals("Hết hiệu lực – văn bản không còn hiệu lực từ ngày 01/07/2023", old.selectFirst(".notice-expired").text());
        String replacement = old.selectFirst(".notice-replaced-by a").attr("href");
        assertEquals("/2023/10/thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen/", replacement);
        assertEquals("/2023/04/thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen/",
                page(replacement.substring(1)).selectFirst(".notice-replaces a").attr("href"));
    }

    @Test
    void theDayOfTheSeedNoticeHasItsArchivePageAndCalendarLink() throws IOException {
        Document day = page("2019/03/29/");
        assertEquals("/" + SEED, day.selectFirst(".notice-item h2 a").attr("href"));
        assertEquals("/2019/03/29/", page(SEED).selectFirst(".calendar a[aria-current=date]").attr("href"));
        assertEquals("Lưu trữ tin theo thời gian", page("luu-tru/").selectFirst("h1").text());
    }

    @Test
    void everyInternalLinkLeadsToAPublishedFile() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile());
                for (Element link : page.select("a[href^=/], link[href^=/], img[src^=/]")) {
                    String target = java.net.URLDecoder.decode(link.hasAttr("src") ? link.attr("src") : link.attr("href"),
                            java.nio.charset.StandardCharsets.UTF_8).replaceAll("[#?].*", "");
                    Path resolved = site.resolve(target.substring(1));
                    boolean exists = target.endsWith("/") ? Files.exists(resolved.resolve("index.html")) : Files.exists(resolved);
                    if (!exists && !target.startsWith("/tim-kiem/")) {
                        broken.add(site.relativize(file) + " -> " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The latest 'date:' among the example's published notices, read from the sources themselves. */
    private static OffsetDateTime newestNoticeDate() {
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        org.bangtin.diag.Diagnostics problems = new org.bangtin.diag.Diagnostics();
        try {
            return new org.bangtin.content.ContentLoader(content, org.bangtin.config.SiteConfigReader.read(content, problems), false)
                    .load(problems).stream().map(n -> n.date().toOffsetDateTime())
                    .max(java.util.Comparator.naturalOrder()).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

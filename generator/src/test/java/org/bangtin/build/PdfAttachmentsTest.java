package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.bangtin.BuildResult;
import org.bangtin.OutputSnapshot;
import org.bangtin.PdfSummary;
import org.bangtin.TestPdfs;
import org.bangtin.TestSites;
import org.bangtin.search.SearchQuery;
import org.bangtin.search.Searcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices whose content is a signed PDF: the page lists each file with its type, size, page count
 * and first page; a notice without a body shows that page large; PDFs readers cannot open and
 * files too large are warned about; an unchanged PDF is not read twice.
 */
class PdfAttachmentsTest {
    static final String PLAN_TEXT = "KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024. Tổ chức diễn tập"
            + " sơ tán dân cư vùng trũng thấp ven sông Hương trước mùa mưa bão; kiểm tra hồ đập thủy lợi.";
    private static final String AUTHOR = "author: \"Cái Dung\"\n";
    static final String PLAN_FILE = "Kế hoạch 57 phòng chống thiên tai.pdf";

    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .bytes("tin/kh57/" + PLAN_FILE, TestPdfs.text(PLAN_TEXT))
                .file("tin/kh57/index.md", "---\ntitle: \"Kế hoạch số 57/KH-UBND\"\ndate: 2024-04-02\nauthor: \"Cái Dung\"\nattachments:\n"
                        + "  - file: \"" + PLAN_FILE + "\"\n    title: \"Kế hoạch số 57/KH-UBND (bản ký số)\"\n---\n")
                .bytes("tin/bc/bao-cao.pdf", TestPdfs.text("Báo cáo trang một.", "Báo cáo trang hai.", "Báo cáo trang ba."))
                .notice("tin/bc/index.md", "Báo cáo kết quả quý I", "2024-04-01", AUTHOR + "attachments: [bao-cao.pdf]\n",
                        "UBND xã báo cáo kết quả thực hiện nhiệm vụ quý I.")
                .bytes("tin/scan/qd-12.pdf", TestPdfs.scan())
                .notice("tin/scan/index.md", "Quyết định số 12/QĐ-UBND", "2024-03-30", AUTHOR + "attachments: [qd-12.pdf]\n", "")
                .bytes("tin/khoa/mat.pdf", TestPdfs.encrypted("Danh sách hộ nghèo năm 2024."))
                .notice("tin/khoa/index.md", "Danh sách hộ nghèo", "2024-03-29", AUTHOR + "attachments: [mat.pdf]\n", "Xem tệp đính kèm.")
                .bytes("tin/hong/hong.pdf", TestPdfs.corrupt())
                .notice("tin/hong/index.md", "Thông báo tuyển dụng", "2024-03-28", AUTHOR + "attachments:\n  - hong.pdf\n",
                        "Xem tệp đính kèm.");
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path + "index.html").toFile(), "UTF-8");
    }

    private static List<String> problems(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void eachAttachmentIsListedWithTypeSizePagesPreviewAndBothLinks() throws IOException {
        BuildResult result = site().build(dir.resolve("out"));
        assertTrue(result.succeeded(), problems(result).toString());

        Element item = page(dir.resolve("out"), "2024/04/bao-cao-ket-qua-quy-i/").selectFirst(".attachments li");
        assertEquals("bao-cao.pdf (Tải về PDF, 7 KB, 3 trang)", item.selectFirst("a[download]").text());
        Element open = item.selectFirst("a.file-open");
        assertEquals("Mở", open.text());
        assertEquals("/tin/2024/04/bao-cao-ket-qua-quy-i/bao-cao.pdf", open.attr("href"));
        assertFalse(open.hasAttr("download"));
        Element preview = item.selectFirst("img.file-preview");
        assertEquals("lazy", preview.attr("loading"));
        assertEquals("240", preview.attr("width"));
        assertEquals("339", preview.attr("height"));
        assertEquals("Trang đầu của tệp bao-cao.pdf", preview.attr("alt"));
        BufferedImage png = ImageIO.read(dir.resolve("out").resolve(preview.attr("src").substring("/tin/".length())).toFile());
        assertEquals(480, png.getWidth());
        assertEquals(678, png.getHeight());
        assertNotNull(page(dir.resolve("out"), "2024/04/bao-cao-ket-qua-quy-i/").selectFirst(".notice-body"));
        assertEquals("https://phuloc.example.gov.vn" + preview.attr("src"), page(dir.resolve("out"),
                "2024/04/bao-cao-ket-qua-quy-i/").selectFirst("meta[property=og:image]").attr("content"),
                "the first page stands for the notice where its link is shared");
        assertNull(page(dir.resolve("out"), "2024/03/thong-bao-tuyen-dung/").selectFirst("meta[property=og:image]"),
                "a PDF that does not open has no picture to share");
    }

    @Test
    void aNoticeThatIsOnlyItsPdfShowsTheFirstPageInsteadOfAnEmptyArticle() throws IOException {
        BuildResult result = site().build(dir.resolve("out"));
        assertTrue(result.succeeded(), problems(result).toString());

        Document plan = page(dir.resolve("out"), "2024/04/ke-hoach-so-57-kh-ubnd/");
        assertNull(plan.selectFirst(".notice-body"));
        Element figure = plan.selectFirst("figure.notice-document");
        Element image = figure.selectFirst("img");
        assertEquals("480", image.attr("width"));
        assertEquals("678", image.attr("height"));
        assertEquals("Trang đầu của tệp Kế hoạch số 57/KH-UBND (bản ký số)", image.attr("alt"));
        assertTrue(figure.selectFirst("figcaption").text().startsWith("Kế hoạch số 57/KH-UBND (bản ký số) (PDF, "),
                figure.text());
        assertTrue(figure.selectFirst("figcaption").text().endsWith("1 trang) Mở Tải về"), figure.text());
        // A scan has a first page too.
        assertNotNull(page(dir.resolve("out"), "2024/03/quyet-dinh-so-12-qd-ubnd/").selectFirst("figure.notice-document img"));
    }

    @Test
    void fileNamesWithSpacesAndVietnameseLettersArePercentEncodedAndPublishedUnderThatName() throws IOException {
        // Saved decomposed, as macOS and some editors do: published composed, as the link asks for it.
        String decomposed = Normalizer.normalize("Tờ trình số 3.pdf", Normalizer.Form.NFD);
        site().bytes("tin/tt/" + decomposed, TestPdfs.text("Tờ trình về việc sửa chữa trường mầm non Phú Lộc."))
                .notice("tin/tt/index.md", "Tờ trình số 3", "2024-04-03", AUTHOR + "attachments: [\"" + decomposed + "\"]\n", "Nội dung.");
        BuildResult result = TestSites.at(dir.resolve("content")).build(dir.resolve("out"));
        assertTrue(result.succeeded(), problems(result).toString());

        Document plan = page(dir.resolve("out"), "2024/04/ke-hoach-so-57-kh-ubnd/");
        String href = plan.selectFirst(".attachments a[download]").attr("href");
        assertEquals("/tin/2024/04/ke-hoach-so-57-kh-ubnd/K%E1%BA%BF%20ho%E1%BA%A1ch%2057%20ph%C3%B2ng%20ch%E1%BB%91ng%20thi%C3%AAn%20tai.pdf",
                href);
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(URLDecoder.decode(href.substring("/tin/".length()).replace("+", "%2B"),
                StandardCharsets.UTF_8))));
        String composed = page(dir.resolve("out"), "2024/04/to-trinh-so-3/").selectFirst(".attachments a[download]").attr("href");
        assertEquals("/tin/2024/04/to-trinh-so-3/T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%203.pdf", composed);
        assertTrue(Files.isRegularFile(dir.resolve("out/2024/04/to-trinh-so-3/Tờ trình số 3.pdf")));
    }

    @Test
    void lockedAndDamagedPdfsAreWarningsAndScansAreCountedInTheSummary() {
        BuildResult result = site().build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        List<String> problems = problems(result);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("tin/hong/index.md:6: warning: attachment 'tin/hong/hong.pdf' cannot be read"
                + " as a PDF ("), problems.get(0));
        assertTrue(problems.get(0).endsWith("): it is published as it is, without preview or page count, and its text is"
                + " not searchable"), problems.get(0));
        assertEquals("tin/khoa/index.md:5: warning: attachment 'tin/khoa/mat.pdf' is locked with a password: readers"
                + " cannot open it, and its text is not searchable", problems.get(1));
        assertEquals(new PdfSummary(5, 5, 0, List.of("tin/scan/qd-12.pdf")), result.pdfs());
        assertEquals("5 PDFs, 5 pages; 1 without a text layer, found by title and details only: tin/scan/qd-12.pdf",
                result.pdfs().line());
    }

    @Test
    void aPdfCutShortIsWarnedAboutAsDamagedAndListedWithoutAPageCount() throws IOException {
        BuildResult result = site().bytes("tin/cut/ke-hoach.pdf", TestPdfs.cutShort())
                .notice("tin/cut/index.md", "Kế hoạch thu gom rác", "2024-04-06", AUTHOR + "attachments: [ke-hoach.pdf]\n",
                        "Xem tệp đính kèm.").build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        assertTrue(problems(result).contains("tin/cut/index.md:5: warning: attachment 'tin/cut/ke-hoach.pdf' looks damaged"
                + " (it ends early, as a file does when its download or copy was cut short: its end-of-file mark (%%EOF)"
                + " is missing): readers may not be able to open it; it is published as it is, without preview or page"
                + " count, and its text is not searchable"), problems(result).toString());
        Element item = page(dir.resolve("out"), "2024/04/ke-hoach-thu-gom-rac/").selectFirst(".attachments li");
        assertEquals("ke-hoach.pdf (Tải về PDF, 120 B)", item.selectFirst("a[download]").text());
        assertNull(item.selectFirst("img.file-preview"));
        assertEquals(List.of("tin/scan/qd-12.pdf"), result.pdfs().withoutText());
        assertEquals(5, result.pdfs().pages());
    }

    @Test
    void aDocumentLeftNextToANoticeKeptAsAFolderIsWarnedAboutByName() {
        BuildResult result = site().bytes("tin/kh/ke-hoach.pdf", TestPdfs.text(PLAN_TEXT))
                .bytes("tin/kh/so-do.PNG", new byte[] {1})
                .bytes("tin/kh/ban-do.png", new byte[] {2})
                .bytes("tin/kh/.ke-hoach.pdf.swp", new byte[] {3})
                .file("tin/kh/ghi-chu.txt", "ghi chú riêng")
                .notice("tin/kh/index.md", "Kế hoạch thu gom rác", "2024-04-06", AUTHOR, "Xem tệp đính kèm. ![Bản đồ](ban-do.png)")
                // A folder of many notices shares its files: one of them may be meant for none.
                .bytes("tin/chung/mau-don.pdf", TestPdfs.text("Mẫu đơn."))
                .notice("tin/chung/tb.md", "Thông báo chung", "2024-04-07", AUTHOR, "Nội dung.")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        List<String> leftOut = result.problems().stream().filter(d -> d.message().contains("next to the notice"))
                .map(d -> d.location() + ": " + d.message() + " | " + d.hint()).toList();
        assertEquals(List.of(
                "tin/kh/index.md:1: 'tin/kh/ke-hoach.pdf' is next to the notice but neither listed in 'attachments' nor linked,"
                        + " so it is not published | add it to 'attachments' (attachments: [\"ke-hoach.pdf\"]) or link it in"
                        + " the text; or move it out of the notice's folder",
                "tin/kh/index.md:1: 'tin/kh/so-do.PNG' is next to the notice but neither listed in 'attachments' nor linked,"
                        + " so it is not published | add it to 'attachments' (attachments: [\"so-do.PNG\"]) or link it in"
                        + " the text; or move it out of the notice's folder"), leftOut);
        assertFalse(Files.exists(dir.resolve("out/2024/04/ke-hoach-thu-gom-rac/ke-hoach.pdf")));
    }

    @Test
    void aMissingAttachmentIsAnErrorAtItsLine() {
        BuildResult result = site().notice("tin/thieu.md", "Thiếu tệp", "2024-04-05",
                AUTHOR + "attachments:\n  - file: \"ke-hoach-58.pdf\"\n", "").build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertTrue(problems(result).contains("tin/thieu.md:6: error: attachment 'ke-hoach-58.pdf' not found (looked for"
                + " tin/ke-hoach-58.pdf)"), problems(result).toString());
    }

    @Test
    void filesLargerThanTheSiteLimitAreWarnedAbout() {
        BuildResult result = site().file("site.yml", "title: \"UBND xã Phú Lộc\"\nattachmentWarnSize: 1\n")
                .bytes("tin/lon/bang-tinh.xlsx", new byte[1_600_000])
                .notice("tin/lon/index.md", "Bảng tổng hợp", "2024-04-04", AUTHOR + "attachments: [bang-tinh.xlsx]\n", "Nội dung.")
                .build(dir.resolve("out"));

        assertTrue(problems(result).contains("tin/lon/index.md:5: warning: attachment 'tin/lon/bang-tinh.xlsx' is 1.5 MB,"
                + " more than the 1.0 MB set by 'attachmentWarnSize': slow to download on a phone"), problems(result).toString());
    }

    @Test
    void aSecondBuildTakesEveryPdfFromTheCacheAndWritesTheSameBytes() throws IOException {
        TestSites site = site();
        BuildResult first = site.build(dir.resolve("out1"));
        BuildResult second = site.build(dir.resolve("out2"));

        assertEquals(0, first.pdfs().reused());
        assertEquals(5, second.pdfs().reused());
        assertEquals(withoutLucene(OutputSnapshot.of(dir.resolve("out1"))), withoutLucene(OutputSnapshot.of(dir.resolve("out2"))));
        assertTrue(Files.isDirectory(dir.resolve("content/target/bangtin-cache")));
    }

    @Test
    void whatTheCacheHoldsIsUsedInsteadOfReadingThePdfAgain() throws IOException {
        TestSites site = site();
        site.build(dir.resolve("out"));
        // Stand-in text in the cache entry of the plan: the next build must take it from there.
        Path cached;
        try (var files = Files.walk(dir.resolve("content/target/bangtin-cache"))) {
            cached = files.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> readUnchecked(f).equals(PLAN_TEXT)).findFirst().orElseThrow();
        }
        Files.writeString(cached, "văn bản trong bộ nhớ đệm");
        assertTrue(site.build(dir.resolve("out")).succeeded());

        try (Searcher searcher = Searcher.open(dir.resolve("out/search/index"))) {
            Searcher.Results found = searcher.search(SearchQuery.parse("bộ nhớ đệm", false), 10);
            assertEquals(1, found.total());
            assertEquals("/tin/2024/04/ke-hoach-so-57-kh-ubnd/", searcher.shown(found.hits().get(0).doc()).url());
            assertEquals(0, searcher.search(SearchQuery.parse("sông Hương", false), 10).total());
        }
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> withoutLucene(Map<String, String> files) {
        files.keySet().removeIf(path -> path.startsWith("search/index/"));
        return files;
    }
}

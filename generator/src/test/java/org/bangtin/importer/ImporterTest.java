package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bangtin import} over saved pages in the layouts of Vietnamese portals: the seed page (an
 * ASP.NET portal, the whole page in one form, chrome around the notice), a SharePoint-like page
 * with lists, a table, an image and attachments, an old table-layout page, a broken page, and
 * pages that are not articles.
 */
class ImporterTest {
    private static final Path PORTAL = Path.of("src/test/resources/import/portal");
    private static final String SEED = "2019/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019.md";

    @TempDir
    Path out;
    private ImportReport report;

    @BeforeEach
    void importThePortal() throws IOException {
        report = new Importer(ProfileReader.defaults()).run(List.of(PORTAL), out);
    }

    private String read(String notice) throws IOException {
        return Files.readString(out.resolve(notice));
    }

    @Test
    void theSeedPageBecomesTheNoticeWithoutItsChrome() throws IOException {
        assertEquals("""
                ---
                title: "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019"
                date: 2019-03-29
                author: "Cái Dung"
                number: "925/KH-UBND"
                type: "Kế hoạch"
                issued: 2019-03-27
                aliases:
                  - "/tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html"
                ---

                **Ngày 27/3/2019 UBND huyện đã ban hành Kế hoạch số 925/KH-UBND về thực hiện công tác bình đẳng giới và vì \
                sự tiến bộ của phụ nữ năm 2019**

                Mục đích của Kế hoạch nhằm nâng cao nhận thức của chính bản thân người phụ nữ và của mọi tầng lớp nhân dân về \
                bình đẳng giới và vì sự tiến bộ của phụ nữ (BĐG và VSTBCPN); tiến đến thúc đẩy toàn xã hội thay đổi hành vi \
                thực hiện bình đẳng giới, giảm khoảng cách giới và nâng cao vai trò, vị thế của phụ nữ trong một số lĩnh vực, \
                ngành, địa phương. Tăng cường công tác phối hợp liên ngành thực hiện các chính sách, chương trình, đề án, kế \
                hoạch về bình đẳng giới nhằm góp phần thực hiện thành công chương trình hành động Quốc gia về bình đẳng giới \
                giai đoạn 2011-2020.\\
                Yêu cầu của Kế hoạch là việc tổ chức thực hiện các mục tiêu, hoạt động BĐG và VSTBCPN phải gắn với kế hoạch \
                phát triển kinh tế, chính trị, văn hóa, xã hội của huyện và cơ sở; tạo điều kiện để thực hiện có hiệu quả các \
                quyền cơ bản và phát huy vai trò của phụ nữ trên mọi lĩnh vực của đời sống chính trị, kinh tế, văn hoá, xã hội.

                **Nội dung hoạt động**:Tuyên truyền, nâng cao nhận thức, thay đổi hành vi về bình đẳng giới; Nâng cao năng lực \
                và hiệu quả quản lý nhà nước về bình đẳng giới; Chỉ đạo thúc đẩy bình đẳng giới ở những địa phương có bất bình \
                đẳng giới hoặc có nguy cơ cao bất bình đẳng giới; Công tác trợ giúp nạn nhân bạo lực gia đình; Tổ chức triển \
                khai “Tháng hành động về bình đẳng giới và phòng chống bạo lực trên cơ sở giới” từ 15/11 đến 15/12; Tăng cường \
                hoạt động của Ban vì sự tiến bộ của phụ nữ.

                UBND huyện yêu cầu Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan liên quan và UBND \
                các xã, thị trấn tổ chức triển khai Kế hoạch đạt mục đích, yêu cầu đề ra; hướng dẫn các cơ quan, ban, ngành, \
                đoàn thể và địa phương xây dựng kế hoạch, triển khai các hoạt động. Chủ trì tham mưu UBND huyện ban hành Kế \
                hoạch tổ chức thực hiện Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới năm 2019; phối \
                hợp kiểm tra, giám sát, sơ kết, tổng kết, đánh giá việc thực hiện; theo dõi, báo cáo UBND huyện, Sở Lao \
                động-Thương binh và Xã hội kết quả thực hiện.
                """, read(SEED));
        for (String chrome : List.of("Tìm kiếm", "Các tin khác", "Xem tin theo ngày", "Tin Nhiem Mang", "Thống kê truy cập",
                "Truy cập tổng", "Trang chủ", "Cơ quan chủ quản", "Lễ khai giảng")) {
            assertTrue(!read(SEED).contains(chrome), chrome);
        }
    }

    @Test
    void listsTablesImagesLinksAndAttachmentsBecomeMarkdown() throws IOException {
        assertEquals("""
                ---
                title: "Kế hoạch tiêm chủng mở rộng năm 2020"
                date: 2020-02-14T08:30
                author: "Lê Hoa"
                number: "1350/KH-UBND"
                type: "Kế hoạch"
                issued: 2020-02-12
                aliases:
                  - "/Pages/ke-hoach-tiem-chung-mo-rong.aspx"
                attachments:
                  - file: "kh-1350-ubnd.pdf"
                    title: "Kế hoạch số 1350/KH-UBND"
                ---

                Ngày 12/02/2020, UBND huyện ban hành Kế hoạch số 1350/KH-UBND về tiêm chủng mở rộng năm 2020 trên địa bàn huyện.

                ### 1. Đối tượng

                - Trẻ em dưới 1 tuổi: tiêm đủ *8 loại vắc xin*;
                - Phụ nữ có thai: tiêm vắc xin uốn ván
                  - mũi 1 khi có thai lần đầu;
                  - mũi 2 sau mũi 1 ít nhất 1 tháng.

                ### 2. Lịch tiêm tại các xã

                | Xã | Ngày tiêm | Địa điểm |
                | --- | --- | --- |
                | Phú Lộc | 25/02/2020 | Trạm Y tế xã |
                | Phú Mỹ | 26/02/2020 | Nhà văn hóa thôn 2 \\| thôn 3 |

                ![Sơ đồ điểm tiêm](so-do-tiem-chung.png)

                Chi tiết xem tại [Kế hoạch số 1350/KH-UBND](kh-1350-ubnd.pdf) và hướng dẫn của \
                [Bộ Y tế](https://moh.gov.vn/tiem-chung), \
                [các tin khác về y tế](/Pages/tin-tuc-khac.aspx).

                Tệp đính kèm:

                - [Phụ lục danh sách điểm tiêm](https://phuxuan.example.gov.vn/uploads/phu-luc-1350.docx)
                """, read("2020/ke-hoach-tiem-chung-mo-rong-nam-2020/index.md"));
        assertTrue(Files.readString(out.resolve("2020/ke-hoach-tiem-chung-mo-rong-nam-2020/kh-1350-ubnd.pdf")).startsWith("%PDF"));
        assertTrue(Files.exists(out.resolve("2020/ke-hoach-tiem-chung-mo-rong-nam-2020/so-do-tiem-chung.png")));
    }

    @Test
    void anOldTableLayoutIsReadByTextDensityAndLinksToTheMirrorLeadToOldAddresses() throws IOException {
        assertEquals("""
                ---
                title: "Lễ khai giảng năm học 2019 - 2020"
                date: 2019-09-05T07:30
                author: "Ban biên tập"
                aliases:
                  - "/tin-tuc/le-khai-giang.html"
                ---

                Sáng ngày 05/9/2019, các trường học trên địa bàn huyện đồng loạt tổ chức Lễ khai giảng năm học 2019 - 2020. \
                Năm học này toàn huyện có 42 trường với hơn 21.000 học sinh.

                Tại buổi lễ, các trường đã đọc thư của Chủ tịch nước gửi ngành giáo dục, khen thưởng học sinh đạt thành tích \
                cao trong năm học trước và đánh trống khai giảng. Xem thêm \
                [kế hoạch bình đẳng giới](/tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html).
                """, read("2019/le-khai-giang-nam-hoc-2019-2020.md"));
    }

    @Test
    void theReportListsWhatWasImportedAndWhatWasSkippedAndWhy() {
        assertEquals("""
                Imported 4 of 8 pages
                  Pages/ke-hoach-tiem-chung.aspx -> 2020/ke-hoach-tiem-chung-mo-rong-nam-2020/index.md
                      old address: /Pages/ke-hoach-tiem-chung-mo-rong.aspx
                      attachment not in the saved files, linked at its old address: \
                https://phuxuan.example.gov.vn/uploads/phu-luc-1350.docx
                      document numbers in the text: 1350/KH-UBND
                      copied so do tiem chung.png as so-do-tiem-chung.png
                      copied KH_1350_UBND.pdf as kh-1350-ubnd.pdf
                  tin-tuc/hong-the-dong.html -> 2019/thong-bao-lich-tiep-cong-dan.md
                      old address: /tin-tuc/hong-the-dong.html
                      no author line found: add 'author:'
                  tin-tuc/le-khai-giang.html -> 2019/le-khai-giang-nam-hoc-2019-2020.md
                      old address: /tin-tuc/le-khai-giang.html
                  tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html -> %s
                      old address: /tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html
                      document numbers in the text: 925/KH-UBND
                Skipped 4
                  tin-tuc.html: mostly links: a list or menu page, not an article
                  tin-tuc/anh.html: not an HTML page
                  tin-tuc/khong-ngay.html: no posting date found (looked for 'Ngày đăng', 'Ngày cập nhật' and .news-date, \
                .date-news, .ngay-dang, .post-date, .publish-date, .article-date, .date, .time, time)
                  tin-tuc/rong.html: empty file
                """.formatted(SEED), report.format());
    }

    @Test
    void aPageWithBrokenMarkupIsStillReadAsFarAsItGoes() throws IOException {
        assertEquals("""
                ---
                title: "Thông báo lịch tiếp công dân"
                date: 2019-04-02
                aliases:
                  - "/tin-tuc/hong-the-dong.html"
                ---

                Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân huyện, số 02 đường \
                Trần Hưng Đạo.

                Công dân đến trình bày cần mang theo giấy tờ tùy thân.
                """, read("2019/thong-bao-lich-tiep-cong-dan.md"));
    }

    @Test
    void importingAgainReplacesNothingAndNamesTheNoticeThatHoldsThePage() throws IOException {
        String edited = read(SEED).replace("Mục đích của Kế hoạch", "Mục đích (đã sửa) của Kế hoạch");
        Files.writeString(out.resolve(SEED), edited);

        ImportReport again = new Importer(ProfileReader.defaults()).run(List.of(PORTAL), out);

        assertEquals(0, again.imported().size());
        assertTrue(again.skipped().contains(new ImportReport.Skipped("tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html",
                "already imported: " + out.resolve(SEED) + " exists (import never replaces a file)")), again.format());
        assertEquals(edited, read(SEED));
    }

    @Test
    void aNewPageWithTheTitleAndYearOfAnImportedOneGetsTheNextName() throws IOException {
        Path saved = Files.createDirectories(out.resolve("luu/tin-tuc"));
        String april = "<h1 class=\"news-title\">Lịch tiếp công dân</h1><p class=\"news-date\">Ngày đăng 01/04/2019</p>"
                + "<div class=\"news-content\"><p>Chủ tịch UBND huyện tiếp công dân ngày 15/4/2019 tại Trụ sở tiếp công dân"
                + " huyện, số 02 Trần Hưng Đạo.</p></div>";
        Files.writeString(saved.resolve("lich-thang-4.html"), april);
        new Importer(ProfileReader.defaults()).run(List.of(out.resolve("luu")), out.resolve("moi"));
        Files.writeString(saved.resolve("lich-thang-5.html"), april.replace("04/2019", "05/2019").replace("15/4", "15/5"));

        ImportReport may = new Importer(ProfileReader.defaults()).run(List.of(out.resolve("luu")), out.resolve("moi"));

        assertEquals(List.of(new ImportReport.Skipped("tin-tuc/lich-thang-4.html", "already imported: "
                + out.resolve("moi/2019/lich-tiep-cong-dan.md") + " exists (import never replaces a file)")), may.skipped());
        assertEquals(List.of("tin-tuc/lich-thang-5.html -> 2019/lich-tiep-cong-dan-2.md"),
                may.imported().stream().map(i -> i.source() + " -> " + i.notice()).toList());
        assertTrue(read("moi/2019/lich-tiep-cong-dan-2.md").contains("  - \"/tin-tuc/lich-thang-5.html\"\n"));

        ImportReport third = new Importer(ProfileReader.defaults()).run(List.of(out.resolve("luu")), out.resolve("moi"));

        assertEquals(List.of("already imported: " + out.resolve("moi/2019/lich-tiep-cong-dan.md") + " exists (import never replaces a file)",
                "already imported: " + out.resolve("moi/2019/lich-tiep-cong-dan-2.md") + " exists (import never replaces a file)"),
                third.skipped().stream().map(ImportReport.Skipped::reason).toList());
    }

    @Test
    void aSinglePageWithoutAddressGetsNoAliasAndAMissingFileIsSkipped() throws IOException {
        Path alone = Files.copy(PORTAL.resolve("tin-tuc/le-khai-giang.html"), out.resolve("trang.html"));

        ImportReport single = new Importer(ProfileReader.defaults()).run(List.of(alone, out.resolve("khong-co.html")),
                out.resolve("moi"));

        assertEquals(List.of("no old address found in the page: no alias"), single.imported().get(0).notes());
        assertTrue(!Files.readString(out.resolve("moi/2019/le-khai-giang-nam-hoc-2019-2020.md")).contains("aliases"));
        assertEquals("no such file or folder", single.skipped().get(0).reason());
    }

    /**
     * A portal that shows the date under the title without a label: the page is skipped, and the
     * report names the date and the profile line that takes it; with that line the page imports.
     */
    @Test
    void aDateWithoutALabelIsNamedWithTheProfileLineThatTakesIt() throws IOException {
        Path pages = Files.createDirectories(out.resolve("font"));
        Files.writeString(pages.resolve("tin.html"), """
                <html><head><meta charset="utf-8"><title>Tin</title></head><body>
                <table><tr><td class="khung-tin">
                <font class="tieu-de">Thông báo lịch tiếp công dân tháng 4 năm 2019</font><br>
                <font color="#777">27/03/2019</font>
                <div class="noi-dung"><p>Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 05/4/2019 tại trụ sở \
                UBND huyện; công dân mang theo giấy tờ tùy thân và đơn thư có liên quan.</p></div>
                </td></tr></table></body></html>
                """);

        ImportReport skipped = new Importer(ProfileReader.defaults()).run(List.of(pages), out.resolve("moi"));

        String reason = skipped.skipped().get(0).reason();
        assertTrue(reason.startsWith("no posting date found"), reason);
        assertTrue(reason.endsWith("; 27/03/2019 stands without a label in td.khung-tin > font:nth-of-type(2) near the title:"
                + " if that is when it was posted, import with --profile FILE, FILE holding the line:"
                + " date: [\"td.khung-tin > font:nth-of-type(2)\"]"),
                reason);

        Path profile = Files.writeString(out.resolve("cong-cu.yml"), "date: [\"td.khung-tin > font:nth-of-type(2)\"]\n");
        ImportProfile read = ProfileReader.read(profile, new org.bangtin.diag.Diagnostics()).orElseThrow();
        ImportReport imported = new Importer(read).run(List.of(pages), out.resolve("moi"));

        assertEquals(List.of(), imported.skipped());
        assertTrue(Files.readString(out.resolve("moi/2019/thong-bao-lich-tiep-cong-dan-thang-4-nam-2019.md"))
                .contains("\ndate: 2019-03-27\n"));
    }

    /** An image the page does not describe is imported, and the report says to describe it. */
    @Test
    void anImageWithoutADescriptionIsNamedInTheReport() throws IOException {
        Path pages = Files.createDirectories(out.resolve("anh"));
        Files.write(pages.resolve("DSC_0042.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Files.writeString(pages.resolve("tin.html"), """
                <html><head><meta charset="utf-8"><title>Tin</title></head><body>
                <h1>Hội nghị tổng kết công tác năm 2019</h1><p>Ngày đăng 27/12/2019</p>
                <div class="noi-dung"><p>Sáng 26/12, UBND huyện tổ chức hội nghị tổng kết công tác năm 2019 và triển \
                khai nhiệm vụ năm 2020, với sự tham dự của lãnh đạo các xã, thị trấn.</p>
                <p><img src="DSC_0042.jpg" alt="DSC_0042.jpg"></p></div>
                </body></html>
                """);

        ImportReport imported = new Importer(ProfileReader.defaults()).run(List.of(pages), out.resolve("moi"));

        assertEquals(List.of(), imported.skipped());
        assertTrue(imported.imported().get(0).notes().contains("image without a description, neither in the page nor in"
                + " its caption: write what it shows between the brackets of ![](dsc-0042.jpg)"),
                imported.imported().get(0).notes().toString());
    }

    @Test
    @Timeout(10)
    void hostilePagesAreSkippedOrReadNeverACrash() throws IOException {
        Path hostile = Files.createDirectories(out.resolve("hostile"));
        String deep = "<div>".repeat(5000) + "chữ ".repeat(50) + "</div>".repeat(5000);
        Files.writeString(hostile.resolve("sau.html"), "<title>Sâu</title><p>Ngày đăng 01/01/2020</p>" + deep);
        Files.writeString(hostile.resolve("ngay-sai.html"), "<h1>Tin</h1><p>Ngày đăng 31/02/2019</p><p>" + "chữ ".repeat(50));
        Files.writeString(hostile.resolve("khong-tieu-de.html"), "<p>" + "chữ ".repeat(50) + "</p>");
        Files.write(hostile.resolve("latin1.html"), "<h1>Th\u00f4ng b\u00e1o</h1>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        ImportReport result = new Importer(ProfileReader.defaults()).run(List.of(hostile), out.resolve("moi"));

        assertEquals(List.of("khong-tieu-de.html: no title found", "latin1.html: no article text found",
                "ngay-sai.html: no posting date found"),
                result.skipped().stream().map(k -> k.source() + ": " + k.reason().replaceFirst(" \\(.*", "")).toList());
        assertEquals(List.of("sau.html"), result.imported().stream().map(ImportReport.Imported::source).toList());
        assertTrue(Files.readString(out.resolve("moi/2020/sau.md")).endsWith("---\n\n" + "chữ ".repeat(50).strip() + "\n"),
                "the text of the deepest element is kept");
    }

    @Test
    void onlyWholeChromeTitlesAreDropped() throws IOException {
        Path page = Files.writeString(out.resolve("viec-lam.html"), """
                <h1 class="news-title">Hỗ trợ lao động</h1><p class="news-date">Ngày đăng 02/04/2019</p>
                <div class="news-content"><h3>Tìm kiếm việc làm</h3><p>Huyện hỗ trợ người lao động tìm kiếm việc làm, \
                học nghề và vay vốn tạo việc làm tại chỗ trong năm 2019.</p></div>
                <div><h3>Tìm kiếm</h3><p>Ô tìm kiếm</p></div>""");

        new Importer(ProfileReader.defaults()).run(List.of(page), out.resolve("moi"));

        assertTrue(Files.readString(out.resolve("moi/2019/ho-tro-lao-dong.md")).contains("""
                ### Tìm kiếm việc làm

                Huyện hỗ trợ người lao động"""));
    }

    @Test
    void aShortArticleAmongManyMenuLinksIsStillAnArticle() throws IOException {
        StringBuilder menu = new StringBuilder("<ul class=\"mn\">");
        for (int i = 0; i < 60; i++) {
            menu.append("<li><a href=\"/muc-").append(i).append(".html\">Chuyên mục số ").append(i).append("</a></li>");
        }
        Path page = Files.writeString(out.resolve("ngan.html"), menu + "</ul><h1>Thông báo nghỉ Tết</h1>"
                + "<p>Ngày đăng 20/01/2020</p><div class=\"x\"><p>Cán bộ, công chức được nghỉ Tết Nguyên đán Canh Tý từ ngày "
                + "23/01/2020 đến hết ngày 29/01/2020.</p></div>");

        ImportReport result = new Importer(ProfileReader.defaults()).run(List.of(page), out.resolve("moi"));

        assertEquals(List.of(), result.skipped());
        assertTrue(Files.readString(out.resolve("moi/2020/thong-bao-nghi-tet.md")).endsWith("""
                ---

                Cán bộ, công chức được nghỉ Tết Nguyên đán Canh Tý từ ngày 23/01/2020 đến hết ngày 29/01/2020.
                """));
    }
}

package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import of a wget mirror of an ASP.NET portal whose layout surrounds every article: a banner with
 * the site's name as h1 and today's date, a left column of news with their update times, a right
 * column "Văn bản mới" linking documents, a footer. Only the article's own title, dates and
 * documents reach the notice.
 */
class ImportLayoutTest {
    private static final Path LAYOUT = Path.of("src/test/resources/import/layout");
    private static final Path MIRROR = LAYOUT.resolve("ubnd-cu.example.gov.vn");

    @TempDir
    Path out;
    private ImportReport report;

    @BeforeEach
    void importTheMirror() throws IOException {
        report = new Importer(ProfileReader.defaults()).run(List.of(MIRROR), out);
    }

    private String read(String notice) throws IOException {
        return Files.readString(out.resolve(notice));
    }

    @Test
    void theLayoutsHeadingsDatesAndDocumentsAreNotTheArticles() throws IOException {
        assertEquals("""
                ---
                title: "Chỉ thị về tăng cường phòng chống dịch tả lợn châu Phi"
                date: 2019-03-29
                author: "Cái Dung"
                number: "03/CT-UBND"
                type: "Chỉ thị"
                issued: 2019-03-28
                aliases:
                  - "/tin-tuc/chi-thi-03.html"
                ---

                Chủ tịch UBND huyện ban hành Chỉ thị số 03/CT-UBND ngày 28/3/2019 về tăng cường các biện pháp cấp bách \
                phòng, chống bệnh dịch tả lợn châu Phi trên địa bàn huyện.

                Yêu cầu các xã, thị trấn tổ chức thực hiện nghiêm túc.
                """, read("2019/chi-thi-ve-tang-cuong-phong-chong-dich-ta-lon-chau-phi.md"));
    }

    @Test
    void theDownloadBlockBelowTheTextIsAttachedAndWgetsHtmlIsNotPartOfTheOldAddress() throws IOException {
        assertEquals("""
                ---
                title: "Hướng dẫn kê khai tài sản, thu nhập năm 2019"
                date: 2019-11-20T14:45
                author: "Lê Hoa"
                number: "45/HD-UBND"
                type: "Hướng dẫn"
                issued: 2019-11-18
                aliases:
                  - "/tin-tuc/huong-dan-ke-khai.aspx"
                attachments:
                  - file: "hd-45.pdf"
                    title: "Hướng dẫn 45/HD-UBND"
                ---

                Thực hiện Hướng dẫn số 45/HD-UBND ngày 18/11/2019 của UBND huyện về việc kê khai tài sản, thu nhập năm \
                2019, các cơ quan đơn vị thực hiện kê khai đúng thời hạn quy định.
                """, read("2019/huong-dan-ke-khai-tai-san-thu-nhap-nam-2019/index.md"));
        assertEquals(List.of("hd-45.pdf", "index.md"),
                Files.list(out.resolve("2019/huong-dan-ke-khai-tai-san-thu-nhap-nam-2019")).map(p -> p.getFileName().toString())
                        .sorted().toList());
    }

    @Test
    void aDateInWordsIsTheArticlesAndADocumentNumberEndsBeforeTheFullStop() throws IOException {
        assertTrue(read("2019/ke-hoach-to-chuc-tet-trung-thu-cho-thieu-nhi-nam-2019.md").startsWith("""
                ---
                title: "Kế hoạch tổ chức Tết Trung thu cho thiếu nhi năm 2019"
                date: 2019-09-05
                number: "210/KH-UBND"
                type: "Kế hoạch"
                """));
    }

    @Test
    void aWindows1258PageWithoutCharsetIsReadComposedWithItsByline() throws IOException {
        String notice = read("2019/quyet-dinh-ve-viec-phe-duyet-ke-hoach-cai-cach-hanh-chinh-nam-2019.md");

        assertTrue(notice.startsWith("""
                ---
                title: "Quyết định về việc phê duyệt kế hoạch cải cách hành chính năm 2019"
                date: 2019-01-05T09:00
                author: "Nguyễn Thị Hường"
                number: "12/QĐ-UBND"
                """), notice);
        assertTrue(notice.contains("\nNgày 03/01/2019, Chủ tịch UBND huyện ký Quyết định số 12/QĐ-UBND"), notice);
        assertTrue(report.format().contains("""
                  tin-tuc/quyet-dinh-12.html -> 2019/quyet-dinh-ve-viec-phe-duyet-ke-hoach-cai-cach-hanh-chinh-nam-2019.md
                      the page is not UTF-8 and declares no charset: read as windows-1258; check its text
                """), report.format());
    }

    /** The lead in a box of its own between the date and the text (DotNetNuke's "TomTat") becomes the summary. */
    @Test
    void aLeadInABoxOfItsOwnBecomesTheSummary() throws IOException {
        Path pages = Files.createDirectories(out.resolve("trang"));
        Files.writeString(pages.resolve("kh-925.html"), """
                <html><head><meta charset="utf-8"><title>KH 925</title></head><body>
                <div class="news-detail"><h1 class="news-title">Kế hoạch 925/KH-UBND về bình đẳng giới năm 2019</h1>
                <div class="news-date">Ngày đăng: 29/03/2019 08:15</div>
                <div class="TomTat"><b>UBND huyện ban hành Kế hoạch số 925/KH-UBND về bình đẳng giới năm 2019.</b></div>
                <div class="news-content"><p>Kế hoạch giao các phòng, ban và UBND các xã tổ chức thực hiện công tác
                bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn huyện trong năm 2019.</p><p>Cái Dung</p></div>
                </div></body></html>""");

        new Importer(ProfileReader.defaults()).run(List.of(pages), out.resolve("moi"));

        String notice = read("moi/2019/ke-hoach-925-kh-ubnd-ve-binh-dang-gioi-nam-2019.md");
        assertTrue(notice.contains("\nsummary: \"UBND huyện ban hành Kế hoạch số 925/KH-UBND về bình đẳng giới năm 2019.\"\n"),
                notice);
        assertTrue(!notice.substring(notice.indexOf("\n---\n", 3)).contains("UBND huyện ban hành"), "once: " + notice);
    }

    @Test
    void aNotFoundPageIsSkippedWithWhatItSays() {
        assertEquals(List.of(new ImportReport.Skipped("tin-tuc/khong-tim-thay.html",
                "a \"not found\" page ('Không tìm thấy trang'), not an article")), report.skipped());
    }

    @Test
    void aMirrorGivenOneLevelTooHighIsNamedAndNotImported() throws IOException {
        ImportReport high = new Importer(ProfileReader.defaults()).run(List.of(LAYOUT), out.resolve("cao"));

        assertEquals(List.of(new ImportReport.Skipped(LAYOUT.toString(), "the pages are under " + MIRROR
                + ": give that folder, so that the pages' places in it are their old addresses")), high.skipped());
        assertTrue(!Files.exists(out.resolve("cao")));
    }

    /**
     * As wget saves a page with a query: "?" kept, or "@" in its place with --restrict-file-names=windows
     * (its default on Windows). Either way the old address is the one with the query.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Default.aspx?tabid=87&ItemID=925.html", "Default.aspx@tabid=87&ItemID=925.html"})
    void anAddressWithAQueryIsKeptAsOldUrlAndListedForTheWebServer(String savedAs) throws IOException {
        Path mirror = Files.createDirectories(out.resolve("mirror"));
        Files.copy(MIRROR.resolve("tin-tuc/chi-thi-03.html"), mirror.resolve(savedAs));

        ImportReport query = new Importer(ProfileReader.defaults()).run(List.of(mirror), out.resolve("moi"));

        assertTrue(read("moi/2019/chi-thi-ve-tang-cuong-phong-chong-dich-ta-lon-chau-phi.md").contains("""
                issued: 2019-03-28
                old-url: "/Default.aspx?tabid=87&ItemID=925"
                ---
                """));
        assertTrue(read("moi/" + Importer.QUERY_ADDRESSES).endsWith("\n"
                + "/Default.aspx?tabid=87&ItemID=925\t2019/chi-thi-ve-tang-cuong-phong-chong-dich-ta-lon-chau-phi.md\n"));
        assertTrue(query.format().endsWith("""
                Check
                  1 old address with a query (?...) cannot be served by a static host: listed in %s (1 in all), \
                for the web server to redirect
                """.formatted(out.resolve("moi").resolve(Importer.QUERY_ADDRESSES))), query.format());
    }

    @Test
    void aTitleTakenForManyPagesIsReported() throws IOException {
        Path pages = Files.createDirectories(out.resolve("trang"));
        for (String name : List.of("a.html", "b.html", "c.html")) {
            Files.writeString(pages.resolve(name), "<div class=\"tieude\">Tin tức</div><p>Ngày đăng: 02/04/2019</p>"
                    + "<div class=\"noidung\"><p>Bài " + name + ": UBND huyện tổ chức hội nghị tổng kết công tác năm 2018 và triển"
                    + " khai nhiệm vụ năm 2019.</p></div>");
        }

        ImportReport same = new Importer(ProfileReader.defaults()).run(List.of(pages), out.resolve("moi"));

        assertTrue(same.format().endsWith("""
                Check
                  the title "Tin tức" was taken for 3 pages (a.html, b.html, c.html): if they are different articles, the \
                profile's 'title' selectors match a heading of the layout; give the article's own in --profile
                """), same.format());
    }
}

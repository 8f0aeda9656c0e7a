package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal moved: {@code bangtin import} of its saved pages into a content folder, then a build
 * gives the notices' pages and a redirect at every old address.
 */
class ImportCommandTest {
    private static final Path PORTAL = Path.of("src/test/resources/import/portal");

    @TempDir
    Path dir;
    private TestSites site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void importThePortal() {
        site = TestSites.at(dir.resolve("content")).file("site.yml", "title: \"Phú Xuân\"\nbaseUrl: \"https://phuxuan.example.gov.vn\"\n");
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("import", PORTAL.toString(), "-o", site.root().resolve("notices/cu").toString(),
                "--report", dir.resolve("bao-cao.txt").toString());
        assertEquals(0, exit, err.toString());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).toFile());
    }

    @Test
    void theImportedNoticesBuildWithTheirPagesAttachmentsAndRedirects() throws IOException {
        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(4, result.notices());
        Document seed = page("2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/index.html");
        assertEquals("Ngày đăng 29/03/2019", seed.selectFirst(".notice-dates").text());
        assertEquals("Cái Dung", seed.selectFirst(".byline").ownText());
        assertEquals("925/KH-UBND", seed.selectFirst(".doc-number").text());
        assertEquals("27/03/2019", seed.selectFirst(".doc-issued").text());
        assertTrue(seed.selectFirst(".notice-body strong").text().startsWith("Ngày 27/3/2019 UBND huyện"));

        Document redirect = page("tin-tuc/thuc-hien-cong-tac-binh-dang-gioi.html");
        assertEquals("0; url=/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/",
                redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://phuxuan.example.gov.vn/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/",
                redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Files.exists(dir.resolve("out/Pages/ke-hoach-tiem-chung-mo-rong.aspx")));

        Document plan = page("2020/02/ke-hoach-tiem-chung-mo-rong-nam-2020/index.html");
        assertEquals(List.of("Xã", "Ngày tiêm", "Địa điểm"), plan.select(".notice-body th").eachText());
        assertTrue(Files.readString(dir.resolve("out/2020/02/ke-hoach-tiem-chung-mo-rong-nam-2020/kh-1350-ubnd.pdf"))
                .startsWith("%PDF"));
        assertEquals("/2020/02/ke-hoach-tiem-chung-mo-rong-nam-2020/kh-1350-ubnd.pdf",
                plan.selectFirst(".attachments a").attr("href"));
        assertTrue(Files.exists(dir.resolve("out/2020/02/ke-hoach-tiem-chung-mo-rong-nam-2020/so-do-tiem-chung.png")));
    }

    @Test
    void theReportIsPrintedAndWritten() throws IOException {
        assertTrue(out.toString().startsWith("Imported 4 of 8 pages"), out.toString());
        assertEquals(out.toString(), Files.readString(dir.resolve("bao-cao.txt")));
    }

    @Test
    void aBrokenProfileStopsTheImportWithItsLine() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yml"), "tittle: [\"h1\"]\n");
        var commandLine = Main.commandLine();
        StringWriter errors = new StringWriter();
        commandLine.setErr(new PrintWriter(errors));
        commandLine.setOut(new PrintWriter(new StringWriter()));

        int exit = commandLine.execute("import", PORTAL.toString(), "-o", dir.resolve("x").toString(), "--profile",
                profile.toString());

        assertEquals(1, exit);
        assertTrue(errors.toString().contains("p.yml:1: error: unknown field 'tittle' in the import profile"), errors.toString());
        assertTrue(!Files.exists(dir.resolve("x")));
    }

    @Test
    void aMissingInputOrAnImportOfNothingFailsWithTheReason() throws IOException {
        StringWriter errors = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(errors));

        assertEquals(1, commandLine.execute("import", dir.resolve("khong-co").toString(), "-o", dir.resolve("moi").toString()));
        assertEquals("error: " + dir.resolve("khong-co") + ": no such file or folder\n", errors.toString());

        errors.getBuffer().setLength(0);
        Path list = Files.copy(PORTAL.resolve("tin-tuc.html"), dir.resolve("tin-tuc.html"));
        assertEquals(1, commandLine.execute("import", list.toString(), "-o", dir.resolve("moi").toString()));
        assertEquals("error: no page imported: every page was skipped, for the reasons above\n", errors.toString());
    }
}

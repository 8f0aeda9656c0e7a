package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents an old portal served through a download handler ("DownloadFile.aspx?FileID=12"), as
 * wget saved them: under the handler's name and query, without an extension.
 */
class ImportDownloadHandlerTest {
    private static final String NOTICE = "2019/ke-hoach-925-kh-ubnd-ve-binh-dang-gioi-nam-2019/index.md";

    @TempDir
    Path dir;

    @Test
    void savedDownloadsBecomeAttachmentsNamedAfterTheirLinks() throws IOException {
        Path site = dir.resolve("ubnd.example.gov.vn");
        byte[] pdf = "%PDF-1.4\n% Kế hoạch\n".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("tin-tuc"));
        Files.write(site.resolve("DownloadFile.aspx?FileID=12"), pdf);
        Files.write(site.resolve("DownloadFile.aspx@FileID=13"), docx()); // --restrict-file-names=windows
        Files.writeString(site.resolve("DownloadFile.aspx?FileID=14"), "<html><body>Lỗi: không tìm thấy tệp</body></html>");
        savePage(site, """
                <a href="/DownloadFile.aspx?FileID=12">Kế hoạch số 925/KH-UBND</a>,
                <a href="http://ubnd.example.gov.vn/DownloadFile.aspx?FileID=13#trang-1">Phụ lục</a>,
                <a href="/DownloadFile.aspx?FileID=14">Biểu mẫu</a>""");

        ImportReport report = new Importer(ProfileReader.defaults()).run(List.of(site), dir.resolve("out"));

        String notice = Files.readString(dir.resolve("out").resolve(NOTICE));
        assertTrue(notice.contains("""
                attachments:
                  - file: "ke-hoach-so-925-kh-ubnd.pdf"
                    title: "Kế hoạch số 925/KH-UBND"
                  - file: "phu-luc.docx"
                    title: "Phụ lục"
                ---
                """), notice);
        assertTrue(notice.contains("Tải về: [Kế hoạch số 925/KH-UBND](ke-hoach-so-925-kh-ubnd.pdf), [Phụ lục](phu-luc.docx),"
                + " [Biểu mẫu](http://ubnd.example.gov.vn/DownloadFile.aspx?FileID=14)."), notice);
        Path folder = dir.resolve("out").resolve(NOTICE).getParent();
        assertArrayEquals(pdf, Files.readAllBytes(folder.resolve("ke-hoach-so-925-kh-ubnd.pdf")));
        assertArrayEquals(docx(), Files.readAllBytes(folder.resolve("phu-luc.docx")));
        assertEquals(1, report.imported().size());
        assertEquals(List.of("DownloadFile.aspx?FileID=12: a document (pdf), not a page: the pages that link it attach it"),
                report.skipped().stream().filter(k -> k.source().startsWith("DownloadFile.aspx?FileID=12"))
                        .map(k -> k.source() + ": " + k.reason()).toList(), "told for what it is, not as a page without title");
    }

    /** The download block below the text ("Tệp đính kèm"), whose only link is a download handler's. */
    @Test
    void aDownloadBlockOfHandlerLinksBelowTheTextGivesItsAttachments() throws IOException {
        Path site = savedSite();
        Files.write(site.resolve("DownloadFile.aspx@FileID=12"), "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
        savePage(site, "kế hoạch");
        Path page = site.resolve("tin-tuc/ke-hoach-925.html");
        Files.writeString(page, Files.readString(page).replace("</div></div></body>", "</div>\n<div class=\"attach\">Tệp đính"
                + " kèm: <a href=\"/DownloadFile.aspx?FileID=12\">Thông báo số 312/TB-UBND</a></div></div></body>"));

        ImportReport report = new Importer(ProfileReader.defaults()).run(List.of(site), dir.resolve("out"));

        String notice = Files.readString(dir.resolve("out").resolve(NOTICE));
        assertTrue(notice.contains("""
                attachments:
                  - file: "thong-bao-so-312-tb-ubnd.pdf"
                    title: "Thông báo số 312/TB-UBND"
                ---
                """), notice);
        assertTrue(report.imported().get(0).notes().contains("copied DownloadFile.aspx@FileID=12 as thong-bao-so-312-tb-ubnd.pdf"),
                report.format());
    }

    /** A document the mirror lacks, on a page that names no address of its own: said to be left as text. */
    @Test
    void aMissingDocumentThatCannotBeLinkedAtItsOldAddressIsReportedAsText() throws IOException {
        Path site = savedSite();
        savePage(site, "<a href=\"CT05.pdf\">Chỉ thị 05</a>");
        Path page = site.resolve("tin-tuc/ke-hoach-925.html");
        Files.writeString(page, Files.readString(page).replaceFirst("<link rel=\"canonical\"[^>]*>", ""));

        ImportReport report = new Importer(ProfileReader.defaults()).run(List.of(page), dir.resolve("out"));

        assertTrue(report.imported().get(0).notes().contains("attachment not in the saved files, and the page names no address"
                + " of its own to link it at: CT05.pdf is left as text; save the file with the page and import again"),
                report.format());
    }

    @Test
    void aSavedDownloadThatLinksOutOfTheSavedSiteIsNotCopied() throws IOException {
        Path site = savedSite();
        Path outside = Files.write(dir.resolve("bi-mat.pdf"), "%PDF-1.4 bí mật".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(site.resolve("DownloadFile.aspx?FileID=15"), outside);
        savePage(site, "<a href=\"/DownloadFile.aspx?FileID=15\">Kế hoạch số 925/KH-UBND</a>");

        new Importer(ProfileReader.defaults()).run(List.of(site), dir.resolve("out"));

        // Without attachments, the notice is a file alone rather than a folder.
        String notice = Files.readString(dir.resolve("out").resolve(NOTICE.replace("/index.md", ".md")));
        assertTrue(!notice.contains("attachments:") && notice.contains(
                "[Kế hoạch số 925/KH-UBND](http://ubnd.example.gov.vn/DownloadFile.aspx?FileID=15)"), notice);
    }

    @Test
    void aSavedDownloadIsToldByItsFirstBytes() throws IOException {
        Path pdf = Files.write(dir.resolve("a"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Path docx = Files.write(dir.resolve("b"), docx());
        Path page = Files.writeString(dir.resolve("c"), "<html>");
        // An old Word file: the compound file's signature, its directory (naming the Word stream) far on.
        byte[] doc = new byte[200_000];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, doc, 0, signature.length);
        byte[] stream = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(stream, 0, doc, 150_000, stream.length);
        Path word = Files.write(dir.resolve("d"), doc);
        assertEquals("pdf", SavedDownloads.documentExtension(pdf).orElseThrow());
        assertEquals("docx", SavedDownloads.documentExtension(docx).orElseThrow());
        assertEquals("doc", SavedDownloads.documentExtension(word).orElseThrow());
        assertTrue(SavedDownloads.documentExtension(page).isEmpty());
    }

    /** Saves the old portal's article on plan 925, whose download line holds {@code links}. */
    /** The folder wget saved the portal in, with its news folder. */
    private Path savedSite() throws IOException {
        Path site = dir.resolve("ubnd.example.gov.vn");
        Files.createDirectories(site.resolve("tin-tuc"));
        return site;
    }

    private static void savePage(Path site, String links) throws IOException {
        Files.writeString(site.resolve("tin-tuc/ke-hoach-925.html"), """
                <html><head><meta charset="utf-8"><title>KH 925</title>
                <link rel="canonical" href="http://ubnd.example.gov.vn/tin-tuc/ke-hoach-925.html"></head><body>
                <div class="news-detail"><h1 class="news-title">Kế hoạch 925/KH-UBND về bình đẳng giới năm 2019</h1>
                <div class="news-date">Ngày đăng: 29/03/2019 08:15</div>
                <div class="news-content">
                <p>UBND huyện ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2019
                trên địa bàn huyện, giao các phòng, ban và UBND các xã tổ chức thực hiện.</p>
                <p>Tải về: %s.</p>
                <p>Cái Dung</p></div></div></body></html>
                """.formatted(links));
    }

    /** A Word file as a zip of its parts (enough for its kind to be told). */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(entry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(entry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** An entry of a fixed time, so that every call makes the same bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        return entry;
    }
}

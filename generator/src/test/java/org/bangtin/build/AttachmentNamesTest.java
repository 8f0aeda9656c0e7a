package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestPdfs;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names editors type for attached and linked files, against the names on disk: the same name
 * in another Unicode form is the same file, a notice's folder is that notice, and a name that
 * matches nothing says which name was probably meant.
 */
class AttachmentNamesTest {
    private static final String COMPOSED = "Quyết định số 1.pdf";
    private static final String DECOMPOSED = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);
    private static final String ENCODED = "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%201.pdf";

    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn\"\n")
                .bytes("notices/2024/kh/ke-hoach.pdf", TestPdfs.text("Kế hoạch thu gom rác thải năm 2024."))
                .notice("notices/2024/kh/index.md", "Kế hoạch thu gom rác thải", "2024-03-01",
                        "author: \"Cái Dung\"\nattachments: [ke-hoach.pdf]\n", "Nội dung.")
                .notice("notices/2024/good.md", "Lịch tiếp công dân", "2024-03-02", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    private static List<String> problems(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()
                + (d.hint().isEmpty() ? "" : " | " + d.hint())).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void aNameStoredDecomposedIsFoundWhenTypedComposedAndPublishedComposed() throws IOException {
        BuildResult result = site().bytes("notices/2024/" + DECOMPOSED, TestPdfs.text("Quyết định số 1 về thu gom rác."))
                .notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03",
                        "author: \"Cái Dung\"\nattachments: [\"" + COMPOSED + "\"]\n", "Xem [quyết định](" + COMPOSED.replace(" ", "%20") + ").")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        Document page = page("2024/03/thong-bao-so-1");
        assertEquals("/2024/03/thong-bao-so-1/" + ENCODED, page.selectFirst(".attachments a[download]").attr("href"));
        assertEquals("/2024/03/thong-bao-so-1/" + ENCODED, page.selectFirst(".notice-body a").attr("href"));
        assertTrue(Files.isRegularFile(dir.resolve("out/2024/03/thong-bao-so-1").resolve(COMPOSED)));
        assertEquals("2 PDFs, 2 pages", result.pdfs().line()); // this one and the plan of kh/
    }

    @Test
    void aNameStoredComposedIsFoundWhenTypedDecomposed() throws IOException {
        BuildResult result = site().bytes("notices/2024/" + COMPOSED, TestPdfs.text("Quyết định số 1 về thu gom rác."))
                .notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03", "author: \"Cái Dung\"\n",
                        "Xem [quyết định](<" + DECOMPOSED + ">).")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        assertEquals("/2024/03/thong-bao-so-1/" + ENCODED, page("2024/03/thong-bao-so-1").selectFirst(".notice-body a").attr("href"));
        assertTrue(Files.isRegularFile(dir.resolve("out/2024/03/thong-bao-so-1").resolve(COMPOSED)));
    }

    @Test
    void aSymbolicLinkOutOfTheContentFolderIsRefusedWhateverTheFormOfItsName() throws IOException {
        Path outside = dir.resolve("elsewhere.pdf");
        Files.write(outside, TestPdfs.text("Tài liệu ngoài thư mục nội dung."));
        TestSites site = site().notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03",
                "author: \"Cái Dung\"\nattachments: [\"" + COMPOSED + "\"]\n", "");
        Files.createSymbolicLink(site.root().resolve("notices/2024/" + DECOMPOSED), outside);

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertTrue(problems(result).get(0).startsWith("notices/2024/t.md:5: error: '" + COMPOSED
                + "' points outside the content folder"), problems(result).toString());
    }

    @Test
    void aLinkToANoticesFolderLeadsToThatNoticesPage() throws IOException {
        BuildResult result = site().notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03", "author: \"Cái Dung\"\n",
                "Xem [kế hoạch](kh) và [bản kế hoạch](kh/#muc-2).").build(dir.resolve("out"));

        assertTrue(result.succeeded(), problems(result).toString());
        List<String> links = page("2024/03/thong-bao-so-1").select(".notice-body a").eachAttr("href");
        assertEquals(List.of("/2024/03/ke-hoach-thu-gom-rac-thai/", "/2024/03/ke-hoach-thu-gom-rac-thai/#muc-2"), links);
    }

    @Test
    void aNoticesFolderNamedAsAnAttachmentSaysWhatToLinkInstead() {
        BuildResult result = site().notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03",
                "author: \"Cái Dung\"\nattachments: [kh]\n", "").build(dir.resolve("out"));

        assertEquals(List.of("notices/2024/t.md:5: error: attachment 'kh' is a notice's folder, not a file | to point to"
                + " that notice, link to kh/index.md in the text; to attach one of its files, name the file itself"),
                problems(result));
    }

    @Test
    void aNameThatMatchesNothingSuggestsTheNearestNameInItsFolder() {
        BuildResult result = site().notice("notices/2024/t.md", "Thông báo số 1", "2024-03-03", "author: \"Cái Dung\"\n",
                "Xem [a](GOOD.md), [b](good), [c](kh/ke-hoach.PDF), [d](kh/ke-hoac.pdf) và [e](kh/khac.pdf).")
                .build(dir.resolve("out"));

        assertEquals(List.of(
                "notices/2024/t.md:6: error: attachment 'good' not found (looked for notices/2024/good) | did you mean 'good.md'?",
                "notices/2024/t.md:6: error: attachment 'kh/ke-hoac.pdf' not found (looked for notices/2024/kh/ke-hoac.pdf)"
                        + " | did you mean 'kh/ke-hoach.pdf'?",
                "notices/2024/t.md:6: error: attachment 'kh/ke-hoach.PDF' not found (looked for notices/2024/kh/ke-hoach.PDF)"
                        + " | did you mean 'kh/ke-hoach.pdf'?",
                "notices/2024/t.md:6: error: attachment 'kh/khac.pdf' not found (looked for notices/2024/kh/khac.pdf)"
                        + " | check the file name's spelling, or copy the file next to the notice",
                "notices/2024/t.md:6: error: link to 'GOOD.md', which is not a published notice | did you mean 'good.md'?"),
                problems(result).stream().sorted().toList());
    }
}

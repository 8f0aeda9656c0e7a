package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vietnamese typed decomposed (NFD, as some Macs and PDF copies give it: "e" + U+0302 + U+0301
 * for "ế") is published composed (NFC), in the page and in the search files alike.
 */
class ComposedTextTest {
    private static final String TITLE = "Kế hoạch tổ chức Tết Nguyên đán";
    private static final String BODY = "Ủy ban nhân dân xã thông báo lịch nghỉ Tết.";

    @TempDir
    Path dir;

    @Test
    void decomposedTitleAndTextComeOutComposedInThePageAndTheSearchFiles() throws Exception {
        Path site = dir.resolve("site");
        BuildResult result = TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"" + nfd("Xã Phú Lộc") + "\"\nbaseUrl: \"https://phuloc.example.gov.vn\"\n")
                .notice("tet.md", nfd(TITLE), "2024-01-20", "author: \"" + nfd("Văn phòng") + "\"\n", nfd(BODY))
                .build(site);
        assertTrue(result.succeeded(), result.problems().toString());

        String page = Files.readString(site.resolve("2024/01/ke-hoach-to-chuc-tet-nguyen-dan/index.html"));
        assertTrue(page.contains("<h1") && page.contains(TITLE), page);
        assertTrue(page.contains(BODY), page);
        assertTrue(page.contains("Xã Phú Lộc"), page);
        assertTrue(page.contains("Văn phòng"), page);
        assertFalse(Normalizer.isNormalized(nfd(TITLE), Normalizer.Form.NFC)); // the test's input is decomposed
        assertTrue(Normalizer.isNormalized(page, Normalizer.Form.NFC), "no decomposed letter is left in the page");

        try (Searcher searcher = Searcher.open(site.resolve("search/index"))) {
            Searcher.Results hits = searcher.search(NodeSearch.Query.of("\"tết nguyên đán\"").parsed(), 10);
            assertEquals(1, hits.total());
            assertEquals(TITLE, searcher.shown(hits.hits().get(0).doc()).title());
        }
        String browser = NodeSearch.run(site.resolve("search"), List.of(NodeSearch.Query.of("\"tết nguyên đán\"")), 1,
                Files.createTempDirectory(dir, "node")).get(0);
        assertEquals(1, NodeResult.parse(browser).total(), browser);
        assertTrue(browser.contains(TITLE), browser);
    }

    @Test
    void anAttachmentWhoseFileNameIsDecomposedIsStillFound() {
        BuildResult result = TestSites.at(dir.resolve("content"))
                .bytes("tet/" + nfd("Lịch nghỉ Tết.pdf"), org.bangtin.TestPdfs.text("Lịch nghỉ Tết Nguyên đán năm 2024."))
                .notice("tet/index.md", "Lịch nghỉ Tết", "2024-01-20", "author: A\nattachments: [\"Lịch nghỉ Tết.pdf\"]\n", "")
                .build(dir.resolve("site"));

        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of(), result.problems().stream().filter(p -> p.message().contains("not found")).toList());
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}

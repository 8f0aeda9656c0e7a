package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestPdfs;
import org.bangtin.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that stand only in a notice's attached PDF find the notice, typed with or without marks,
 * in Java and in the browser's engine alike; the result says it was found in the attachment, and
 * the browser gets the attachment's text for the excerpt. Words in the title or text still weigh
 * more than the same words in a PDF.
 */
class AttachmentSearchTest {
    private static final String AUTHOR = "author: \"Cái Dung\"\n";
    private static final String PLAN = "/2024/04/ke-hoach-so-57-kh-ubnd/";
    private static final String DRILL = "/2024/04/dien-tap-phong-chong-thien-tai/";
    private static final String SCAN = "/2024/03/quyet-dinh-so-12-qd-ubnd-ve-viec-thanh-lap-ban-chi-huy/";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        BuildResult result = TestSites.at(dir.resolve("content"))
                .bytes("kh57/ke-hoach-57.pdf", TestPdfs.text("KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024.",
                        "Tổ chức sơ tán dân cư vùng trũng thấp ven sông Hương trước mùa mưa bão; kiểm tra hồ đập thủy lợi."))
                .file("kh57/index.md", "---\ntitle: \"Kế hoạch số 57/KH-UBND\"\ndate: 2024-04-02\n" + AUTHOR
                        + "attachments:\n  - file: ke-hoach-57.pdf\n    title: \"Kế hoạch 57 (bản ký số)\"\n---\n")
                .notice("dien-tap.md", "Diễn tập phòng chống thiên tai", "2024-04-03", AUTHOR,
                        "Xã tổ chức diễn tập phòng chống thiên tai tại thôn Hòa Bình.")
                .bytes("qd12/qd-12.pdf", TestPdfs.scan())
                .notice("qd12/index.md", "Quyết định số 12/QĐ-UBND về việc thành lập Ban chỉ huy", "2024-03-30",
                        AUTHOR + "attachments: [qd-12.pdf]\n", "")
                .notice("lich.md", "Lịch tiếp công dân", "2024-03-29", AUTHOR, "Chủ tịch tiếp công dân ngày 15 hằng tháng.")
                .build(site);
        assertTrue(result.succeeded(), result.problems().toString());
    }

    /** Both searchers' answers: URLs of the hits with "+" for those found in an attachment; checked to agree. */
    private static List<String> found(String query, boolean typing) throws Exception {
        NodeSearch.Query asked = typing ? NodeSearch.Query.of(query).typing() : NodeSearch.Query.of(query);
        List<String> java = new ArrayList<>();
        Searcher.Results results;
        try (Searcher searcher = Searcher.open(site.resolve("search/index"))) {
            results = searcher.search(asked.parsed(), 10);
            for (Searcher.Hit hit : results.hits()) {
                java.add(searcher.shown(hit.doc()).url() + (hit.inAttachment() ? " +" : ""));
            }
        }
        NodeResult node = NodeResult.parse(NodeSearch.run(site.resolve("search"), List.of(asked), 0,
                Files.createTempDirectory(dir, "node")).get(0));
        assertEquals(results.total(), node.total(), "totals for " + asked);
        assertEquals(results.hits(), node.hits(), "Java and browser hits for " + asked);
        return java;
    }

    @Test
    void wordsOnlyInThePdfFindTheNoticeWithAndWithoutMarks() throws Exception {
        assertEquals(List.of(PLAN + " +"), found("sơ tán dân cư vùng trũng thấp", false));
        assertEquals(List.of(PLAN + " +"), found("so tan dan cu vung trung thap", false));
        assertEquals(List.of(PLAN + " +"), found("SÔNG HƯƠNG", false));
        assertEquals(List.of(PLAN + " +"), found("\"ho dap thuy loi\"", false));
        assertEquals(List.of(PLAN + " +"), found("sơ tán dân cư vùng trũ", true));
    }

    @Test
    void theSameWordsInTheTextWeighMoreThanInAPdf() throws Exception {
        assertEquals(List.of(DRILL, PLAN + " +"), found("phòng chống thiên tai", false));
    }

    @Test
    void aScanIsFoundByItsTitleAndDetails() throws Exception {
        assertEquals(List.of(SCAN), found("ban chỉ huy", false));
    }

    @Test
    void aNoticeFoundByTitleAndByItsPdfIsNotMarkedAsFoundInThePdf() throws Exception {
        assertEquals(List.of(PLAN), found("kế hoạch 57", false));
    }

    @Test
    void theBrowserGetsTheAttachmentsNameAndTextForTheExcerpt() throws Exception {
        String line = NodeSearch.run(site.resolve("search"), List.of(NodeSearch.Query.of("vung trung")), 1,
                Files.createTempDirectory(dir, "node")).get(0);
        assertTrue(line.contains("\"a\":\"Kế hoạch 57 (bản ký số)\""), line);
        // The notice has no text of its own: its excerpt is the start of the PDF.
        assertTrue(line.contains("\"s\":\"KẾ HOẠCH Phòng, chống thiên tai"), line);
        assertTrue(line.contains("\"attachments\":[\"KẾ HOẠCH Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024."
                + " Tổ chức sơ tán dân cư vùng trũng thấp ven sông Hương"), line);
    }

    @Test
    void relatedNoticesDoNotUseThePdfText() throws IOException {
        // The plan shares only PDF words with the drill notice: its related list falls back to the latest.
        String plan = Files.readString(site.resolve(PLAN.substring(1) + "index.html"));
        assertTrue(plan.contains("class=\"related related-latest\""), plan);
    }
}

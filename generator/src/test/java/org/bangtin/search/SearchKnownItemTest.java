package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches a citizen would make, asked of both searchers: the Java one over Lucene and the
 * browser's engine under Node. Each answer is checked on both.
 */
class SearchKnownItemTest {
    private static final String SEED = "/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/";

    @TempDir
    static Path dir;
    static Path example;
    static Path fixture;

    @BeforeAll
    static void build() throws IOException {
        example = dir.resolve("example");
        Path content = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        assertTrue(SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(example).build()).succeeded());
        fixture = dir.resolve("fixture");
        BuildResult result = TestSites.at(dir.resolve("fixture-content"))
                .notice("a.md", "Sửa chữa đường giao thông nông thôn", "2020-05-04", "author: \"Cái Dung\"\n", "Nâng cấp tuyến đường liên xã.")
                .notice("b.md", "Khen thưởng ông Nguyễn Văn Dương", "2020-05-05", "author: \"Cái Dung\"\n", "Ông Dương là nông dân sản xuất giỏi.")
                .notice("c.md", "Đoàn công tác làm việc tại Đà Nẵng", "2020-05-06", "author: \"Cái Dung\"\n", "Học tập kinh nghiệm của thành phố Đà Nẵng.")
                .notice("d.md", "Lịch tiếp công dân", "2020-05-07", "author: \"Cái Dung\"\n", "Chủ tịch tiếp công dân ngày 15 hằng tháng.")
                .notice("e.md", "<img src=x onerror=alert(1)>", "2020-05-08", "author: \"Cái Dung\"\n", "Tiêu đề lạ <b>đậm</b>.")
                .build(fixture);
        assertTrue(result.succeeded(), result.problems().toString());
    }

    /** The URLs of the top results from both searchers, checked to agree. */
    private static List<String> urls(Path site, String query) throws Exception {
        List<String> lucene = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(site.resolve("search/index"));
                DirectoryReader reader = DirectoryReader.open(directory);
                Searcher searcher = new Searcher(directory)) {
            for (Searcher.Hit hit : searcher.search(SearchQuery.parse(query, false), 10).hits()) {
                lucene.add(reader.storedFields().document(hit.doc()).get("url"));
            }
        }
        Path work = Files.createTempDirectory(dir, "node");
        String line = NodeSearch.run(site.resolve("search"), List.of(NodeSearch.Query.of(query)), 10, work).get(0);
        List<String> node = new ArrayList<>();
        Matcher url = Pattern.compile("\"u\":\"([^\"]+)\"").matcher(line);
        while (url.find()) {
            node.add(url.group(1));
        }
        assertEquals(lucene, node, "Java and browser results for '" + query + "'");
        return lucene;
    }

    @Test
    void withoutMarksTheGenderEqualityPlanComesFirst() throws Exception {
        assertEquals(SEED, urls(example, "binh dang gioi").get(0));
        assertEquals(SEED, urls(example, "bình đẳng giới").get(0));
        assertEquals(SEED, urls(example, "925/KH-UBND").get(0));
    }

    /** Three notices cite Kế hoạch 925/KH-UBND; the one numbered so came third on its number and type. */
    @Test
    void aDocumentsNumberTypedWithItsTypeFindsThatDocumentFirst() throws Exception {
        assertEquals(SEED, urls(example, "ke hoach 925").get(0));
        assertEquals(SEED, urls(example, "kế hoạch 925").get(0));
        assertEquals(SEED, urls(example, "925").get(0));
    }

    /** The example's waste collection plan is a title and a signed PDF: its words are only in the PDF. */
    @Test
    void wordsOnlyInAnAttachedPdfFindItsNotice() throws Exception {
        String plan = "/2024/05/ke-hoach-thu-gom-van-chuyen-va-xu-ly-rac-thai-sinh-hoat-nam-2024/";
        assertEquals(List.of(plan), urls(example, "xe ép rác chuyên dụng"));
        assertEquals(List.of(plan), urls(example, "xe ep rac chuyen dung"));
        assertEquals(List.of(plan), urls(example, "\"điểm tập kết rác thải tạm thời\""));
        assertEquals(plan, urls(example, "Ngày Chủ nhật xanh").get(0));
    }

    @Test
    void duongFindsĐường() throws Exception {
        List<String> found = urls(fixture, "duong");
        assertTrue(found.contains("/2020/05/sua-chua-duong-giao-thong-nong-thon/"), found.toString());
    }

    @Test
    void đườngTypedWithMarksRanksĐườngAboveDương() throws Exception {
        assertEquals(List.of("/2020/05/sua-chua-duong-giao-thong-nong-thon/", "/2020/05/khen-thuong-ong-nguyen-van-duong/"),
                urls(fixture, "đường"));
    }

    @Test
    void daNangFindsĐàNẵngAlsoAsAPhrase() throws Exception {
        String danang = "/2020/05/doan-cong-tac-lam-viec-tai-da-nang/";
        assertEquals(List.of(danang), urls(fixture, "da nang"));
        assertEquals(List.of(danang), urls(fixture, "\"da nang\""));
        assertEquals(List.of(danang), urls(fixture, "ĐÀ NẴNG"));
        assertEquals(List.of(), urls(fixture, "\"nang da\""));
    }

    @Test
    void queriesWithMarkupAndRegexCharactersAreJustText() throws Exception {
        assertEquals(List.of("/2020/05/img-src-x-onerror-alert-1/"), urls(fixture, "<img src=x onerror=alert(1)>"));
        assertEquals(List.of(), urls(fixture, ".*(["));
        assertEquals(List.of(), urls(fixture, "\"\"\""));
    }

    @Test
    void theResultsPageNeverInsertsHtml() throws IOException {
        for (String script : List.of("search-start.js", "search-ui.js")) {
            String text = Files.readString(NodeSearch.ENGINE.resolveSibling(script));
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
                assertFalse(text.contains(sink), script + " uses " + sink);
            }
        }
    }
}

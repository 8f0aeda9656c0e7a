package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static export's files as a web server hands them out: a fixed set of files whatever the
 * number of notices, read in parts by range requests, and the same answers from a server that
 * ignores ranges.
 */
class StaticExportFilesTest {
    private static final int NOTICES = 40;
    private static final String LONG_TITLE = "Kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới "
            + "và phòng ngừa, ứng phó với bạo lực trên cơ sở giới ".repeat(4) + "năm 2024";

    @TempDir
    static Path dir;
    static Path search;

    @BeforeAll
    static void build() {
        TestSites site = TestSites.at(dir.resolve("content"));
        for (int i = 1; i <= NOTICES; i++) {
            site.notice("n" + i + ".md", "Thông báo số " + i + " về lịch tiếp công dân", "2020-05-" + (10 + i % 18),
                    "author: \"Cái Dung\"\n", ("Ủy ban nhân dân xã thông báo lịch tiếp công dân tháng " + i + ". ").repeat(8));
        }
        site.notice("long.md", LONG_TITLE, "2020-06-01", "author: \"Cái Dung\"\n",
                "Hưởng ứng tháng hành động với nhiều hoạt động truyền thông, tập huấn, đối thoại chính sách. ".repeat(10));
        BuildResult result = site.build(dir.resolve("site"));
        assertTrue(result.succeeded(), result.problems().toString());
        search = dir.resolve("site/search");
    }

    @Test
    void theFilesAreShardsAndPacksWhateverTheNumberOfNotices() throws IOException {
        Set<String> others;
        try (Stream<Path> files = Files.walk(search)) {
            others = files.filter(Files::isRegularFile).map(f -> search.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("index/") && !f.matches("[te]/[a-z0-9_]{1,4}-?\\.bin"))
                    .collect(Collectors.toSet());
        }
        assertEquals(Set.of("meta.bin", "pairs.bin", "postings.bin", "records.bin", "attachments.bin"), others);
        String meta = meta(search);
        Matcher slot = Pattern.compile("\"recordSlot\":(\\d+)").matcher(meta);
        assertTrue(slot.find(), meta);
        assertEquals((NOTICES + 1) * Long.parseLong(slot.group(1)), Files.size(search.resolve("records.bin")),
                "one slot per notice");
    }

    @Test
    void everyFileButMetaIsAskedForWithATagOfTheBuildsContent() throws Exception {
        TestSites other = TestSites.at(dir.resolve("other-content"));
        other.notice("n1.md", "Thông báo số 1 về lịch tiếp công dân", "2020-05-11", "author: \"Cái Dung\"\n", "Nội dung.");
        assertTrue(other.build(dir.resolve("other-site")).succeeded());
        String tag = tag(search);
        assertTrue(tag.matches("[0-9a-z]+"), tag);
        assertTrue(!tag.equals(tag(dir.resolve("other-site/search"))), "another build's content has another tag");
        // The Node runner fails a query whose files are asked for without the tag.
        String line = NodeSearch.run(search, List.of(NodeSearch.Query.of("tiep cong dan")), 10,
                Files.createTempDirectory(dir, "tag")).get(0);
        assertTrue(line.contains("\"u\":"), line);
    }

    /**
     * A browser or proxy may keep search-engine.js from an older build for hours; that script
     * must refuse an index in a newer format instead of misreading it.
     */
    @Test
    void aScriptForAnotherVersionOfTheIndexRefusesIt() throws Exception {
        Path copy = dir.resolve("other-version");
        try (Stream<Path> files = Files.walk(search)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(search.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        String older = meta(search).replaceFirst("\"version\":\\d+", "\"version\":3");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(copy.resolve("meta.bin")))) {
            out.write(older.getBytes(StandardCharsets.UTF_8));
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> NodeSearch.run(copy,
                List.of(NodeSearch.Query.of("tiep cong dan")), 10, Files.createTempDirectory(dir, "version")));
        assertTrue(refused.getMessage().contains("the search index is version 3, this script reads 6; reload the page"),
                refused.getMessage());
    }

    private static String tag(Path searchFolder) throws IOException {
        Matcher tag = Pattern.compile("\"tag\":\"([^\"]+)\"").matcher(meta(searchFolder));
        assertTrue(tag.find());
        return tag.group(1);
    }

    private static String meta(Path searchFolder) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(searchFolder.resolve("meta.bin")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aServerThatIgnoresRangesGetsTheSameAnswers() throws Exception {
        List<NodeSearch.Query> queries = List.of(NodeSearch.Query.of("tiep cong dan"), NodeSearch.Query.of("bình đẳng giới"),
                NodeSearch.Query.of("thang hanh").typing(), new NodeSearch.Query("thông báo", false, null, null, null, true));
        List<String> ranged = NodeSearch.run(search, queries, 10, true, Files.createTempDirectory(dir, "ranged"));
        List<String> whole = NodeSearch.run(search, queries, 10, false, Files.createTempDirectory(dir, "whole"));
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(answer(ranged.get(i)), answer(whole.get(i)), queries.get(i).toString());
            assertTrue(answer(ranged.get(i)).contains("\"u\":"), "found records for " + queries.get(i));
        }
        assertTrue(whole.get(0).contains("\"files\":[\"meta.bin\"") && whole.get(0).contains("\"records.bin\""),
                "whole files: " + whole.get(0));
    }

    @Test
    void recordsOfNeighboursComeInOneRangeRequest() throws Exception {
        String line = NodeSearch.run(search, List.of(new NodeSearch.Query("thông báo", false, null, null, null, true)), 10,
                Files.createTempDirectory(dir, "date")).get(0);
        Matcher requests = Pattern.compile("\"records\\.bin@\\d+-\\d+\"").matcher(line);
        int count = 0;
        while (requests.find()) {
            count++;
        }
        assertEquals(1, count, line);
    }

    @Test
    void aLongRecordKeepsItsTitleAndAShorterExcerpt() throws Exception {
        String line = NodeSearch.run(search, List.of(NodeSearch.Query.of("bao luc tren co so gioi")), 1,
                Files.createTempDirectory(dir, "long")).get(0);
        Matcher record = Pattern.compile("\"t\":\"([^\"]*)\".*\"s\":\"([^\"]*)\"").matcher(line);
        assertTrue(record.find(), line);
        assertEquals(LONG_TITLE, record.group(1));
        int excerpt = record.group(2).length();
        assertTrue(excerpt >= 40 && excerpt < StaticExport.SNIPPET_LENGTH, "excerpt of " + excerpt + " characters: " + line);
    }

    /** A runner line without what was fetched. */
    private static String answer(String line) {
        return line.replaceAll("\"bytes\":\\d+,\"files\":\\[[^\\]]*\\],", "");
    }
}

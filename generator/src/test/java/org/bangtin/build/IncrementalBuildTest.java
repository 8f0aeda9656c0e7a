package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.OutputSnapshot;
import org.bangtin.PageAhead;
import org.bangtin.SiteBuilder;
import org.bangtin.search.SearchQuery;
import org.bangtin.search.Searcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's rebuilds: after each edit of a scripted series on a copy of the example
 * site, the folder updated in place equals, byte for byte, a build of the same content from
 * scratch (Lucene's own files aside, which carry a random segment id in any build), and pages the
 * edit does not touch are not written again.
 */
class IncrementalBuildTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 9, 0);
    private static final String EDITED = "2019/02/day-nhanh-tien-do-gieo-cay-vu-xuan-nam-2019-bao-dam-khung-thoi-vu/index.html";
    private static final String UNTOUCHED = "2023/05/thong-bao-lich-tiem-chung-mo-rong-thang-6-nam-2023-tai-cac-tram-y-te-xa-thi-tran/index.html";

    @TempDir
    Path dir;
    private Path content;
    private Path served;
    private final SiteBuilder rebuilds = SiteBuilder.incremental();
    private int fullBuilds;

    @BeforeEach
    void copyTheExampleSite() throws IOException {
        content = dir.resolve("content");
        served = dir.resolve("served");
        Path example = Path.of(System.getProperty("bangtin.exampleSite", "../content"));
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = example.relativize(file);
                if (!relative.startsWith("target") && !relative.toString().equals("pom.xml")) {
                    Files.createDirectories(content.resolve(relative).getParent());
                    Files.copy(file, content.resolve(relative), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        assertTrue(rebuild().succeeded());
    }

    @Test
    void everyRebuildAfterAnEditEqualsAFullBuild() throws Exception {
        Path untouchedPage = served.resolve(UNTOUCHED);
        assertTrue(Files.exists(untouchedPage), "the example site has changed; pick another untouched page");
        Files.setLastModifiedTime(untouchedPage, FileTime.fromMillis(0));

        // A notice's text.
        append("notices/2019/day-nhanh-gieo-cay-vu-xuan.md", "\nCác xã báo cáo kết quả trước ngày 10/3/2019.\n");
        BuildResult quick = rebuilds.buildPagesFirst(request(served));
        assertTrue(quick.succeeded(), quick.problems().toString());
        assertTrue(read(EDITED).contains("trước ngày 10/3/2019"), "the quick rebuild does not show the edit");
        assertTrue(quick.changedFiles().contains(EDITED), quick.changedFiles().toString());
        assertSameAsFullBuild("a notice's text changed");
        assertTrue(read(EDITED).contains("trước ngày 10/3/2019"));
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(untouchedPage),
                "a page the edit does not touch was written again");

        // A notice's title, which the lists and related lists show, and which moves its page: the
        // notices that link to it must link to the new address.
        replace("notices/2019/thang-hanh-dong-binh-dang-gioi/index.md", "title: \"Kế hoạch tổ chức",
                "title: \"Kế hoạch triển khai");
        BuildResult moved = rebuilds.buildPagesFirst(request(served));
        assertEquals(Map.of("/2019/10/ke-hoach-to-chuc-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren/",
                "/2019/10/ke-hoach-trien-khai-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc/"),
                moved.movedPages(), "the tabs showing the page follow it to its new address");
        assertRebuildIsFullBuild("a title changed");
        assertEquals(Map.of(), rebuild().movedPages(), "nothing moved since");

        // A new notice, in a month that had none.
        write("notices/2025/thong-bao-lich-tiep-dan-thang-1.md", "---\ntitle: \"Thông báo lịch tiếp công dân tháng 01/2025\"\n"
                + "date: 2025-01-06\ncategory: \"Thông báo\"\ntags: [\"tiếp công dân\"]\n---\n\n"
                + "Chủ tịch UBND huyện tiếp công dân vào ngày 15/01/2025 tại trụ sở UBND huyện.\n");
        assertSameAsFullBuild("a notice was added");

        // A notice that is a symbolic link to a file elsewhere in the content folder: editing the
        // file changes the file's size and time, not the link's.
        write("nguon/thong-bao-chung.txt", "---\ntitle: \"Thông báo chung về lịch họp\"\ndate: 2025-01-08\n"
                + "category: \"Thông báo\"\n---\n\nHọp giao ban vào sáng thứ Hai.\n");
        Files.createSymbolicLink(content.resolve("notices/2025/thong-bao-chung.md"),
                Path.of("../../nguon/thong-bao-chung.txt"));
        assertSameAsFullBuild("a linked notice was added");
        append("nguon/thong-bao-chung.txt", "\nThành phần: lãnh đạo các phòng, ban.\n");
        assertSameAsFullBuild("a linked notice's file changed");
        assertTrue(read("2025/01/thong-bao-chung-ve-lich-hop/index.html").contains("lãnh đạo các phòng, ban"));

        // A published copy is taken as unchanged while it has its source's size and time, so a
        // rebuild does not read every attachment; an image edited to the same size is copied again.
        Path image = content.resolve("notices/2019/chi-thi-dich-ta-lon-chau-phi/so-do.png");
        String servedImage = "2019/05/chi-thi-ve-viec-tang-cuong-cac-bien-phap-cap-bach-phong-chong-benh-dich-ta-lon/so-do.png";
        assertEquals(Files.getLastModifiedTime(image), Files.getLastModifiedTime(served.resolve(servedImage)),
                "a copy keeps its source's time");
        byte[] pixels = Files.readAllBytes(image);
        pixels[pixels.length / 2] ^= 0x01;
        Files.write(image, pixels);
        Files.setLastModifiedTime(image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 2_000));
        BuildResult copied = rebuilds.buildPagesFirst(request(served));
        assertEquals(List.of(servedImage), copied.changedFiles(), "only the edited image is written again");
        assertSameAsFullBuild("a linked image changed, same size");

        // Renaming a notice that another links to breaks the link: the rebuild fails and the served
        // site stays as it was; fixing the link makes it whole again.
        Map<String, String> before = OutputSnapshot.of(served);
        Files.move(content.resolve("notices/2019/phat-dong-thang-hanh-dong-binh-dang-gioi.md"),
                content.resolve("notices/2019/le-phat-dong-thang-hanh-dong.md"));
        BuildResult broken = rebuild();
        assertFalse(broken.succeeded());
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("phat-dong-thang-hanh-dong-binh-dang-gioi.md")),
                broken.problems().toString());
        assertEquals(before, OutputSnapshot.of(served), "a failed rebuild changed the served site");
        replace("notices/2019/bao-cao-binh-dang-gioi-2019.md", "phat-dong-thang-hanh-dong-binh-dang-gioi.md",
                "le-phat-dong-thang-hanh-dong.md");
        assertSameAsFullBuild("a notice was renamed and the link to it fixed");

        // A rebuild stopped by a newer edit leaves the served site as it was.
        before = OutputSnapshot.of(served);
        append("notices/2023/chi-tieu-tuyen-sinh-lop-10.md", "\nThí sinh xem hướng dẫn tại trường.\n");
        // Stopped at each look at the condition in turn: in every phase, and among the pages.
        for (int stopAt : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 100}) {
            java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
            BuildResult stopped = rebuilds.build(BuildRequest.builder().contentDir(content).outputDir(served).now(NOW)
                    .cacheDir(dir.resolve("cache")).cancelWhen(() -> looks.incrementAndGet() >= stopAt).build());
            assertEquals(BuildResult.Status.CANCELLED, stopped.status(), "stopped at look " + stopAt);
            assertEquals(before, OutputSnapshot.of(served), "a rebuild stopped at look " + stopAt + " changed the served site");
        }
        assertSameAsFullBuild("a rebuild was stopped, then done");

        // A notice deleted.
        Files.delete(content.resolve("notices/2023/dau-gia-dat-phu-my.md"));
        assertSameAsFullBuild("a notice was deleted");
        assertTrue(OutputSnapshot.of(served).keySet().stream().noneMatch(path -> path.contains("dong-cua-xa-phu-my")),
                "the deleted notice's page is still served");

        // A template of the site's own theme that lists use and notice pages do not; then a style
        // sheet, which no page is made of; then the theme's UI strings, then site.yml.
        Files.setLastModifiedTime(untouchedPage, FileTime.fromMillis(0));
        write("theme/templates/partials/notice-item.peb", bundled("templates/partials/notice-item.peb")
                + "{# the site's own copy #}<!-- ban sao -->\n");
        assertSameAsFullBuild("a template was overridden");
        assertTrue(read("index.html").contains("<!-- ban sao -->"));
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(untouchedPage),
                "a notice page was written again for a list template");
        write("theme/static/css/site.css", bundled("static/css/site.css") + "\n.ban-sao { color: #000; }\n");
        assertSameAsFullBuild("a style sheet was overridden");
        assertTrue(read("css/site.css").contains(".ban-sao"));
        String version = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(read("css/site.css").getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 10);
        assertTrue(Files.readString(untouchedPage).contains("/css/site.css?v=" + version + "\""),
                "every page names the new style sheet by its new version");
        write("theme/i18n/messages_vi.properties", "list.latest=Tin mới đăng\n");
        assertRebuildIsFullBuild("a UI string was overridden, rebuilt in one step");
        replace("site.yml", "pageSize: 10", "pageSize: 7");
        assertSameAsFullBuild("site.yml changed");

        // Bad front matter fails the rebuild; fixing it gives the full build's site again.
        String good = Files.readString(content.resolve("notices/2024/lich-nghi-tet-at-ty.md"));
        write("notices/2024/lich-nghi-tet-at-ty.md", good.replaceFirst("date: ", "date: 31/02/"));
        assertFalse(rebuild().succeeded());
        write("notices/2024/lich-nghi-tet-at-ty.md", good);
        assertSameAsFullBuild("a bad edit was fixed");
        // A notice with a bad field but a good title and date is planned and rendered, not published.
        write("notices/2024/lich-nghi-tet-at-ty.md", good.replaceFirst("date: ",
                "slug: \"Khong Hop Le\"\nreplacedBy: khong.md\nattachments: [khong.pdf]\ndate: "));
        assertFalse(rebuild().succeeded());
        write("notices/2024/lich-nghi-tet-at-ty.md", good);
        assertSameAsFullBuild("a bad field was fixed");
    }

    @Test
    void anEditOfANoticesTextIsRenderedAheadAsTheRebuildRendersIt() throws IOException {
        Path home = served.resolve("index.html");
        Files.setLastModifiedTime(home, FileTime.fromMillis(0));
        String notice = "notices/2019/day-nhanh-gieo-cay-vu-xuan.md";
        append(notice, "\nCác xã báo cáo kết quả trước ngày 10/3/2019.\n");

        // An editor's temporary file that came and went in the same burst does not matter.
        List<PageAhead> ahead = rebuilds.renderPagesAhead(request(served), changed(notice, "notices/2019/.~lock.tmp", "notices/4913"));
        assertEquals(List.of(PageAhead.at("/" + EDITED.replace("index.html", ""))), ahead);
        assertTrue(read(EDITED).contains("trước ngày 10/3/2019"), "the page rendered ahead does not show the edit");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(home), "only the notice's page is written ahead");

        // The rebuild renders the page to the same bytes, so it does not write it again.
        BuildResult quick = rebuilds.buildPagesFirst(request(served));
        assertTrue(quick.succeeded(), quick.problems().toString());
        assertFalse(quick.changedFiles().contains(EDITED), "the page rendered ahead differs from the rebuild's: "
                + quick.changedFiles());
        assertRebuildIsFullBuild("a notice's text, rendered ahead");
    }

    @Test
    void anEditOfTheFrontMatterIsRenderedAheadWhereTheRebuildPutsIt() throws IOException {
        Path home = served.resolve("index.html");
        Files.setLastModifiedTime(home, FileTime.fromMillis(0));
        String notice = "notices/2019/day-nhanh-gieo-cay-vu-xuan.md";
        String was = "/" + EDITED.replace("index.html", "");
        String now = "/2019/02/ve-viec-day-nhanh-tien-do-gieo-cay-vu-xuan-nam-2019-bao-dam-khung-thoi-vu/";

        // A new title makes a new address: the page is written there, and the old one stays until
        // the rebuild, which renders the page to the same bytes and deletes the old one.
        replace(notice, "title: \"", "title: \"Về việc ");
        assertEquals(List.of(new PageAhead(now, was)), rebuilds.renderPagesAhead(request(served), changed(notice)));
        assertTrue(read(now.substring(1) + "index.html").contains(">Về việc Đẩy nhanh tiến độ gieo cấy vụ Xuân năm 2019"),
                "the page written ahead does not show the new title");
        assertTrue(Files.exists(served.resolve(EDITED)), "the old address is served until the rebuild");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(home), "only the notice's page is written ahead");
        BuildResult quick = rebuilds.buildPagesFirst(request(served));
        assertTrue(quick.succeeded(), quick.problems().toString());
        assertFalse(quick.changedFiles().contains(now.substring(1) + "index.html"),
                "the page rendered ahead differs from the rebuild's: " + quick.changedFiles());
        assertTrue(quick.changedFiles().contains(EDITED), "the old address is gone: " + quick.changedFiles());
        assertEquals(Map.of(was, now), quick.movedPages());
        assertRebuildIsFullBuild("a title, rendered ahead");

        // Another category keeps the address; a page written at a new address by an edit undone
        // before the rebuild is deleted by it.
        replace(notice, "category: \"Nông nghiệp\"", "category: \"Kinh tế\"");
        assertEquals(List.of(PageAhead.at(now)), rebuilds.renderPagesAhead(request(served), changed(notice)));
        assertTrue(read(now.substring(1) + "index.html").contains("Kinh tế"));
        replace(notice, "title: \"Về việc ", "title: \"");
        assertEquals(List.of(new PageAhead(was, now)), rebuilds.renderPagesAhead(request(served), changed(notice)));
        replace(notice, "title: \"", "title: \"Về việc ");
        assertEquals(List.of(PageAhead.at(now)), rebuilds.renderPagesAhead(request(served), changed(notice)));
        assertTrue(Files.exists(served.resolve(EDITED)), "written ahead at the address it had");
        assertRebuildIsFullBuild("a category, and a title changed and changed back, rendered ahead");
    }

    @Test
    void onlyEditsOfPublishedNoticesThatOtherFilesDoNotDependOnAreRenderedAhead() throws IOException {
        String notice = "notices/2019/day-nhanh-gieo-cay-vu-xuan.md";
        Map<String, String> before = OutputSnapshot.of(served);
        String good = Files.readString(content.resolve(notice));

        write(notice, good.replaceFirst("---\n", "---\ndraft: true\n"));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "a draft leaves the site");
        write(notice, good.replaceFirst("---\n", "---\npublish: 2025-02-01\n"));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "scheduled for later");
        write(notice, good.replaceFirst("---\n", "---\naliases: [\"/tin-cu/gieo-cay.html\"]\n"));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "an alias is a redirect page");
        write(notice, good.replace("date: 2019-02-18", "date: 2019-10-20\nslug: \"ke-hoach-to-chuc-thang-hanh-dong-vi-binh-"
                + "dang-gioi-va-phong-chong-bao-luc-tren\""));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)),
                "the slug moves another notice's page");
        write(notice, good.replace("date: 2019-02-18", "date: 2019-02-18\nslug: \"18\""));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)),
                "the slug is an error of the plan (the day's archive has that address)");
        write(notice, good);
        append(notice, "\nThêm một câu.\n");
        write("notices/2025/thong-bao-moi.md", "---\ntitle: \"Thông báo mới\"\ndate: 2025-01-06\n---\n\nNội dung.\n");
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice, "notices/2025/thong-bao-moi.md")),
                "a new notice is in lists that only the rebuild makes");
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice, "site.yml")), "site.yml changed");
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), Set.of(content)), "the watcher lost events");
        good = Files.readString(content.resolve(notice));
        write(notice, good.replaceFirst("date: ", "date: 31/02/"));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "a notice with an error");
        write(notice, good + "\nXem [kế hoạch](khong-co-ke-hoach-nay.md).\n");
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "a text with an error");
        Files.copy(content.resolve("notices/2019/chi-thi-dich-ta-lon-chau-phi/so-do.png"),
                content.resolve("notices/2019/so-do-gieo-cay.png"));
        write(notice, good + "\n![Sơ đồ gieo cấy](so-do-gieo-cay.png)\n");
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)),
                "a new image is published by the rebuild only: the page ahead would show it missing");
        assertEquals(before, OutputSnapshot.of(served), "a change that is not a text edit was written ahead");
        assertTrue(rebuild().succeeded());
        write(notice, good.replaceFirst("(?s)(---.*?---\n)", "$1\nMột câu mới ở đầu.\n") + "\n![Sơ đồ gieo cấy](so-do-gieo-cay.png)\n");
        assertEquals(1, rebuilds.renderPagesAhead(request(served), changed(notice)).size(),
                "a text edit above an image it already shows is rendered ahead");
        write(notice, good);
        Files.delete(content.resolve("notices/2019/so-do-gieo-cay.png"));

        // After a failed rebuild the served site is not what the content says: nothing ahead until
        // a rebuild succeeds.
        write(notice, good.replaceFirst("date: ", "date: 31/02/"));
        assertFalse(rebuild().succeeded());
        write(notice, good);
        Files.delete(content.resolve("notices/2025/thong-bao-moi.md"));
        assertEquals(List.of(), rebuilds.renderPagesAhead(request(served), changed(notice)), "after a failed rebuild");
        assertTrue(rebuild().succeeded());
        append(notice, "\nMột câu nữa.\n");
        assertEquals(1, rebuilds.renderPagesAhead(request(served), changed(notice)).size(), "after the fix");
    }

    /** The files as the watcher gives them: absolute, under the content folder. */
    private Set<Path> changed(String... relative) {
        return java.util.Arrays.stream(relative).map(r -> content.resolve(r).toAbsolutePath().normalize())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aRebuildReadsNoUnchangedPdfAgain() throws IOException {
        deleteTree(dir.resolve("cache")); // the PDF cache on disk: not what spares the reading here
        BuildResult rebuilt = rebuild();
        assertTrue(rebuilt.succeeded(), rebuilt.problems().toString());
        assertTrue(rebuilt.pdfs().pdfs() > 0, "the example site has attached PDFs");
        assertEquals(rebuilt.pdfs().pdfs(), rebuilt.pdfs().reused(), "every unchanged PDF comes from memory");
        assertFalse(Files.exists(dir.resolve("cache")), "no PDF was read again, so none was cached again");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * Rebuilds as the preview does, the pages first (reusing the last search index and related
     * lists), then everything; the result must equal a build from scratch.
     */
    private void assertSameAsFullBuild(String edit) {
        BuildResult pages = rebuilds.buildPagesFirst(request(served));
        assertTrue(pages.succeeded(), edit + ": " + pages.problems());
        assertTrue(rebuilds.searchPending(), edit);
        assertTrue(pages.changedFiles().stream().noneMatch(path -> path.startsWith("search/")), edit + ": " + pages.changedFiles());
        assertRebuildIsFullBuild(edit);
    }

    private void assertRebuildIsFullBuild(String edit) {
        BuildResult incremental = rebuild();
        assertFalse(rebuilds.searchPending(), edit);
        assertTrue(incremental.succeeded(), edit + ": " + incremental.problems());
        Path full = dir.resolve("full-" + ++fullBuilds);
        BuildResult scratch = SiteBuilder.create().build(request(full));
        assertTrue(scratch.succeeded(), edit + ": " + scratch.problems());
        Map<String, String> expected = withoutLuceneFiles(OutputSnapshot.of(full));
        Map<String, String> actual = withoutLuceneFiles(OutputSnapshot.of(served));
        assertEquals(expected.keySet(), actual.keySet(), edit + ": the files differ");
        expected.forEach((path, hash) -> assertEquals(hash, actual.get(path), edit + ": " + path + " differs"));
        assertEquals(scratch.pages(), incremental.pages(), edit);
        // Lucene's files carry other names and ids, but hold the same index.
        assertEquals(searchResults(full), searchResults(served), edit + ": the Lucene index answers otherwise");
        assertFalse(Files.exists(served.resolve("search/index/write.lock")), edit);
        assertEquals(scratch.problems(), incremental.problems(), edit);
        assertNotEquals(0, expected.size());
    }

    /** What the Lucene index in a built site answers to a few queries: URLs and scores. */
    private static List<String> searchResults(Path site) {
        List<String> answers = new java.util.ArrayList<>();
        try (Searcher searcher = Searcher.open(site.resolve("search/index"))) {
            for (String query : List.of("binh dang gioi", "kế hoạch", "tiêm chủng", "đường")) {
                for (Searcher.Hit hit : searcher.search(SearchQuery.parse(query, false), 10).hits()) {
                    answers.add(query + " " + searcher.shown(hit.doc()).url() + " " + hit.score());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return answers;
    }

    private BuildResult rebuild() {
        return rebuilds.build(request(served));
    }

    private BuildRequest request(Path output) {
        return BuildRequest.builder().contentDir(content).outputDir(output).now(NOW)
                .cacheDir(dir.resolve("cache")).build();
    }

    private static Map<String, String> withoutLuceneFiles(Map<String, String> files) {
        files.keySet().removeIf(path -> path.startsWith("search/index/"));
        return files;
    }

    private String read(String servedPath) throws IOException {
        return Files.readString(served.resolve(servedPath));
    }

    private void write(String relative, String text) throws IOException {
        Files.createDirectories(content.resolve(relative).getParent());
        Files.writeString(content.resolve(relative), text);
    }

    private void append(String relative, String text) throws IOException {
        write(relative, Files.readString(content.resolve(relative)) + text);
    }

    private void replace(String relative, String from, String to) throws IOException {
        String text = Files.readString(content.resolve(relative));
        assertTrue(text.contains(from), relative + " has no '" + from + "'");
        write(relative, text.replace(from, to));
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = IncrementalBuildTest.class.getClassLoader().getResourceAsStream("bangtin/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

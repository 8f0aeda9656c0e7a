package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.OutputSnapshot;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.bangtin.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of small sites: what is written, what is reported, what is left alone. */
class BuildPipelineTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("tin/a.md", "Thông báo lịch tiếp công dân", "2019-03-27", "category: Thông báo\nauthor: \"Cái Dung\"\n", "Nội dung **A**.")
                .notice("tin/b.md", "Kế hoạch gieo cấy vụ xuân", "2019-04-02", "category: Nông nghiệp\nauthor: \"Cái Dung\"\n", "Nội dung B.");
    }

    private static List<String> locations(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void buildsPagesWithTheBasePath() throws IOException {
        BuildResult result = site().build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertEquals(2, result.notices());
        Document page = Jsoup.parse(dir.resolve("out/2019/03/thong-bao-lich-tiep-cong-dan/index.html").toFile());
        assertEquals("Thông báo lịch tiếp công dân", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("link[rel=stylesheet]").attr("href").matches("/tin/css/site\\.css\\?v=[0-9a-f]{10}"));
        assertEquals("https://phuloc.example.gov.vn/tin/2019/03/thong-bao-lich-tiep-cong-dan/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Files.exists(dir.resolve("out/404.html")));
        assertTrue(Files.exists(dir.resolve("out/chuyen-muc/nong-nghiep/index.html")));
    }

    /**
     * Every file but Lucene's own index files, which carry the random segment id Lucene gives each
     * index; the static search export read from them is byte-identical.
     */
    @Test
    void twoBuildsOfTheSameInputGiveIdenticalBytes() {
        TestSites site = site();
        site.build(dir.resolve("out1"));
        site.build(dir.resolve("out2"));
        Map<String, String> first = withoutLuceneFiles(OutputSnapshot.of(dir.resolve("out1")));
        assertEquals(first, withoutLuceneFiles(OutputSnapshot.of(dir.resolve("out2"))));
        assertTrue(first.keySet().containsAll(List.of("index.html", "404.html", "css/site.css", "search/meta.bin",
                "tim-kiem/index.html", "2019/03/thong-bao-lich-tiep-cong-dan/index.html")), first.keySet().toString());
    }

    /**
     * A rebuild after one notice's edit writes only the files whose bytes changed; the rest keep
     * their modification time (the same files, linked), as a web server's ETag and rsync see them.
     */
    @Test
    void aRebuildKeepsTheTimeOfEveryFileItWouldWriteUnchanged() throws IOException {
        TestSites site = site();
        Path out = dir.resolve("out");
        assertTrue(site.build(out).succeeded());
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L);
        List<Path> files;
        try (var walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(file, old);
        }

        site.notice("tin/b.md", "Kế hoạch gieo cấy vụ xuân", "2019-04-02", "category: Nông nghiệp\nauthor: \"Cái Dung\"\n",
                "Nội dung B, sửa lại.");
        assertTrue(site.build(out).succeeded());

        List<String> rewritten;
        try (var walk = Files.walk(out)) {
            rewritten = walk.filter(Files::isRegularFile).filter(f -> {
                try {
                    return !Files.getLastModifiedTime(f).equals(old);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> out.relativize(f).toString()).filter(f -> !f.startsWith("search/")).sorted().toList();
        }
        assertTrue(rewritten.contains("2019/04/ke-hoach-gieo-cay-vu-xuan/index.html"), rewritten.toString());
        assertFalse(rewritten.contains("2019/03/thong-bao-lich-tiep-cong-dan/index.html"), rewritten.toString());
        assertFalse(rewritten.contains("css/site.css"), rewritten.toString());
        assertTrue(rewritten.size() < files.size() / 2, rewritten + " of " + files.size());
        assertTrue(Jsoup.parse(out.resolve("2019/04/ke-hoach-gieo-cay-vu-xuan/index.html").toFile()).text()
                .contains("Nội dung B, sửa lại."));
    }

    /**
     * A site's own search page from before search-start.js loads the search's scripts itself, and
     * its search would not start: a warning at the line, with what to write instead. One that
     * loads search-start.js is not warned of.
     */
    @Test
    void aSitesSearchPageFromBeforeSearchStartIsWarnedOf() {
        String old = "{% extends \"base\" %}\n{% block head %}\n<script src=\"{{ asset('/js/search-engine.js') }}\" defer></script>\n"
                + "<script src=\"{{ asset('/js/search-ui.js') }}\" defer></script>\n{% endblock %}\n";
        BuildResult result = site().file("theme/templates/search.peb", old).build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertTrue(locations(result).contains("theme/templates/search.peb:4: warning: the site's search page loads"
                + " js/search-ui.js without js/search-start.js, which now checks the browser and starts the search: the"
                + " page would find nothing"), locations(result).toString());

        BuildResult current = site().file("theme/templates/search.peb", old.replace("search-engine.js", "search-start.js"))
                .build(dir.resolve("out"));
        assertTrue(locations(current).stream().noneMatch(l -> l.contains("search-start.js")), locations(current).toString());
    }

    private static Map<String, String> withoutLuceneFiles(Map<String, String> files) {
        files.keySet().removeIf(path -> path.startsWith("search/index/"));
        return files;
    }

    @Test
    void aCategoryListedInSiteYmlIsShownAsSiteYmlSpellsItWhateverItsNoticesWrite() throws IOException {
        BuildResult result = site().file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn\"\ncategories: [\"Thông báo\", \"Nông nghiệp\"]\n")
                .notice("tin/c.md", "Thông báo lịch cắt điện", "2019-05-02", "category: \"Thong bao\"\nauthor: \"Cái Dung\"\n", "C.")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertEquals(List.of("tin/c.md:4: warning: category 'Thong bao' is written differently from 'Thông báo' in site.yml;"
                + " shown as 'Thông báo'"), locations(result));
        Document list = Jsoup.parse(dir.resolve("out/chuyen-muc/thong-bao/index.html").toFile());
        assertEquals("Thông báo", list.selectFirst("h1").text());
        for (String page : List.of("out/2019/03/thong-bao-lich-tiep-cong-dan/index.html", "out/2019/05/thong-bao-lich-cat-dien/index.html")) {
            Document notice = Jsoup.parse(dir.resolve(page).toFile());
            assertEquals(List.of("Thông báo"), notice.select("a[href=/chuyen-muc/thong-bao/]").eachText().stream().distinct()
                    .toList(), page);
        }
    }

    @Test
    void aFailingBuildReportsEveryProblemAndLeavesThePreviousOutputIntact() throws IOException {
        TestSites site = site();
        assertTrue(site.build(dir.resolve("out")).succeeded());
        Map<String, String> before = OutputSnapshot.of(dir.resolve("out"));

        site.file("tin/a.md", "---\ntitle: \"A\"\ndate: 30/02/2019\n---\n")
                .file("tin/c.md", "---\ntittle: \"C\"\ndate: 2019-05-01\n---\n")
                .notice("tin/d.md", "D", "2019-05-02", "author: \"Cái Dung\"\n", "![ảnh](khong-co.png)");
        BuildResult failed = site.build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(List.of(
                "tin/a.md:3: error: 'date': \"30/02/2019\" is not a real date: February 2019 has no day 30 (it has 28 days)",
                "tin/c.md:1: error: missing 'title' in the front matter",
                "tin/c.md:2: error: unknown field 'tittle' in the front matter",
                "tin/d.md:6: error: attachment 'khong-co.png' not found (looked for tin/khong-co.png)"),
                locations(failed));
        assertEquals(before, OutputSnapshot.of(dir.resolve("out")));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(".out.bangtin-lock", "content", "out"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void markdownFilesWithAnotherEndingAreNotNoticesAndAreWarnedAbout() {
        TestSites site = site().notice("tin/C.MD", "C", "2019-05-01", "author: \"Cái Dung\"\n", "Nội dung C.")
                .notice("tin/d.markdown", "D", "2019-05-02", "author: \"Cái Dung\"\n", "Nội dung D.")
                .file("tin/ghi-chu.txt", "Không phải tin.");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertEquals(2, result.notices());
        assertEquals(List.of("tin/C.MD: warning: not read: notices are the files whose names end in '.md', in lower case",
                "tin/d.markdown: warning: not read: notices are the files whose names end in '.md', in lower case"),
                locations(result));
        assertEquals("rename it to C.md if it is a notice", result.problems().get(0).hint());
    }

    /** Nesting that would overflow the stack of any tree walk is each notice's error, with its line. */
    @Test
    void nestingThousandsOfLevelsDeepIsReportedWithItsLine() {
        TestSites site = site();
        assertTrue(site.build(dir.resolve("out")).succeeded());
        Map<String, String> before = OutputSnapshot.of(dir.resolve("out"));
        String tooDeep = ": error: the text nests too deeply: quotes, lists or emphasis inside one another thousands of"
                + " levels deep (the deepest on this line)";

        site.notice("tin/c.md", "C", "2019-05-01", "author: \"Cái Dung\"\n", ">".repeat(300_000) + " trích dẫn")
                .notice("tin/d.md", "D", "2019-05-02", "author: \"Cái Dung\"\n",
                        "Mở đầu.\n\n" + "*".repeat(200_000) + "nhấn mạnh" + "*".repeat(200_000))
                .notice("tin/e.md", "E", "2019-05-03", "author: \"Cái Dung\"\ntags: " + "[".repeat(50_000)
                        + "]".repeat(50_000) + "\n", "Nội dung.");
        BuildResult failed = site.build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(List.of("tin/c.md:6" + tooDeep, "tin/d.md:8" + tooDeep, "tin/e.md:5: error: malformed YAML: lists or"
                + " mappings inside one another thousands of levels deep"), locations(failed));
        assertEquals(before, OutputSnapshot.of(dir.resolve("out")));
    }

    /** A build keeps its notices' texts in a temporary file; without one it cannot go on, and says why. */
    @Test
    void aBuildWithoutATemporaryFolderSaysSoAndLeavesThePreviousOutputIntact() {
        TestSites site = site();
        assertTrue(site.build(dir.resolve("out")).succeeded());
        Map<String, String> before = OutputSnapshot.of(dir.resolve("out"));
        String temporaryFolder = System.getProperty("java.io.tmpdir");
        Path missing = dir.resolve("no-such-folder");
        BuildResult failed;
        try {
            System.setProperty("java.io.tmpdir", missing.toString());
            failed = site.build(dir.resolve("out"));
        } finally {
            System.setProperty("java.io.tmpdir", temporaryFolder);
        }

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        Diagnostic problem = failed.problems().get(0);
        assertTrue(problem.message().startsWith("cannot create a temporary file in " + missing), problem.message());
        assertTrue(problem.hint().contains("-Djava.io.tmpdir="), problem.hint());
        assertEquals(before, OutputSnapshot.of(dir.resolve("out")));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLine() {
        TestSites site = site();
        byte[] windows1258 = "---\ntitle: \"Th\u00f4ng b\u00e1o\"\ndate: 2019-03-27\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        site.bytes("tin/cu.md", windows1258);

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(List.of("tin/cu.md:2: error: the file is not UTF-8 text (byte 0xF4 at offset 14)"), locations(result));
    }

    @Test
    void aUtf16FileAndAnEmptyFileAreNamedForWhatTheyAre() {
        TestSites site = site();
        site.bytes("tin/unicode.md", "\uFEFF---\ntitle: \"Thông báo\"\ndate: 2019-03-27\n---\n".getBytes(StandardCharsets.UTF_16LE));
        site.bytes("tin/rong.md", new byte[0]);

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(List.of("tin/rong.md:1: error: the file is empty",
                "tin/unicode.md:1: error: the file is saved as UTF-16 (\"Unicode\" in Notepad's Save as), not UTF-8"),
                locations(result));
    }

    /**
     * A notice's Markdown is kept as its file's bytes when decoding changes nothing, else as the
     * decoded text: Windows line ends and a byte order mark must give the same page, and a file that
     * ends with its front matter an empty body.
     */
    @Test
    void lineEndsAndAByteOrderMarkGiveTheSameBody() throws IOException {
        String notice = "---\ntitle: \"Thông báo %s\"\ndate: 2019-03-2%d\n---\nĐoạn **một**.\n\n- Mục 😀\n  hai\n";
        TestSites site = TestSites.at(dir.resolve("content"))
                .file("tin/lf.md", notice.formatted("lf", 1))
                .file("tin/crlf.md", notice.formatted("crlf", 2).replace("\n", "\r\n"))
                .file("tin/bom.md", "\uFEFF" + notice.formatted("bom", 3))
                .file("tin/empty.md", "---\ntitle: \"Thông báo trống\"\ndate: 2019-03-24\n---");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        List<String> bodies = new java.util.ArrayList<>();
        for (String slug : List.of("lf", "crlf", "bom")) {
            Document page = Jsoup.parse(dir.resolve("out/2019/03/thong-bao-" + slug + "/index.html").toFile());
            bodies.add(page.selectFirst(".notice-body").html());
        }
        assertEquals("<p>Đoạn <strong>một</strong>.</p>\n<ul>\n <li>Mục 😀 hai</li>\n</ul>", bodies.get(0));
        assertEquals(List.of(bodies.get(0), bodies.get(0), bodies.get(0)), bodies);
        Document empty = Jsoup.parse(dir.resolve("out/2019/03/thong-bao-trong/index.html").toFile());
        assertEquals("", empty.selectFirst(".notice-body").text());
    }

    @Test
    void aContentFolderReachedThroughASymbolicLinkIsBuilt() throws IOException {
        TestSites site = site();
        site.notice("tin/e.md", "Lịch tiếp công dân", "2019-05-02", "author: \"Cái Dung\"\n", "Nội dung.");
        Path link = Files.createSymbolicLink(dir.resolve("noi-dung"), site.root());

        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(link).outputDir(dir.resolve("out")).build());

        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(Files.readString(dir.resolve("out/2019/05/lich-tiep-cong-dan/index.html")).contains("Lịch tiếp công dân"));
    }

    @Test
    void listsShowANoticesNewTitleAfterARebuild() throws IOException {
        // The lists keep each notice's item (a fragment cache): only within one build.
        TestSites site = site();
        site.notice("tin/e.md", "Lịch tiếp công dân", "2019-05-02", "slug: lich-tiep\n", "Nội dung.");
        assertTrue(site.build(dir.resolve("out")).succeeded());
        assertTrue(Files.readString(dir.resolve("out/index.html")).contains(">Lịch tiếp công dân</a>"));

        site.notice("tin/e.md", "Lịch tiếp công dân tháng 5", "2019-05-02", "slug: lich-tiep\n", "Nội dung.");
        assertTrue(site.build(dir.resolve("out")).succeeded());
        for (String list : List.of("index.html", "2019/05/index.html", "2019/05/02/index.html")) {
            String html = Files.readString(dir.resolve("out").resolve(list));
            assertTrue(html.contains(">Lịch tiếp công dân tháng 5</a>"), list + " shows the old title");
        }
    }

    @Test
    void aSymbolicLinkOutOfTheContentFolderIsRefused() throws IOException {
        TestSites site = site();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mật khẩu");
        Files.createSymbolicLink(site.root().resolve("tin/matkhau.pdf"), secret);
        Path outsideNotice = Files.writeString(dir.resolve("ngoai.md"), "---\ntitle: \"N\"\ndate: 2019-01-01\n---\n");
        Files.createSymbolicLink(site.root().resolve("tin/ngoai.md"), outsideNotice);
        site.notice("tin/e.md", "E", "2019-05-02", "attachments: [matkhau.pdf]\nauthor: \"Cái Dung\"\n", "");
        // Files published as they are: a link out of the folder would publish any file of the machine.
        Files.createSymbolicLink(Files.createDirectories(site.root().resolve("static")).resolve("mat-khau.txt"), secret);
        Files.createSymbolicLink(Files.createDirectories(site.root().resolve("theme/static")).resolve("logo.png"), secret);
        site.file("static/ben-trong.txt", "công khai");
        Files.createSymbolicLink(site.root().resolve("static/lien-ket.txt"), site.root().resolve("static/ben-trong.txt"));

        BuildResult result = site.build(dir.resolve("out"));

        List<String> reported = locations(result);
        assertEquals(4, reported.size(), reported.toString());
        assertTrue(reported.get(0).startsWith("static/mat-khau.txt: error: symbolic link to a file outside the content folder"),
                reported.get(0));
        assertTrue(reported.get(1).startsWith("theme/static/logo.png: error: symbolic link to a file outside the content"
                + " folder"), reported.get(1));
        assertTrue(reported.get(2).startsWith("tin/e.md:4: error: 'matkhau.pdf' points outside the content folder"), reported.get(2));
        assertTrue(reported.get(3).startsWith("tin/ngoai.md: error: symbolic link to a file outside the content folder"),
                reported.get(3));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aSymbolicLinkToAFolderOutOfTheContentFolderIsRefusedLikeOneToAFile() throws IOException {
        TestSites site = site();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("n.md"), "---\ntitle: \"N\"\ndate: 2019-01-01\n---\n");
        Files.createSymbolicLink(site.root().resolve("tin/ext"), outside);
        Files.createSymbolicLink(Files.createDirectories(site.root().resolve("static")).resolve("dir"), outside);
        // A link inside the folder is no problem (its files are read where they are), nor a linked build folder.
        Files.createSymbolicLink(site.root().resolve("tin/cung"), site.root().resolve("tin"));
        Files.createSymbolicLink(site.root().resolve("target"), outside);

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(List.of(
                "static/dir: error: symbolic link to a folder outside the content folder " + site.root().toAbsolutePath(),
                "tin/ext: error: symbolic link to a folder outside the content folder " + site.root().toAbsolutePath()),
                locations(result));
        assertEquals("copy the folder into the content folder instead of linking to it", result.problems().get(0).hint());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void attachmentsArePublishedBesideTheirNotice() throws IOException {
        TestSites site = site()
                .bytes("tin/qd/Quyết định 12.pdf", new byte[2048])
                .file("tin/qd/index.md", "---\ntitle: \"Quyết định số 12/QĐ-UBND\"\ndate: 2020-01-05\nattachments:\n"
                        + "  - file: \"Quyết định 12.pdf\"\n    title: \"Bản ký số\"\n---\n[Tải về](Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf)\n");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertTrue(Files.exists(dir.resolve("out/2020/01/quyet-dinh-so-12-qd-ubnd/Quyết định 12.pdf")));
        Document page = Jsoup.parse(dir.resolve("out/2020/01/quyet-dinh-so-12-qd-ubnd/index.html").toFile());
        String encoded = "/tin/2020/01/quyet-dinh-so-12-qd-ubnd/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf";
        assertEquals(encoded, page.selectFirst(".attachments a").attr("href"));
        assertTrue(page.selectFirst(".attachments").text().contains("Bản ký số"), page.selectFirst(".attachments").text());
        assertTrue(page.selectFirst(".attachments").text().contains("2 KB"), page.selectFirst(".attachments").text());
        assertEquals(encoded, page.selectFirst(".notice-body a").attr("href"));
    }

    @Test
    void aSiteOverridesThemeTemplatesAndStaticFiles() {
        TestSites site = site()
                .file("theme/templates/404.peb", "{% extends \"base\" %}{% block content %}<p id=\"rieng\">Riêng</p>{% endblock %}")
                .file("theme/static/css/site.css", "body{color:black}")
                .file("static/logo.svg", "<svg/>");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertEquals("Riêng", Jsoup.parse(read("out/404.html")).getElementById("rieng").text());
        assertEquals("body{color:black}", read("out/css/site.css"));
        assertEquals("<svg/>", read("out/logo.svg"));
        // sha256("body{color:black}"): the pages name the site's own style sheet by its version
        assertTrue(read("out/404.html").contains("/css/site.css?v=" + "7ada5a1234"));
    }

    /** A custom field that only some notices have is null on the others, as TEMPLATES.md says, not an error. */
    @Test
    void aCustomFieldOfSomeNoticesOnlyIsNullOnTheOthers() {
        TestSites site = site().notice("tin/c.md", "Lịch họp", "2019-04-03", "author: \"Cái Dung\"\nphong-ban: \"Văn phòng\"\n",
                "Nội dung C.").file("theme/templates/notice.peb", "{% extends \"base\" %}\n{% block content %}\n"
                + "<p id=\"pb\">{% if notice.custom['phong-ban'] is not null %}{{ notice.custom['phong-ban'] }}{% else %}-"
                + "{% endif %}</p>\n{% endblock %}\n");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), locations(result).toString());
        assertEquals("Văn phòng", Jsoup.parse(read("out/2019/04/lich-hop/index.html")).getElementById("pb").text());
        assertEquals("-", Jsoup.parse(read("out/2019/04/ke-hoach-gieo-cay-vu-xuan/index.html")).getElementById("pb").text());
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFileAndLine() {
        TestSites site = site().file("theme/templates/notice.peb", "{% extends \"base\" %}\n{% block content %}\n{{ notice.tittle }}\n"
                + "{% endblock %}\n").file("theme/templates/404.peb", "<p>\n{% if %}\n");

        BuildResult result = site.build(dir.resolve("out"));

        List<Diagnostic> problems = result.problems();
        assertEquals(List.of("theme/templates/404.peb:2", "theme/templates/notice.peb:3"),
                problems.stream().map(Diagnostic::location).toList());
        assertTrue(problems.get(1).message().contains("tittle"), problems.get(1).message());
        assertTrue(problems.get(1).message().endsWith("(on the page /2019/03/thong-bao-lich-tiep-cong-dan/ and 1 more)"),
                "the template error names a page it stopped: " + problems.get(1).message());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** Endless templates overflow Pebble's stack; the message names the include or macro to fix. */
    @Test
    void aTemplateThatIncludesItselfOrAMacroThatCallsItselfIsReportedWithItsLine() {
        TestSites site = site().file("theme/templates/partials/loop.peb", "{# {% include \"partials/loop\" %} is an example #}\n"
                + "<p>\n{% include \"partials/round\" %}\n")
                .file("theme/templates/partials/round.peb", "<p>\n\n{% include \"partials/loop\" %}\n")
                .file("theme/templates/notice.peb", "{% extends \"base\" %}\n{% block content %}\n{% include \"partials/loop\" %}\n"
                        + "{% endblock %}\n")
                .file("theme/templates/404.peb", "<p>\n{% macro again(n) %}\n{{ again(n) }}\n{% endmacro %}\n{{ again(1) }}\n");

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(List.of("theme/templates/404.peb:2: error: template error: macro 'again' calls itself without end"
                + " (on the page /404.html)", "theme/templates/partials/round.peb:3: error: template error: 'partials/loop'"
                + " includes itself: partials/loop → partials/round → partials/loop (on the page"
                + " /2019/03/thong-bao-lich-tiep-cong-dan/ and 1 more)"), locations(result));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        Path output = Files.createDirectories(dir.resolve("tai-lieu"));
        Files.writeString(output.resolve("bao-cao.docx"), "quan trọng");

        BuildResult result = site().build(output);

        assertEquals(BuildResult.Status.INVALID_REQUEST, result.status());
        assertTrue(result.problems().get(0).message().startsWith("refusing to replace"), result.problems().get(0).message());
        assertEquals("quan trọng", Files.readString(output.resolve("bao-cao.docx")));
    }

    @Test
    void draftsArePublishedOnlyWhenAskedFor() {
        TestSites site = site().notice("tin/nhap.md", "Bản nháp", "2019-06-01", "draft: true\n", "");
        assertEquals(2, site.build(dir.resolve("out")).notices());
        BuildResult withDrafts = org.bangtin.SiteBuilder.create().build(org.bangtin.BuildRequest.builder()
                .contentDir(site.root()).outputDir(dir.resolve("preview")).includeDrafts(true).build());
        assertEquals(3, withDrafts.notices());
    }

    private String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.BuildResult;
import org.bangtin.OutputSnapshot;
import org.bangtin.TestSites;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.ContentLoader;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front matter error hides none of a notice's other problems: the build reports those of its
 * body and of its other fields with it, and publishes nothing.
 */
class FrontMatterErrorsTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn\"\n")
                .notice("tin/a.md", "Thông báo lịch tiếp công dân", "2019-03-27", "author: \"Cái Dung\"\n", "Nội dung A.");
    }

    private static List<String> locations(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void aBadDateHidesNoneOfTheBodysProblemsAndNothingIsPublished() throws IOException {
        TestSites site = site();
        assertTrue(site.build(dir.resolve("out")).succeeded());
        Map<String, String> before = OutputSnapshot.of(dir.resolve("out"));

        site.file("tin/x.md", "---\ntitle: \"Kế hoạch\"\ndate: 30/02/2019\nauthor: \"Cái Dung\"\n---\nNội dung.\n\n"
                + "Xem [lịch](lich.md).\n\n![ảnh](khong-co.png)\n\n<!-- ghi chú\nCòn nữa.\n");
        BuildResult failed = site.build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(List.of(
                "tin/x.md:3: error: 'date': \"30/02/2019\" is not a real date: February 2019 has no day 30 (it has 28 days)",
                "tin/x.md:8: error: link to 'lich.md', which is not a published notice",
                "tin/x.md:10: error: attachment 'khong-co.png' not found (looked for tin/khong-co.png)",
                "tin/x.md:12: error: '<!--' opens a comment that is never closed with '-->': the line after it is hidden"
                        + " from the page"), locations(failed));
        assertEquals(before, OutputSnapshot.of(dir.resolve("out")));
    }

    @Test
    void brokenYamlHidesNoneOfTheBodysProblems() {
        BuildResult failed = site().file("tin/w.md", "---\ntitle: \"Kế hoạch\ndate: 2019-03-29\n---\nNội dung.\n\n"
                + "Xem [lịch](lich.md).\n").build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(List.of(
                "tin/w.md:2:8: error: the text opened with '\"' on line 2 is not closed with '\"'",
                "tin/w.md:7: error: link to 'lich.md', which is not a published notice"), locations(failed));
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aBadReplacedByHidesNeitherRelatedNorAliases() {
        BuildResult failed = site().notice("tin/y.md", "Lịch trực", "2019-04-02", "author: \"Cái Dung\"\n"
                + "replacedBy: khong.md\nrelated: [\"khong2.md\"]\naliases: [\"/2019/03/thong-bao-lich-tiep-cong-dan/\"]\n",
                "Nội dung Y.").build(dir.resolve("out"));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(List.of(
                "tin/y.md:5: error: 'replacedBy': notice \"khong.md\" not found (looked for tin/khong.md)",
                "tin/y.md:6: error: 'related': no published notice at \"khong2.md\"",
                "tin/y.md:7: error: alias /2019/03/thong-bao-lich-tiep-cong-dan/ is the address of the site's page"
                        + " /2019/03/thong-bao-lich-tiep-cong-dan/"), locations(failed));
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aMissingAttachmentIsReportedAloneWhenTheNoticeHasNoText() {
        BuildResult failed = site().notice("tin/z.md", "Quyết định", "2019-04-02",
                "author: \"Cái Dung\"\nattachments: [khong-co.pdf]\n", "").build(dir.resolve("out"));

        assertEquals(List.of("tin/z.md:5: error: attachment 'khong-co.pdf' not found (looked for tin/khong-co.pdf)"),
                locations(failed));
    }

    @Test
    void aNoticeWithOnlyWarningsIsPublishedAsBefore() throws IOException {
        BuildResult result = site().notice("tin/w.md", "Lịch trực Tết", "2019-04-02", "", "Nội dung W.")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded());
        assertEquals(List.of("tin/w.md:1: warning: the notice has no 'author'"), locations(result));
        assertTrue(Files.readString(dir.resolve("out/2019/04/lich-truc-tet/index.html")).contains("Nội dung W."));
    }

    @Test
    void thePreviewReadsNoNoticeWithAnError() throws IOException {
        TestSites site = site().notice("tin/y.md", "Lịch trực", "2019-04-02", "author: \"Cái Dung\"\nreplacedBy: khong.md\n",
                "Nội dung Y.");
        ContentLoader loader = new ContentLoader(site.root(), SiteConfig.defaults(), false);

        assertTrue(loader.loadOne(site.root().resolve("tin/y.md"), new Diagnostics()).isEmpty());
        assertTrue(loader.loadOne(site.root().resolve("tin/a.md"), new Diagnostics()).isPresent());
    }
}

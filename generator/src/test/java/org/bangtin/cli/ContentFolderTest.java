package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.OutputSnapshot;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bangtin build} given a folder that is not a finished site: one with nothing in it must not
 * replace the published site, and one that leaves its settings to the defaults says so.
 */
class ContentFolderTest extends CommandLineTest {
    @TempDir
    Path dir;

    private List<String> lines() {
        return err.toString().lines().toList();
    }

    private Path published() {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.").root();
        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("pub").toString(), "-q"), err.toString());
        err.getBuffer().setLength(0);
        return dir.resolve("pub");
    }

    @Test
    void aFolderWithoutSettingsAndNoticesIsAnErrorAndThePublishedSiteStays() throws IOException {
        Path pub = published();
        Map<String, String> before = OutputSnapshot.of(pub);
        Path empty = Files.createDirectories(dir.resolve("emptydir"));

        assertEquals(1, run("build", empty.toString(), "-o", pub.toString()));

        assertEquals(List.of(
                "error: " + empty + " has no site.yml and no notices: is it the content folder?",
                "    hint: build the folder that holds site.yml and the notices (.md files); to start a new site here,"
                        + " write its site.yml first",
                "Build failed: 1 error, 0 warnings. The previous output in " + pub.toAbsolutePath() + " is unchanged."),
                lines());
        assertEquals(before, OutputSnapshot.of(pub));
    }

    @Test
    void noticesWithoutSettingsBuildWithAWarningNamingTheMissingFileAndTheDefaults() {
        Path content = dir.resolve("content");
        TestSites.at(content).notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.");
        TestSites.at(content).delete("site.yml");

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q"));

        assertEquals(List.of(
                content.resolve("site.yml") + ": warning: not found: the site is built with the default settings:"
                        + " title \"bangtin\", baseUrl http://localhost:8080 (where canonical links, feeds, the sitemap"
                        + " and robots.txt point), language vi, time zone Asia/Ho_Chi_Minh, 10 notices per page",
                "    hint: create site.yml with at least the site's title and address: 'title: \"UBND xã ...\"' and"
                        + " 'baseUrl: \"https://tin.example.gov.vn\"'"), lines());
    }

    @Test
    void settingsWithoutBaseUrlWarnWithTheLineToAddUnlessTheCommandGivesOne() throws IOException {
        Path content = TestSites.at(dir.resolve("content")).file("site.yml", "title: \"UBND xã Phú Lộc\"\n")
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.").root();

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q"));
        assertEquals(List.of(
                content.resolve("site.yml") + ": warning: no 'baseUrl': canonical links, feeds, the sitemap and"
                        + " robots.txt point at http://localhost:8080/",
                "    hint: add the line 'baseUrl: \"https://tin.example.gov.vn\"' with the site's address (and its"
                        + " folder, if it has one: https://example.gov.vn/tin-tuc)"), lines());
        assertEquals("http://localhost:8080/2024/03/thong-bao/", Jsoup.parse(
                dir.resolve("out/2024/03/thong-bao/index.html").toFile()).selectFirst("link[rel=canonical]").attr("href"));

        err.getBuffer().setLength(0);
        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q",
                "--base-url", "https://staging.example.gov.vn"));
        assertEquals(List.of(), lines());

        assertEquals(1, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q", "--strict"));
        assertEquals(content.resolve("site.yml") + ": error: no 'baseUrl': canonical links, feeds, the sitemap and"
                + " robots.txt point at http://localhost:8080/", lines().get(0));
    }

    @Test
    void aBadBaseUrlOptionIsNamedOnceWithTheAcceptedForm() {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.").root();

        assertEquals(2, run("build", content.toString(), "-o", dir.resolve("out").toString(),
                "--base-url", "staging.example.gov.vn/tin-tuc"));

        assertEquals(List.of("error: the --base-url option: \"staging.example.gov.vn/tin-tuc\" is not a site address: it"
                        + " does not begin with https:// or http://",
                "    hint: write the address of the folder the site is served from, such as"
                        + " \"https://staging.example.gov.vn/tin-tuc\"",
                "Build failed: 1 error, 0 warnings."), lines());
    }

    @Test
    void aMissingContentFolderIsToldOnce() {
        assertEquals(2, run("build", dir.resolve("khong-co").toString(), "-o", dir.resolve("out").toString()));

        assertEquals(List.of("error: the content folder " + dir.resolve("khong-co") + " does not exist or is not a folder",
                "Build failed: 1 error, 0 warnings."), lines());
    }
}

package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site header is rendered once for the home page and once per category, not per page: each
 * page still marks its own place in the menu, and only its own.
 */
class SiteHeaderTest {
    @TempDir
    Path dir;

    @Test
    void eachPageMarksItsOwnPlaceInTheMenu() throws IOException {
        TestSites site = TestSites.at(dir.resolve("content"))
                .notice("a.md", "Lịch tiếp công dân", "2024-03-01", "author: \"Cái Dung\"\ncategory: Thông báo\ntags: [tiếp dân]\n",
                        "Nội dung A.")
                .notice("b.md", "Kế hoạch gieo cấy vụ xuân", "2024-03-02", "author: \"Cái Dung\"\ncategory: Nông nghiệp\n",
                        "Nội dung B.");
        BuildResult result = SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root())
                .outputDir(dir.resolve("out")).now(LocalDateTime.parse("2024-04-01T08:00")).build());
        assertTrue(result.succeeded(), result.problems().toString());

        Document home = page("");
        assertEquals(List.of("Trang chủ"), marked(home));
        assertTrue(home.selectFirst(".site-name").hasAttr("aria-current"), "the site name, on the home page");
        for (String path : List.of("chuyen-muc/thong-bao", "2024/03/lich-tiep-cong-dan")) {
            assertEquals(List.of("Thông báo"), marked(page(path)), path);
        }
        for (String path : List.of("chuyen-muc/nong-nghiep", "2024/03/ke-hoach-gieo-cay-vu-xuan")) {
            assertEquals(List.of("Nông nghiệp"), marked(page(path)), path);
        }
        Document tag = page("the/tiep-dan");
        assertEquals(List.of(), marked(tag), "a tag's page is in no category");
        assertTrue(!tag.selectFirst(".site-name").hasAttr("aria-current"), "nor is it the home page");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).resolve("index.html").toFile());
    }

    private static List<String> marked(Document page) {
        return page.select(".site-nav a[aria-current=page]").eachText();
    }
}

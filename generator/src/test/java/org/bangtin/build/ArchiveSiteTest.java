package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Date archives, the calendar, validity and feeds as readers see them in a built site. */
class ArchiveSiteTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("tin/a.md", "Lịch tiếp công dân quý 1", "2024-01-02", "author: \"Cái Dung\"\ncategory: Thông báo\nexpires: 2024-03-31\n"
                        + "replacedBy: b.md\n", "Nội dung A.")
                .notice("tin/b.md", "Lịch tiếp công dân quý 2", "2024-03-29", "author: \"Cái Dung\"\ncategory: Thông báo\n", "Nội dung B.")
                .notice("tin/c.md", "Kế hoạch gieo cấy vụ xuân", "2024-03-29 14:00", "author: \"Cái Dung\"\ncategory: Nông nghiệp\n", "Nội dung C.")
                .notice("tin/d.md", "Thông báo tuyển dụng", "2024-05-01", "author: \"Cái Dung\"\npublish: 2024-06-01\n", "Nội dung D.");
    }

    private BuildResult build(String now) {
        return build(site(), now);
    }

    private BuildResult build(TestSites site, String now) {
        return SiteBuilder.create().build(BuildRequest.builder().contentDir(site.root())
                .outputDir(dir.resolve("out")).now(LocalDateTime.parse(now)).build());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).resolve("index.html").toFile());
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void dayMonthAndYearPagesListTheirNoticesAndLinkTheNeighbouringPeriods() throws IOException {
        assertTrue(build("2024-04-15T08:00").succeeded());

        Document day = page("2024/03/29");
        assertEquals("Tin đăng: Ngày 29/03/2024", day.selectFirst("h1").text());
        assertEquals(List.of("Kế hoạch gieo cấy vụ xuân", "Lịch tiếp công dân quý 2"), texts(day, ".notice-item h2"));
        assertEquals("2 tin", day.selectFirst(".archive-count").text());
        assertEquals("/tin/2024/01/02/", day.selectFirst(".archive-previous a").attr("href"));
        assertNull(day.selectFirst(".archive-next"), "the scheduled notice's day has no page yet");
        assertEquals("/tin/2024/03/", day.selectFirst(".archive-up a").attr("href"));

        Document month = page("2024/03");
        assertEquals("Tin đăng: Tháng 3/2024", month.selectFirst("h1").text());
        assertEquals("/tin/2024/01/", month.selectFirst(".archive-previous a").attr("href"));
        assertEquals(3, page("2024").select(".notice-item").size());
        assertFalse(Files.exists(dir.resolve("out/2024/05")), "nothing is published in May yet");

        Document index = page("luu-tru");
        assertEquals(List.of("Năm 2024 (3 tin)"), texts(index, ".archive-year h2"));
        assertEquals(List.of("Tháng 3/2024 (2 tin)", "Tháng 1/2024 (1 tin)"), texts(index, ".archive-months li"));
    }

    @Test
    void everyPageHasTheCalendarOfItsMonthWithDaysLinkingToTheirPages() throws IOException {
        build("2024-04-15T08:00");

        Element calendar = page("2024/01/lich-tiep-cong-dan-quy-1").selectFirst("aside.calendar-box");
        assertEquals("Xem tin theo ngày", calendar.selectFirst("h2").text());
        assertEquals("Tháng 1/2024", calendar.selectFirst("caption").text());
        assertEquals(List.of("/tin/2024/01/02/"), calendar.select("td a").eachAttr("href"));
        assertEquals("2", calendar.selectFirst("td a[aria-current=date]").ownText());
        assertEquals(List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN"), calendar.select("th").eachText());
        assertEquals("1", calendar.select("tbody tr").first().select("td").get(0).text(), "1 January 2024 was a Monday");
        assertNull(calendar.selectFirst(".calendar-previous"));
        assertEquals("/tin/2024/03/", calendar.selectFirst(".calendar-next a").attr("href"));

        Element home = page("").selectFirst("aside.calendar-box");
        assertEquals("Tháng 3/2024", home.selectFirst("caption").text(), "lists show the newest month");
        assertEquals("29", home.selectFirst("td a").text());
        assertEquals("29 – 2 tin", home.selectFirst("td a").attr("aria-label"), "a screen reader hears the count");
    }

    @Test
    void expiredAndReplacedNoticesSayItAndLinkEachOther() throws IOException {
        BuildResult result = build("2024-04-15T08:00");

        Document old = page("2024/01/lich-tiep-cong-dan-quy-1");
        assertEquals("Hết hiệu lực – văn bản không còn hiệu lực từ ngày 31/03/2024", old.selectFirst(".notice-expired").text());
        assertEquals("/tin/2024/03/lich-tiep-cong-dan-quy-2/", old.selectFirst(".notice-replaced-by a").attr("href"));
        Document replacement = page("2024/03/lich-tiep-cong-dan-quy-2");
        assertNull(replacement.selectFirst(".notice-expired"));
        assertEquals("/tin/2024/01/lich-tiep-cong-dan-quy-1/", replacement.selectFirst(".notice-replaces a").attr("href"));

        assertEquals(List.of("Kế hoạch gieo cấy vụ xuân", "Lịch tiếp công dân quý 2"), texts(page(""), ".notice-item h2"));
        assertEquals(3, texts(page("chuyen-muc/thong-bao"), ".notice-item h2").size() + 1,
                "the category still lists the expired notice");
        assertEquals(List.of("tin/d.md:5: note: scheduled for 01/06/2024 00:00: not published in this build"),
                result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList());
    }

    @Test
    void aNoticeDatedLaterThanTheClockIsPublishedWithAWarning() throws IOException {
        BuildResult result = build("2024-03-20T08:00");

        String later = ", which is still to come: published now, and listed first until then";
        assertEquals(List.of("tin/b.md:3: warning: dated 29/03/2024 00:00" + later,
                "tin/c.md:3: warning: dated 29/03/2024 14:00" + later,
                "tin/d.md:5: note: scheduled for 01/06/2024 00:00: not published in this build"),
                result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList());
        assertEquals("Kế hoạch gieo cấy vụ xuân", page("").selectFirst(".notice-item h2").text());
    }

    @Test
    void aBuildAtALaterClockPublishesTheScheduledNotice() throws IOException {
        BuildResult result = build("2024-06-01T00:00");

        assertEquals(List.of(), result.problems());
        assertEquals("Thông báo tuyển dụng", page("").selectFirst(".notice-item h2").text());
        assertTrue(Files.exists(dir.resolve("out/2024/05/01/index.html")));
    }

    @Test
    void feedsCarryTheNewestNoticesInForceWithAbsoluteLinks() throws IOException {
        build("2024-04-15T08:00");

        Document atom = Jsoup.parse(Files.readString(dir.resolve("out/atom.xml")), "", Parser.xmlParser());
        assertEquals("https://phuloc.example.gov.vn/tin/atom.xml", atom.selectFirst("feed > id").text());
        assertEquals(List.of("Kế hoạch gieo cấy vụ xuân", "Lịch tiếp công dân quý 2"), texts(atom, "entry > title"));
        assertEquals("2024-03-29T07:00:00Z", atom.selectFirst("entry > published").text());
        assertEquals("https://phuloc.example.gov.vn/tin/2024/03/ke-hoach-gieo-cay-vu-xuan/",
                atom.selectFirst("entry > link").attr("href"));

        Document rss = Jsoup.parse(Files.readString(dir.resolve("out/rss.xml")), "", Parser.xmlParser());
        assertEquals("Fri, 29 Mar 2024 07:00:00 GMT", rss.selectFirst("item > pubDate").text());
        assertEquals("https://phuloc.example.gov.vn/tin/", rss.selectFirst("channel > link").text());

        Document category = Jsoup.parse(Files.readString(dir.resolve("out/chuyen-muc/thong-bao/atom.xml")), "",
                Parser.xmlParser());
        assertEquals(List.of("Lịch tiếp công dân quý 2"), texts(category, "entry > title"));

        Document home = page("");
        assertEquals(List.of("/tin/atom.xml", "/tin/rss.xml"), home.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("/tin/atom.xml", "/tin/rss.xml", "/tin/chuyen-muc/thong-bao/atom.xml"),
                page("chuyen-muc/thong-bao").select("link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void sitemapRobotsAndStructuredData() throws IOException {
        build("2024-04-15T08:00");

        Document sitemap = Jsoup.parse(Files.readString(dir.resolve("out/sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = texts(sitemap, "url > loc");
        assertTrue(locs.contains("https://phuloc.example.gov.vn/tin/2024/03/29/"), locs.toString());
        assertTrue(locs.contains("https://phuloc.example.gov.vn/tin/luu-tru/"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.contains("404")));
        assertEquals("Sitemap: https://phuloc.example.gov.vn/tin/sitemap.xml",
                Files.readAllLines(dir.resolve("out/robots.txt")).get(3));

        Document notice = page("2024/03/lich-tiep-cong-dan-quy-2");
        assertEquals("https://phuloc.example.gov.vn/tin/2024/03/lich-tiep-cong-dan-quy-2/",
                notice.selectFirst("meta[property=og:url]").attr("content"));
        String json = notice.selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Lịch tiếp công dân quý 2\""), json);
        assertTrue(json.contains("\"datePublished\":\"2024-03-29T00:00:00+07:00\""), json);
        assertNotNull(notice.selectFirst("link[rel=canonical]"));
    }

    @Test
    void fullFeedsCarryTheBodyWithAbsoluteLinks() throws IOException {
        TestSites site = site()
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn/tin\"\nfeedContent: full\n")
                .bytes("tin/so-do.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .notice("tin/e.md", "Sơ đồ", "2024-04-01", "author: \"Cái Dung\"\n", "![Sơ đồ](so-do.png) và [lưu trữ](/tin/luu-tru/)");
        assertTrue(build(site, "2024-04-15T08:00").succeeded());

        Document atom = Jsoup.parse(Files.readString(dir.resolve("out/atom.xml")), "", Parser.xmlParser());
        Document content = Jsoup.parse(atom.selectFirst("entry > content[type=html]").text());
        assertEquals("https://phuloc.example.gov.vn/tin/2024/04/so-do/so-do.png", content.selectFirst("img").attr("src"));
        assertEquals("https://phuloc.example.gov.vn/tin/luu-tru/", content.selectFirst("a").attr("href"));
    }
}

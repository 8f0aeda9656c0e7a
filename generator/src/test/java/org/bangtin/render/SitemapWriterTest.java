package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bangtin.XmlChecks;
import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.site.NotFoundPage;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.NoticePage;
import org.bangtin.site.PageSpec;
import org.junit.jupiter.api.Test;

/** sitemap.xml against the sitemaps.org 0.9 schemas, in one file and split into an index. */
class SitemapWriterTest {
    private static List<PageSpec> pages(int count) {
        List<PageSpec> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path source = Path.of("/content/" + i + ".md");
            Notice notice = new Notice(source, Path.of(i + ".md"), source.getParent(), "Tin " + i,
                    ZonedDateTime.parse("2024-03-0" + i + "T08:00+07:00[Asia/Ho_Chi_Minh]"), null, null, null, List.of(),
                    null, false, null, null, DocumentInfo.NONE, List.of(), null, Map.of(), "", 5, Map.of());
            pages.add(new NoticePage(new NoticeEntry(notice, "/2024/03/tin-" + i + "/"), null, null));
        }
        pages.add(new NotFoundPage());
        return pages;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void oneSitemapListsEveryPageButThe404WithLastmod() {
        Map<String, byte[]> files = new SitemapWriter("https://phuloc.example.gov.vn/tin", 50_000).write(pages(2));

        assertEquals(List.of("/sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://phuloc.example.gov.vn/tin/2024/03/tin-1/</loc><lastmod>2024-03-01T08:00:00+07:00</lastmod></url>
                  <url><loc>https://phuloc.example.gov.vn/tin/2024/03/tin-2/</loc><lastmod>2024-03-02T08:00:00+07:00</lastmod></url>
                </urlset>
                """, text(files.get("/sitemap.xml")));
        assertEquals(List.of(), XmlChecks.validate(files.get("/sitemap.xml"), "/xsd/sitemap.xsd"));
    }

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfSitemaps() {
        Map<String, byte[]> files = new SitemapWriter("https://phuloc.example.gov.vn", 2).write(pages(5));

        assertEquals(List.of("/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"), List.copyOf(files.keySet()));
        assertEquals(List.of(), XmlChecks.validate(files.get("/sitemap.xml"), "/xsd/siteindex.xsd"));
        assertEquals(List.of(), XmlChecks.validate(files.get("/sitemap-3.xml"), "/xsd/sitemap.xsd"));
        assertEquals(1, XmlChecks.parse(files.get("/sitemap-3.xml")).getElementsByTagName("url").getLength());
        assertEquals("https://phuloc.example.gov.vn/sitemap-2.xml",
                XmlChecks.parse(files.get("/sitemap.xml")).getElementsByTagName("loc").item(1).getTextContent());
    }
}

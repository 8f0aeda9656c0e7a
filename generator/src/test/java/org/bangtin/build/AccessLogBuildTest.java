package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --access-log}: page views from a log with bots, assets, 404s, repeated hits and
 * garbage lines, shown on the built pages.
 */
class AccessLogBuildTest {
    private static final Path LOG = Path.of("src/test/resources/access-log/access.log");
    private static final String NOTICE = "2019/03/ke-hoach-925/index.html";

    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("a.md", "Kế hoạch 925", "2019-03-29", "author: \"Cái Dung\"\naliases: [\"/tin/tin-tuc/ke-hoach-925.html\"]\n",
                        "Nội dung.")
                .notice("b.md", "Thông báo", "2019-04-02", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    private BuildResult build(List<Path> logs) {
        return SiteBuilder.create().build(BuildRequest.builder().contentDir(site().root()).outputDir(dir.resolve("out"))
                .accessLogs(logs).strict(true).build());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).toFile());
    }

    @Test
    void readersViewsAreCountedPerPageAndForTheSite() throws IOException {
        Path gzip = dir.resolve("access.log.1.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(("10.1.1.1 - - [28/Nov/2026:20:00:00 +0700] \"GET /tin/2019/04/thong-bao/ HTTP/1.1\" 200 5120 \"-\" "
                    + "\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15\"\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(gzip, bytes.toByteArray());

        BuildResult result = build(List.of(LOG, gzip));

        assertTrue(result.succeeded(), result.problems().toString());
        // 2 views from one reader (a 304 within 30 minutes left out), 1 with a query string, 1 at the old address.
        assertEquals("Lượt xem: 4", page(NOTICE).selectFirst(".notice-views").text());
        assertEquals("Lượt xem: 2", page("2019/04/thong-bao/index.html").selectFirst(".notice-views").text());
        assertEquals("Tổng lượt truy cập: 7", page("index.html").selectFirst(".site-views").text());
        assertEquals("Tổng lượt truy cập: 7", page(NOTICE).selectFirst(".site-views").text());
    }

    @Test
    void garbageLinesAreAWarningWithTheFirstLineEvenUnderStrict() {
        BuildResult result = build(List.of(LOG));

        assertTrue(result.succeeded());
        assertEquals(List.of(LOG.toAbsolutePath().normalize() + ":18: warning: 3 of 22 lines are not in the Combined Log"
                + " Format and were not counted (the first is shown)"),
                result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList());
    }

    @Test
    void aMissingLogIsAWarningAndTheCountsStartFromZero() throws IOException {
        BuildResult result = build(List.of(dir.resolve("khong-co.log")));

        assertTrue(result.succeeded());
        assertEquals(1, result.warningCount());
        assertTrue(result.problems().get(0).message().startsWith("cannot read the access log"), result.problems().toString());
        assertEquals("Lượt xem: 0", page(NOTICE).selectFirst(".notice-views").text());
    }

    @Test
    void withoutALogThePagesShowNoCounts() throws IOException {
        assertTrue(build(List.of()).succeeded());
        assertNull(page(NOTICE).selectFirst(".notice-views"));
        assertNull(page("index.html").selectFirst(".site-views"));
    }

    @Test
    void largeCountsAreWrittenTheSitesWay() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            log.append("10.0.").append(i / 250).append('.').append(i % 250)
                    .append(" - - [29/Nov/2026:08:00:00 +0700] \"GET /tin/2019/03/ke-hoach-925/ HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0\"\n");
        }
        Path file = Files.writeString(dir.resolve("big.log"), log);

        assertTrue(build(List.of(file)).succeeded());
        assertEquals("Lượt xem: 1.200", page(NOTICE).selectFirst(".notice-views").text());
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void hugeLinesAreReadWithoutOverflowing() throws IOException {
        String agent = "Mozilla/5.0 " + "x\\\"y".repeat(100_000);
        String line = "10.0.0.1 - - [29/Nov/2026:08:00:00 +0700] \"GET /tin/2019/03/ke-hoach-925/?q=" + "a".repeat(200_000)
                + " HTTP/1.1\" 200 1 \"-\" \"" + agent + "\"\n";
        Path file = Files.writeString(dir.resolve("huge.log"), line + "\"".repeat(300_000) + "\n");

        BuildResult result = build(List.of(file));

        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals("Lượt xem: 1", page(NOTICE).selectFirst(".notice-views").text());
        assertEquals(1, result.warningCount());
    }
}

package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangtin serve} as an editor uses it: open the preview, edit a notice, reload. */
class ServeCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheSiteAndShowsAnEditOnTheNextReload() throws Exception {
        TestSites site = siteWithOneNotice();
        int port = freePort();
        Thread server = serve(site, port);
        try {
            String page = "http://127.0.0.1:" + port + "/2024/03/lich-tiep-cong-dan/";
            HttpResponse<String> first = getWhenUp(page);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("<h1 class=\"notice-title\">Lịch tiếp công dân</h1>"), first.body());

            site.notice("tin/a.md", "Lịch tiếp công dân", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung mới đã sửa.");
            assertTrue(get(page).body().contains("Nội dung mới đã sửa."));
            assertEquals(404, get("http://127.0.0.1:" + port + "/..%2f..%2fetc/passwd").statusCode());

            HttpResponse<String> search = get("http://127.0.0.1:" + port + "/search?q=lich+tiep+cong+dan");
            assertEquals("application/json; charset=utf-8", search.headers().firstValue("Content-Type").orElse(""));
            assertTrue(search.body().matches("\\{\"total\":1,\"hits\":\\[\\{\"url\":\"/2024/03/lich-tiep-cong-dan/\","
                    + "\"title\":\"Lịch tiếp công dân\",\"date\":\"29/03/2024\",\"score\":[0-9.]+,\"inAttachment\":false\\}\\]\\}"), search.body());
            assertEquals(200, get("http://127.0.0.1:" + port + "/search/meta.bin").statusCode(), "the static export is still served");


        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertTrue(out.toString().contains("Serving " + site.root() + " on http://127.0.0.1:" + port + "/"), out.toString());
    }

    @Test
    void aSiteOfASubFolderIsPreviewedUnderItsPathWhereItsLinksWork() throws Exception {
        TestSites site = siteWithOneNotice()
                .file("site.yml", "title: \"Phú Xuân\"\nbaseUrl: \"https://example.gov.vn/tin-tuc\"\n")
                .notice("tin/b.md", "Kế hoạch năm", "2024-03-30", "author: \"Cái Dung\"\n",
                        "Xem [lịch tiếp](/tin-tuc/2024/03/lich-tiep-cong-dan/).");
        int port = freePort();
        Thread server = serve(site, port);
        try {
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> page = getWhenUp(base + "/tin-tuc/2024/03/ke-hoach-nam/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("href=\"/tin-tuc/2024/03/lich-tiep-cong-dan/\""), page.body());
            assertEquals(200, get(base + "/tin-tuc/2024/03/lich-tiep-cong-dan/").statusCode(), "the link works");
            assertEquals(302, get(base + "/").statusCode());
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertTrue(out.toString().contains("on http://127.0.0.1:" + port + "/tin-tuc/ (Ctrl-C stops)"), out.toString());
        assertTrue(!out.toString().contains("broken link") && !err.toString().contains("broken link"), err.toString());
    }

    @Test
    void aPreviewOpenedToTheNetworkSaysSoAndPrintsAnAddressOthersCanOpen() throws Exception {
        TestSites site = siteWithOneNotice();
        int port = freePort();
        Thread server = new Thread(() -> run("serve", site.root().toString(), "--port", Integer.toString(port),
                "--bind", "0.0.0.0"));
        server.start();
        try {
            assertEquals(200, getWhenUp("http://127.0.0.1:" + port + "/").statusCode());
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertTrue(err.toString().contains("warning: the preview, drafts included, is open to every computer"),
                err.toString());
        String serving = out.toString().lines().filter(l -> l.startsWith("Serving ")).findFirst().orElse("");
        assertTrue(serving.matches("Serving .* on http://(\\d+(\\.\\d+){3}|\\[[0-9a-f:]+\\]):" + port + "/ \\(Ctrl-C stops\\)"),
                serving);
        assertTrue(!serving.contains("0.0.0.0") && !serving.contains("0:0:0:0"), serving);
    }

    @Test
    void withPollAnEditIsFoundByLookingAtTheFilesAndReloadsTheTabs() throws Exception {
        TestSites site = siteWithOneNotice();
        int port = freePort();
        Thread server = new Thread(() -> run("serve", site.root().toString(), "--port", Integer.toString(port), "--poll"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + port;
            assertEquals(200, getWhenUp(base + "/2024/03/lich-tiep-cong-dan/").statusCode());
            BlockingQueue<String> events = openTab(base);

            editTextAndSeeItsPageReload(site, base, events);
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertTrue(out.toString().contains(", looking for changes every second (Ctrl-C stops)"), out.toString());
    }

    @Test
    void anEditReloadsTheOpenTabsAndABadEditShowsItsProblemsUntilFixed() throws Exception {
        TestSites site = siteWithOneNotice();
        int port = freePort();
        Thread server = serve(site, port);
        try {
            String base = "http://127.0.0.1:" + port;
            String page = getWhenUp(base + "/2024/03/lich-tiep-cong-dan/").body();
            assertTrue(page.matches("(?s).*<script src=\"/__bangtin/live.js\" data-since=\"\\d+\"></script></body>.*"), page);
            String built = java.nio.file.Files.readString(site.root().resolve("target/bangtin-serve/2024/03/lich-tiep-cong-dan/index.html"));
            assertTrue(!built.contains("__bangtin"), "the build's own output has no live-reload script");

            BlockingQueue<String> events = openTab(base);

            // An edit of the text alone: the notice's page first, its tab reloads; then the lists
            // that show its first paragraph, and every tab reloads.
            editTextAndSeeItsPageReload(site, base, events);
            assertEquals("event: reload", nextEvent(events));
            assertTrue(get(base + "/").body().contains("Nội dung đã sửa."), "the home page shows the new first paragraph");

            // A new title moves the page: the tabs showing it go to its new address, written at
            // once; the rebuild deletes the old one.
            site.notice("tin/a.md", "Lịch tiếp công dân tháng 4", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung đã sửa.");
            String moved = "/2024/03/lich-tiep-cong-dan/ /2024/03/lich-tiep-cong-dan-thang-4/";
            assertEquals("event: page", nextEvent(events));
            assertEquals("data: " + moved, events.poll(30, TimeUnit.SECONDS));
            assertTrue(get(base + "/2024/03/lich-tiep-cong-dan-thang-4/").body().contains("Lịch tiếp công dân tháng 4"));
            assertEquals("event: reload", nextEvent(events));
            assertEquals("data: " + moved, events.poll(30, TimeUnit.SECONDS));
            HttpResponse<String> gone = get(base + "/2024/03/lich-tiep-cong-dan/");
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().matches("(?s).*<script src=\"/__bangtin/live.js\" data-since=\"\\d+\"></script></body>.*"),
                    "a tab left at the old address still reloads: " + gone.body());

            site.file("tin/a.md", "---\ntitle: \"Lịch\"\ndate: 30/02/2024\n---\n");
            assertEquals("event: problems", nextEvent(events));
            String problem = events.poll(30, TimeUnit.SECONDS);
            assertTrue(problem.startsWith("data: ") && problem.contains("tin/a.md:3: error: 'date'"), problem);
            assertTrue(get(base + "/2024/03/lich-tiep-cong-dan-thang-4/").body().contains("Nội dung đã sửa."),
                    "the last good page is still served");
            assertTrue(out.toString().contains("Not published: 1 error after "), out.toString());

            site.notice("tin/a.md", "Lịch tiếp công dân", "2024-03-29", "author: \"Cái Dung\"\n", "Đã sửa lỗi.");
            assertEquals("event: reload", nextEvent(events));
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        // Each edit takes two builds, the pages then search (stopped here by the next edit each
        // time): each says which it is, and without -v no phase times.
        assertTrue(out.toString().matches("(?s).*Pages up to date in \\d+ ms \\(\\d+ pages\\)\\R.*"), out.toString());
        assertTrue(!out.toString().contains("Built ") && !out.toString().contains("load "), out.toString());
    }

    /** The next "event:" line of the stream, skipping data and blank lines of earlier events. */
    /** The event stream of a tab on the preview at {@code base}, once it is open. */
    private BlockingQueue<String> openTab(String base) throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/__bangtin/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
        assertEquals(": bangtin live reload", events.poll(30, TimeUnit.SECONDS));
        return events;
    }

    /** An edit of the notice's text alone: its page is rendered at once and its tab reloads. */
    private void editTextAndSeeItsPageReload(TestSites site, String base, BlockingQueue<String> events) throws Exception {
        site.notice("tin/a.md", "Lịch tiếp công dân", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung đã sửa.");
        assertEquals("event: page", nextEvent(events));
        assertEquals("data: /2024/03/lich-tiep-cong-dan/", events.poll(30, TimeUnit.SECONDS));
        assertTrue(get(base + "/2024/03/lich-tiep-cong-dan/").body().contains("Nội dung đã sửa."));
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        while (true) {
            String line = events.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no event within 30 s");
            }
            if (line.startsWith("event: ")) {
                return line;
            }
        }
    }

    @Test
    void aContentFolderThatDoesNotExistIsRefusedBeforeServing() {
        Path missing = dir.resolve("khong-co");

        assertEquals(2, run("serve", missing.toString(), "--port", "0"));

        assertEquals("bangtin: the content folder " + missing.toAbsolutePath().normalize() + " does not exist or is not a"
                + " folder; give the folder with site.yml and the notices", err.toString().strip());
    }

    /** Two previews of one folder would rebuild it in turn, each serving the other's pages (drafts too). */
    @Test
    void aSecondPreviewOfTheSameFolderIsRefusedWhileTheFirstServes() throws Exception {
        TestSites site = siteWithOneNotice();
        int port = freePort();
        Thread server = serve(site, port);
        try {
            assertEquals(200, getWhenUp("http://127.0.0.1:" + port + "/2024/03/lich-tiep-cong-dan/").statusCode());

            assertEquals(2, run("serve", site.root().toString(), "--port", Integer.toString(freePort()), "--drafts"));

            assertTrue(err.toString().contains("bangtin: another preview is serving from "
                    + site.root().resolve("target/bangtin-serve").toAbsolutePath().normalize()), err.toString());
            assertEquals(200, get("http://127.0.0.1:" + port + "/2024/03/lich-tiep-cong-dan/").statusCode(), "the first serves on");
        } finally {
            server.interrupt();
            server.join(10_000);
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        siteWithOneNotice();

        assertEquals(2, run("serve", dir.resolve("content").toString(), "--port", "99999"));

        assertTrue(err.toString().contains("--port 99999 is not a port: give one from 1 to 65535 (0 picks a free one)"),
                err.toString());
    }

    @Test
    void helpExplainsEveryOption() {
        assertEquals(0, run("serve", "--help"));
        for (String option : new String[] {"--port", "--bind", "--out", "--drafts", "CONTENT-DIR"}) {
            assertTrue(out.toString().contains(option), option + " in\n" + out);
        }
    }

    private TestSites siteWithOneNotice() {
        return TestSites.at(dir.resolve("content"))
                .notice("tin/a.md", "Lịch tiếp công dân", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    /** Runs {@code bangtin serve} on its own thread, as a terminal would; interrupting the thread stops it. */
    private Thread serve(TestSites site, int port) {
        Thread server = new Thread(() -> run("serve", site.root().toString(), "--port", Integer.toString(port)));
        server.start();
        return server;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first answer once the server listens; the command builds before it prints its address. */
    private HttpResponse<String> getWhenUp(String url) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                return get(url);
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the preview did not start: " + err, notYet);
                }
                Thread.onSpinWait();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

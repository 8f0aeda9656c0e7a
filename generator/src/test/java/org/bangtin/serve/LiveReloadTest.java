package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's tabs and their event streams: no edit is lost to a tab that was loading or reconnecting. */
class LiveReloadTest {
    private static final String PAGE = "/2019/03/ke-hoach/";

    @TempDir
    Path root;
    private final LiveReload tabs = new LiveReload();
    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(root.resolve("2019/03/ke-hoach"));
        Files.writeString(root.resolve("index.html"), "<html><body><h1>Trang chủ</h1></body></html>");
        Files.writeString(root.resolve("2019/03/ke-hoach/index.html"), "<html><body><h1>Kế hoạch</h1></body></html>");
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), root, "",
                Optional::empty, tabs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTabWhosePageWasReadJustBeforeAnEditGetsThatEditWhenItsStreamOpens() throws Exception {
        String since = since(PAGE);
        assertEquals("0", since);
        // Saved while the tab was still loading its page: its stream was not open yet.
        tabs.reloadPages(List.of(new LiveReload.Page(PAGE, null)));

        BlockingQueue<String> lines = open("?since=" + since, null);
        assertEquals(": bangtin live reload", lines.poll(30, TimeUnit.SECONDS));
        assertEquals(List.of("id: 1", "event: page", "data: " + PAGE), nextEvent(lines));

        // A page read now has that edit: its tab waits for the next one.
        assertEquals("1", since(PAGE));
        BlockingQueue<String> later = open("?since=1", null);
        assertEquals(": bangtin live reload", later.poll(30, TimeUnit.SECONDS));
        tabs.reload();
        assertEquals(List.of("id: 2", "event: reload", "data: "), nextEvent(later));
        assertEquals(List.of("id: 2", "event: reload", "data: "), nextEvent(lines));
    }

    @Test
    void aStreamThatReconnectsGetsTheEventsItMissedAndNoneTwice() throws Exception {
        tabs.reload();
        tabs.reloadPages(List.of(new LiveReload.Page("/2019/03/ke-hoach-moi/", PAGE)));
        tabs.failed("tin/a.md:3: error: 'date'");
        // The browser sends the last id it saw when it reconnects, whatever its page's script asked first.
        BlockingQueue<String> lines = open("?since=0", "1");
        assertEquals(": bangtin live reload", lines.poll(30, TimeUnit.SECONDS));
        assertEquals(List.of("id: 2", "event: page", "data: " + PAGE + " /2019/03/ke-hoach-moi/"), nextEvent(lines));
        assertEquals(List.of("id: 3", "event: problems", "data: tin/a.md:3: error: 'date'"), nextEvent(lines));
        tabs.reload();
        assertEquals(List.of("id: 4", "event: reload", "data: "), nextEvent(lines));
    }

    @Test
    void aTabOpenedWhileTheSiteHasErrorsShowsThem() throws Exception {
        tabs.failed("tin/a.md:3: error: 'date'");
        BlockingQueue<String> lines = open("?since=" + since(PAGE), null);
        assertEquals(": bangtin live reload", lines.poll(30, TimeUnit.SECONDS));
        assertEquals(List.of("event: problems", "data: tin/a.md:3: error: 'date'"), nextEvent(lines));
    }

    @Test
    void aTabThatMissedMoreEventsThanAreKeptReloadsOnce() throws Exception {
        for (int i = 0; i < 100; i++) {
            tabs.reloadPages(List.of(new LiveReload.Page("/2019/03/tin-" + i + "/", null)));
        }
        BlockingQueue<String> lines = open("?since=3", null);
        assertEquals(": bangtin live reload", lines.poll(30, TimeUnit.SECONDS));
        assertEquals(List.of("id: 100", "event: reload", "data: "), nextEvent(lines));
        tabs.reload();
        assertEquals(List.of("id: 101", "event: reload", "data: "), nextEvent(lines));
    }

    @Test
    void aTabOpenBeforeThePreviewRestartedReloadsWhenItsStreamComesBack() throws Exception {
        tabs.reload();
        // The browser reconnects by itself, naming the last event of the server before.
        BlockingQueue<String> lines = open("?since=0", "57");
        assertEquals(": bangtin live reload", lines.poll(30, TimeUnit.SECONDS));
        assertEquals(List.of("id: 1", "event: reload", "data: "), nextEvent(lines));
    }

    @Test
    void aPageAndItsScriptSayWhichEventsTheTabHasSeen() throws Exception {
        tabs.reload();
        String page = http.send(HttpRequest.newBuilder(URI.create(server.uri().resolve(PAGE).toString())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.endsWith("<h1>Kế hoạch</h1><script src=\"/__bangtin/live.js\" data-since=\"1\"></script></body></html>"),
                page);
        String script = new String(LiveReload.script(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(script.contains("new EventSource('/__bangtin/events' + (since ? '?since=' + since : ''))"), script);
    }

    /** The number of the last event before the page at {@code path} was read, from its script tag. */
    private String since(String path) throws Exception {
        String page = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher since = Pattern.compile("data-since=\"(\\d+)\"").matcher(page);
        assertTrue(since.find(), page);
        return since.group(1);
    }

    private BlockingQueue<String> open(String query, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(LiveReload.EVENTS_PATH + query));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        return lines;
    }

    /** The lines of the next event, up to the blank line that ends it. */
    private static List<String> nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        List<String> event = new ArrayList<>();
        while (true) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no complete event within 30 s: " + event);
            }
            if (line.isEmpty() && !event.isEmpty()) {
                return event;
            }
            if (!line.isEmpty()) {
                event.add(line);
            }
        }
    }
}

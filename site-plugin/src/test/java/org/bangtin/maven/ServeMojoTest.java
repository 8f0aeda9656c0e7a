package org.bangtin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal end to end: builds, serves, rebuilds on change, sends errors to the open tabs, stops when interrupted. */
@Timeout(60)
class ServeMojoTest {
    @TempDir
    Path temp;
    final HttpClient http = HttpClient.newHttpClient();

    /** With {@code poll}, the changes are found by looking at the files every second (-Dbangtin.poll). */
    @ParameterizedTest(name = "poll {0}")
    @ValueSource(booleans = {false, true})
    void servesAndRebuildsOnChange(boolean poll) throws Exception {
        Path content = Sites.good(temp.resolve("content"));
        ServeMojo mojo = new ServeMojo();
        mojo.poll = poll;
        mojo.contentDirectory = content.toFile();
        mojo.serveDirectory = content.resolve("target/bangtin-serve").toFile();
        mojo.buildDirectory = content.resolve("target").toFile();
        try (ServerSocket free = new ServerSocket(0)) {
            mojo.port = free.getLocalPort();
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread serving = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        serving.start();
        try {
            URI home = URI.create("http://127.0.0.1:" + mojo.port + "/");
            HttpResponse<String> first = await(home);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("Lịch tiếp công dân"), first.body());
            assertTrue(first.body().contains("href=\"/2019/04/"), "links are made for the local server");

            Files.writeString(content.resolve("notices/a.md"),
                    "---\ntitle: \"Lịch trực Tết\"\ndate: 2019-04-02\n---\n\nNội dung.\n");
            HttpResponse<String> changed = get(home);
            assertTrue(changed.body().contains("Lịch trực Tết"), changed.body());

            // A bad edit: the open tabs get its problems for their overlay, and the last good site
            // is still served, as 'bangtin serve' does.
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(home.resolve("/__bangtin/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
            assertEquals(": bangtin live reload", events.poll(30, TimeUnit.SECONDS));
            Files.writeString(content.resolve("notices/a.md"), "---\ntitle: \"Lịch trực Tết\"\ndate: 30/02/2019\n---\n");
            String problem = nextProblem(events);
            assertTrue(problem.contains("a.md:3: error:"), problem);
            HttpResponse<String> lastGood = get(home);
            assertEquals(200, lastGood.statusCode());
            assertTrue(lastGood.body().contains("Lịch trực Tết"), lastGood.body());
            assertTrue(lastGood.body().contains("/__bangtin/live.js"), "the page carries the live-reload script");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertFalse(serving.isAlive());
        assertEquals(null, failure.get());
    }

    private HttpResponse<String> await(URI uri) throws IOException, InterruptedException {
        for (int i = 0; ; i++) {
            try {
                return get(uri);
            } catch (ConnectException e) {
                if (i > 200) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The data of the next "problems" event of the live-reload stream. */
    private static String nextProblem(BlockingQueue<String> events) throws InterruptedException {
        boolean problems = false;
        while (true) {
            String line = events.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no problems event within 30 s");
            }
            if (problems && line.startsWith("data: ")) {
                return line;
            }
            problems = line.equals("event: problems");
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}

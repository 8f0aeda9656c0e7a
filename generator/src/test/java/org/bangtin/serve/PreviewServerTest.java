package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
class PreviewServerTest {
    @TempDir
    Path temp;
    Path root;
    PreviewServer server;
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicReference<Optional<String>> problems = new AtomicReference<>(Optional.empty());

    @BeforeEach
    void start() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "secret");
        root = Files.createDirectories(temp.resolve("site"));
        Files.writeString(root.resolve("index.html"), "<h1>Trang chủ</h1>");
        Files.writeString(root.resolve("404.html"), "<h1>Không tìm thấy</h1>");
        Files.createDirectories(root.resolve("css"));
        Files.writeString(root.resolve("css/site.css"), "body{}");
        Files.createDirectories(root.resolve("2019/03/ke-hoach"));
        Files.writeString(root.resolve("2019/03/ke-hoach/index.html"), "<h1>Kế hoạch</h1>");
        Files.write(root.resolve("2019/03/ke-hoach/ke-hoach.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Files.createDirectories(root.resolve("empty"));
        Files.createSymbolicLink(root.resolve("link-out"), temp);
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), root, () -> {
            refreshes.incrementAndGet();
            return problems.get();
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithUtf8ContentTypes() throws IOException {
        Response home = get("/");
        assertEquals(200, home.status);
        assertTrue(home.headers.contains("Content-type: text/html; charset=utf-8"), home.headers);
        assertEquals("<h1>Trang chủ</h1>", home.body);

        Response page = get("/2019/03/ke-hoach/");
        assertEquals(200, page.status);
        assertEquals("<h1>Kế hoạch</h1>", page.body);

        Response css = get("/css/site.css");
        assertTrue(css.headers.contains("Content-type: text/css; charset=utf-8"), css.headers);
        Response pdf = get("/2019/03/ke-hoach/ke-hoach.pdf");
        assertTrue(pdf.headers.contains("Content-type: application/pdf"), pdf.headers);
        assertEquals("%PDF", pdf.body);
    }

    @Test
    void answersOneByteRangeAsStaticServersDo() throws IOException {
        Files.writeString(root.resolve("css/pack.bin"), "0123456789");
        Response part = request("GET /css/pack.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=2-5\r\nConnection: close\r\n\r\n");
        assertEquals(206, part.status);
        assertEquals("2345", part.body);
        assertTrue(part.headers.contains("Content-range: bytes 2-5/10"), part.headers);

        Response tail = request("GET /css/pack.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=-3\r\nConnection: close\r\n\r\n");
        assertEquals("789", tail.body);
        Response open = request("GET /css/pack.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=8-\r\nConnection: close\r\n\r\n");
        assertEquals("89", open.body);
        Response past = request("GET /css/pack.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=10-12\r\nConnection: close\r\n\r\n");
        assertEquals(416, past.status);
        assertTrue(past.headers.contains("Content-range: bytes */10"), past.headers);
        Response several = request("GET /css/pack.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=0-1,4-5\r\nConnection: close\r\n\r\n");
        assertEquals(200, several.status, "several ranges get the whole file");
        assertEquals("0123456789", several.body);
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws IOException {
        Response response = get("/2019/03/ke-hoach");
        assertEquals(301, response.status);
        assertTrue(response.headers.contains("Location: /2019/03/ke-hoach/"), response.headers);
        Response search = get("/2019/03/ke-hoach?q=binh+dang%20gioi");
        assertTrue(search.headers.contains("Location: /2019/03/ke-hoach/?q=binh+dang%20gioi"), search.headers);
    }

    @Test
    void listsNoFolder() throws IOException {
        Response response = get("/empty/");
        assertEquals(404, response.status);
        assertEquals("<h1>Không tìm thấy</h1>", response.body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/2019/..%2f..%2f..%2f..%2fsecret.txt",
        "/%5c..%5csecret.txt", "/..%5csecret.txt", "/link-out/secret.txt", "/.bangtin-output", "/missing/"
    })
    void traversalIsNotFound(String path) throws IOException {
        Response response = get(path);
        assertEquals(404, response.status, path);
        assertFalse(response.body.contains("secret"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]"})
    void refusesPagesAskedForUnderAnotherSitesName(String host) throws IOException {
        // A page of evil.example whose DNS name was turned to 127.0.0.1 must not read the preview.
        Response response = request("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        assertEquals(403, response.status, host);
        assertFalse(response.body.contains("Trang chủ"), response.body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080", "preview.localhost"})
    void servesThisMachinesNames(String host) throws IOException {
        Response response = request("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, response.status, host);
    }

    @Test
    void servesASiteOfASubFolderUnderItsPath() throws IOException {
        server.close();
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), root, "/tin-tuc",
                () -> Optional.empty(), null);
        assertTrue(server.uri().toString().endsWith("/tin-tuc/"), server.uri().toString());
        Response home = get("/");
        assertEquals(302, home.status);
        assertTrue(home.headers.contains("Location: /tin-tuc/"), home.headers);
        assertEquals("<h1>Trang chủ</h1>", get("/tin-tuc/").body);
        assertEquals("<h1>Kế hoạch</h1>", get("/tin-tuc/2019/03/ke-hoach/").body);
        assertTrue(get("/tin-tuc").headers.contains("Location: /tin-tuc/"));
        for (String outside : new String[] {"/2019/03/ke-hoach/", "/tin-tucx/", "/tin-tuc/../secret.txt", "/tin-tuc/%2e%2e/secret.txt"}) {
            Response response = get(outside);
            assertEquals(404, response.status, outside);
            assertFalse(response.body.contains("secret"), outside);
        }
    }

    @Test
    void refusesOtherMethods() throws IOException {
        Response response = request("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, response.status);
        assertTrue(response.headers.contains("Allow: GET, HEAD"), response.headers);
    }

    @Test
    void headSendsNoBody() throws IOException {
        Response response = request("HEAD /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertEquals(200, response.status);
        assertEquals("", response.body);
    }

    @Test
    void refreshesBeforePagesOnly() throws IOException {
        get("/");
        get("/2019/03/ke-hoach/");
        get("/css/site.css");
        get("/2019/03/ke-hoach/ke-hoach.pdf");
        assertEquals(2, refreshes.get());
    }

    @Test
    void showsTheProblemsWhileTheSiteCannotBeBuilt() throws IOException {
        problems.set(Optional.of("notices/a.md:3: error: <bad> date"));
        Response response = get("/");
        assertEquals(500, response.status);
        assertTrue(response.body.contains("notices/a.md:3: error: &lt;bad&gt; date"), response.body);
    }

    private Response get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** Sends a raw request, so that paths reach the server exactly as written. */
    private Response request(String raw) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head, body);
        }
    }

    private record Response(int status, String headers, String body) {
    }
}

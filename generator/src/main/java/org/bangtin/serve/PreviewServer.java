package org.bangtin.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server for previewing a site: serves the files under one folder, and asks a
 * {@link SiteRefresher} to rebuild the site before each page, and answers {@code GET /search?q=}
 * from the site's Lucene index ({@link SearchEndpoint}). Only GET and HEAD; no folder
 * listings (a folder serves its {@code index.html}); paths outside the folder are not found (see
 * {@link RequestPaths}). Meant for the local machine: bind it to a loopback address. Handles
 * requests on a few threads; {@link #close()} stops it.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int THREADS = 4;
    /** Where the server answers queries from the site's Lucene index (the static export is under /search/). */
    public static final String SEARCH_PATH = "/search";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    /** The site's path on its host ("/tin-tuc"), under which the preview serves it too; "" at the root. */
    private final String basePath;
    private final SiteRefresher refresher;
    private final SearchEndpoint search;
    private final LiveReload liveReload;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewServer(HttpServer server, ExecutorService executor, Path root, String basePath,
            SiteRefresher refresher, LiveReload liveReload) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.basePath = basePath;
        this.refresher = refresher;
        this.search = new SearchEndpoint(root);
        this.liveReload = liveReload;
    }

    /** Starts serving {@code root} on {@code address} (port 0 picks a free port). */
    public static PreviewServer start(InetSocketAddress address, Path root, SiteRefresher refresher) throws IOException {
        return start(address, root, refresher, null);
    }

    /**
     * Starts serving {@code root} on {@code address}; with a {@code liveReload}, pages get its script
     * and open tabs follow its events.
     */
    public static PreviewServer start(InetSocketAddress address, Path root, SiteRefresher refresher, LiveReload liveReload)
            throws IOException {
        return start(address, root, "", refresher, liveReload);
    }

    /**
     * Starts serving {@code root} on {@code address} under {@code basePath}: a site whose
     * {@code baseUrl} has a path ({@code /tin-tuc}) is previewed there, so that the links editors
     * write from the host's root ({@code /tin-tuc/2019/...}) work as on the real host.
     */
    public static PreviewServer start(InetSocketAddress address, Path root, String basePath, SiteRefresher refresher,
            LiveReload liveReload) throws IOException {
        if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
            throw new IllegalArgumentException("basePath must be \"\" or start with '/' and not end with it: " + basePath);
        }
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "bangtin-serve");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, executor, root.toAbsolutePath().normalize(), basePath, refresher,
                liveReload);
        server.createContext("/", preview::handle);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    /** The address to open in a browser, ending with '/'. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + PreviewAddress.urlHost(address.getAddress()) + ":" + address.getPort() + basePath + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving; the second and later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (liveReload != null) {
            liveReload.close();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (server.getAddress().getAddress().isLoopbackAddress()
                && !PreviewAddress.isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            try (exchange) {
                sendText(exchange, 403, "This preview answers only to " + uri());
            }
            return;
        }
        if (liveReload != null && exchange.getRequestURI().getRawPath().equals(LiveReload.EVENTS_PATH)) {
            liveReload.subscribe(exchange); // stays open: the tab's event stream
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method Not Allowed");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (liveReload != null && rawPath.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.script());
                return;
            }
            if (rawPath.equals(SEARCH_PATH)) {
                refresher.refresh();
                search.handle(exchange);
                return;
            }
            if (!basePath.isEmpty() && !rawPath.equals(basePath) && !rawPath.startsWith(basePath + "/")) {
                outsideTheSite(exchange, rawPath, version());
                return;
            }
            Optional<String> problems = isPage(rawPath) ? refresher.refreshFor(rawPath) : Optional.empty();
            // After the wait for a rebuild, before the page is read: what the events up to this one
            // changed is in the page, and its tab asks for those after it.
            long version = version();
            if (problems.isPresent() && !Files.isRegularFile(root.resolve("index.html"))) {
                // Nothing good was ever built: the problems are the page.
                send(exchange, 500, "text/html; charset=utf-8", live(ErrorPage.html(problems.get()), version));
                return;
            }
            if (problems.isPresent() && liveReload == null) {
                send(exchange, 500, "text/html; charset=utf-8", ErrorPage.html(problems.get()));
                return;
            }
            serveFile(exchange, rawPath, version);
        }
    }

    /** The host's root leads to the site's path; any other address outside it has no page. */
    private void outsideTheSite(HttpExchange exchange, String rawPath, long version) throws IOException {
        if (rawPath.equals("/")) {
            exchange.getResponseHeaders().set("Location", basePath + "/");
            sendText(exchange, 302, "Found");
        } else {
            notFound(exchange, version);
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath, long version) throws IOException {
        String inSite = rawPath.length() == basePath.length() ? "/" : rawPath.substring(basePath.length());
        Optional<Path> found = realRoot().flatMap(real -> RequestPaths.resolve(real, inSite));
        if (found.isEmpty()) {
            notFound(exchange, version);
            return;
        }
        Path file = found.get();
        if (Files.isDirectory(file)) {
            if (!rawPath.endsWith("/")) {
                // The query goes along: '/tim-kiem?q=...' is a search, which the page reads from its address.
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                sendText(exchange, 301, "Moved Permanently");
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(exchange, version);
            return;
        }
        String type = ContentTypes.of(file);
        if (type.startsWith("text/html")) {
            send(exchange, 200, type, live(Files.readAllBytes(file), version));
            return;
        }
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        long size = Files.size(file);
        ByteRange.Request asked = ByteRange.of(exchange.getRequestHeaders().getFirst("Range"), size);
        if (asked instanceof ByteRange.Part part) {
            ByteRange range = part.range();
            exchange.getResponseHeaders().set("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
            send(exchange, 206, type, read(file, range));
        } else if (asked instanceof ByteRange.Unsatisfiable) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
            sendText(exchange, 416, "Range Not Satisfiable");
        } else {
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    /** Only the part asked for: the search packs are megabytes, and a query asks for a kilobyte of each. */
    private static byte[] read(Path file, ByteRange range) throws IOException {
        ByteBuffer part = ByteBuffer.allocate(Math.toIntExact(range.length()));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (part.hasRemaining()) {
                if (channel.read(part, range.first() + part.position()) < 0) {
                    throw new IOException(file + " got shorter while it was read");
                }
            }
        }
        return part.array();
    }

    /** The number of the last live-reload event (0 without live reload). */
    private long version() {
        return liveReload == null ? 0 : liveReload.version();
    }

    /** A page with the live-reload script, when the server reloads tabs; {@code version} as {@link LiveReload#inject}. */
    private byte[] live(byte[] html, long version) {
        return liveReload == null ? html : LiveReload.inject(html, version);
    }

    private Optional<Path> realRoot() {
        try {
            return Optional.of(root.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The site's 404 page, with the live-reload script: a tab at an address that has no page yet
     * (a link not yet fixed, a notice deleted or not yet written) still reloads on the next rebuild.
     */
    private void notFound(HttpExchange exchange, long version) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(exchange, 404, "text/html; charset=utf-8", live(Files.readAllBytes(page), version));
        } else {
            sendText(exchange, 404, "Not Found");
        }
    }

    /** Pages are folders ("/2019/03/x/"), HTML files and extension-less names. */
    private static boolean isPage(String rawPath) {
        String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
        return last.isEmpty() || last.endsWith(".html") || last.indexOf('.') < 0;
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Blocks until the JVM is stopped (Ctrl-C) or this thread is interrupted. */
    public void awaitStop() {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            close();
            stopped.countDown();
        }, "bangtin-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook runs.
            }
        }
    }
}

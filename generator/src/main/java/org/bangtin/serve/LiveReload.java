package org.bangtin.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;

/**
 * Reloads the open browser tabs of a preview: each page the server sends gets a small script
 * (only in the preview, never in a build's output) that listens to server-sent events. After a
 * rebuild the tabs reload, and a tab showing a notice whose page moved (a new title makes a new
 * address) goes to its new address; after a failed rebuild they show the problems over the last
 * good page, which stays served, until a fix reloads them. Thread-safe.
 *
 * <p>The events: {@code reload}, whose data has a line "OLD NEW" for each page moved from URL
 * path OLD to NEW; {@code page}, for pages rendered ahead of a rebuild, a line "URL" for each
 * page that tabs showing it reload, or "OLD NEW" for one that moved; {@code problems}, the
 * problems as text.
 *
 * <p>Each event has a number, and each page the number of the last event before it was read
 * ({@link #version()}): a tab's stream starts with the events it missed while its page loaded,
 * or while the stream was down. Before, an edit saved while a tab was loading reached no tab,
 * which went on showing the edit before.
 */
public final class LiveReload {
    /** The paths of the script and of the event stream; a site never has a "__bangtin" folder. */
    static final String SCRIPT_PATH = "/__bangtin/live.js";
    static final String EVENTS_PATH = "/__bangtin/events";

    /**
     * A page written ahead of a rebuild: the tabs showing {@code url} reload, and those showing
     * {@code movedFrom}, the page's address before the edit (null when it kept it), go to it.
     */
    public record Page(String url, String movedFrom) {
    }

    /** How many of the latest events a tab that connects late is sent again. */
    private static final int KEPT = 64;

    private final List<OutputStream> clients = new ArrayList<>();
    /** The problems of the last rebuild, or null when it succeeded: a tab opened later sees them too. */
    private String lastProblems;
    /** The number of the last event; guarded by {@code clients}. */
    private long version;
    /** The number of the event that sent {@link #lastProblems}; guarded by {@code clients}. */
    private long problemsVersion;
    /** The latest events, oldest first, as sent; guarded by {@code clients}. */
    private final ArrayDeque<byte[]> latest = new ArrayDeque<>();

    /**
     * The number of the last event sent. A page read after this call has every change of that
     * event and the ones before in it: the tab that shows it asks for the events after it.
     */
    public long version() {
        synchronized (clients) {
            return version;
        }
    }

    /** Tells every open tab that the site was rebuilt. */
    public void reload() {
        reload(Map.of());
    }

    /**
     * Tells every open tab that the site was rebuilt: a tab at a key of {@code moved} (a URL path)
     * goes to its value, the others reload.
     */
    public void reload(Map<String, String> moved) {
        synchronized (clients) {
            lastProblems = null;
        }
        broadcast("reload", moved.entrySet().stream().map(move -> move.getKey() + " " + move.getValue())
                .collect(Collectors.joining("\n")));
    }

    /**
     * Tells the tabs that show one of these pages, rendered ahead of a rebuild, to reload, or to
     * go to its new address. The problems of the last rebuild, if any, stay for tabs opened later.
     */
    public void reloadPages(List<Page> pages) {
        broadcast("page", pages.stream().map(page -> page.movedFrom() == null ? page.url() : page.movedFrom() + " " + page.url())
                .collect(Collectors.joining("\n")));
    }

    /** Tells every open tab that the last rebuild failed, with its problems as plain text. */
    public void failed(String problems) {
        synchronized (clients) {
            lastProblems = problems;
            problemsVersion = broadcast("problems", problems);
        }
    }

    /** The problems of the last rebuild, if it failed. */
    Optional<String> lastProblems() {
        synchronized (clients) {
            return Optional.ofNullable(lastProblems);
        }
    }

    /**
     * Keeps an event-stream request open: its tab gets every later event, and first those after
     * the one it last saw (the header Last-Event-ID of a stream that reconnects, else the
     * parameter {@code since} of its page's script).
     */
    void subscribe(HttpExchange exchange) throws IOException {
        OptionalLong seen = lastSeen(exchange);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        synchronized (clients) {
            // Under the lock: no event goes out between the ones sent again and the tab's joining.
            long since = seen.orElse(version);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            boolean sent = write(out, ": bangtin live reload\n\n".getBytes(StandardCharsets.UTF_8))
                    && missed(since).stream().allMatch(event -> write(out, event));
            // The problems of the last rebuild, unless among the events just sent again.
            if (sent && lastProblems != null && problemsVersion <= since) {
                sent = write(out, message(0, "problems", lastProblems));
            }
            if (sent) {
                clients.add(out);
            }
        }
    }

    /**
     * The events after {@code since}, or one reload when some of them are no longer kept, or
     * when {@code since} is not one of this server's (a tab open before the preview restarted).
     */
    private List<byte[]> missed(long since) {
        long count = version - since;
        if (count == 0) {
            return List.of();
        }
        if (count < 0 || count > latest.size()) {
            return List.of(message(version, "reload", ""));
        }
        return latest.stream().skip(latest.size() - count).toList();
    }

    private static OptionalLong lastSeen(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        String query = exchange.getRequestURI().getRawQuery();
        String value = header != null ? header
                : query != null && query.startsWith("since=") ? query.substring("since=".length()) : null;
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** Sends an event to every tab; returns its number. */
    private long broadcast(String event, String data) {
        synchronized (clients) {
            version++;
            byte[] bytes = message(version, event, data);
            latest.addLast(bytes);
            if (latest.size() > KEPT) {
                latest.removeFirst();
            }
            clients.removeIf(out -> !write(out, bytes));
            return version;
        }
    }

    /** An event as sent; {@code id} 0 for one that is not numbered (problems sent again). */
    private static byte[] message(long id, String event, String data) {
        StringBuilder message = new StringBuilder();
        if (id > 0) {
            message.append("id: ").append(id).append('\n');
        }
        message.append("event: ").append(event).append('\n');
        data.lines().forEach(line -> message.append("data: ").append(line).append('\n'));
        if (data.isEmpty()) {
            message.append("data: \n");
        }
        return message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes to one tab's stream; false when the tab has gone. */
    private static boolean write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException closedTab) {
            return false;
        }
    }

    /**
     * The page with the live-reload script added before {@code </body>} (or at its end); the
     * script asks for the events after {@code version}, the last one before the page was read.
     */
    static byte[] inject(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-since=\"" + version + "\"></script>";
        String injected = end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The script: on "reload", go to this page's new address if it moved, else reload; on "page",
     * the same for a tab showing one of the pages named; on "problems", show them over the page,
     * as text.
     */
    static byte[] script() {
        return """
                (function () {
                  'use strict';
                  // The events after the last one before this page was read: an edit saved while it
                  // loaded reloads it. On a reconnection the browser asks for those after the last seen.
                  var since = document.currentScript && document.currentScript.getAttribute('data-since');
                  var events = new EventSource('/__bangtin/events' + (since ? '?since=' + since : ''));
                  // Whether a line of the event ("URL", or "OLD NEW" for a page that moved) names this
                  // tab's page; if so, the tab reloads or goes to the new address (the old one is gone).
                  function follow(data) {
                    var here = location.pathname.replace(/index\\.html$/, '');
                    var lines = data ? data.split('\\n') : [];
                    for (var i = 0; i < lines.length; i++) {
                      var urls = lines[i].split(' ');
                      if (urls[0] === here) {
                        if (urls.length > 1) { location.replace(urls[1] + location.hash); } else { location.reload(); }
                        return true;
                      }
                    }
                    return false;
                  }
                  events.addEventListener('reload', function (e) { if (!follow(e.data)) { location.reload(); } });
                  events.addEventListener('page', function (e) { follow(e.data); });
                  events.addEventListener('problems', function (e) {
                    var box = document.getElementById('bangtin-problems') || document.createElement('pre');
                    box.id = 'bangtin-problems';
                    box.setAttribute('role', 'alert');
                    box.style.cssText = 'position:fixed;inset:0;margin:0;padding:1.5rem;overflow:auto;z-index:2147483647;'
                      + 'background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap';
                    box.textContent = 'bangtin: the site has errors; the last good version is shown until they are fixed.\\n\\n'
                      + e.data;
                    document.body.appendChild(box);
                  });
                })();
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** Ends every open event stream. */
    void close() {
        synchronized (clients) {
            for (OutputStream out : clients) {
                try {
                    out.close();
                } catch (IOException alreadyGone) {
                    // The tab went away first.
                }
            }
            clients.clear();
        }
    }
}

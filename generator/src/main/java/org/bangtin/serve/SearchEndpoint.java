package org.bangtin.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.bangtin.search.SearchQuery;
import org.bangtin.search.Searcher;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code GET /search?q=...&limit=10}: answers from the site's Lucene index ({@code search/index/})
 * with the same query reading and scores as the browser's engine, as JSON:
 * {@code {"total": n, "hits": [{"url", "title", "date", "score"}]}}. Opens the index per request,
 * so a rebuilt site is searched at once.
 */
public final class SearchEndpoint {
    private static final int MAX_LIMIT = 100;

    private final Path indexFolder;

    public SearchEndpoint(Path site) {
        this.indexFolder = site.resolve("search").resolve("index");
    }

    public void handle(HttpExchange exchange) throws IOException {
        String query = parameter(exchange.getRequestURI().getRawQuery(), "q");
        int limit = Math.max(1, Math.min(MAX_LIMIT, parseOr(parameter(exchange.getRequestURI().getRawQuery(), "limit"), 10)));
        byte[] body;
        int status = 200;
        if (!Files.isDirectory(indexFolder)) {
            status = 503;
            body = "{\"error\":\"the site has no search index yet\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            try (Searcher searcher = Searcher.open(indexFolder)) {
                body = json(searcher, searcher.search(SearchQuery.parse(query, false), limit)).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                // The preview's search step replaces the index's files while the pages are served.
                status = 503;
                body = "{\"error\":\"the search index is being updated; try again\"}".getBytes(StandardCharsets.UTF_8);
            }
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String json(Searcher searcher, Searcher.Results results) throws IOException {
        StringBuilder json = new StringBuilder("{\"total\":").append(results.total()).append(",\"hits\":[");
        for (int i = 0; i < results.hits().size(); i++) {
            Searcher.Hit hit = results.hits().get(i);
            Searcher.Shown shown = searcher.shown(hit.doc());
            json.append(i > 0 ? "," : "").append("{\"url\":");
            string(json, shown.url()).append(",\"title\":");
            string(json, shown.title()).append(",\"date\":");
            string(json, shown.date()).append(",\"score\":").append(String.format(Locale.ROOT, "%s", hit.score()))
                    .append(",\"inAttachment\":").append(hit.inAttachment()).append('}');
        }
        return json.append("]}").toString();
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return "";
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static int parseOr(String text, int fallback) {
        try {
            return text.isEmpty() ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

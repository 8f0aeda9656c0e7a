package org.bangtin.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs queries through the browser's search engine (the theme's search-engine.js) under Node, on
 * a built site's static export. Fails with a clear message when Node is missing.
 */
final class NodeSearch {
    static final Path ENGINE = Path.of("../themes/src/main/resources/bangtin/theme/static/js/search-engine.js");
    static final Path RUNNER = Path.of("src/test/js/search-queries.cjs");

    private NodeSearch() {
    }

    /** One query as the runner reads it. */
    record Query(String q, boolean prefixLast, String category, String type, Integer year, boolean sortByDate) {
        static Query of(String q) {
            return new Query(q, false, null, null, null, false);
        }

        Query typing() {
            return new Query(q, true, category, type, year, sortByDate);
        }

        SearchQuery parsed() {
            return SearchQuery.parse(q, prefixLast, new SearchQuery.Filters(category, type, year), sortByDate);
        }

        String json(int records, boolean ranges) {
            StringBuilder json = new StringBuilder("{\"q\":");
            Json.string(json, q).append(",\"prefixLast\":").append(prefixLast).append(",\"sortByDate\":").append(sortByDate)
                    .append(",\"records\":").append(records).append(",\"ranges\":").append(ranges).append(",\"filters\":{");
            List<String> filters = new ArrayList<>();
            if (category != null) {
                filters.add(Json.string(new StringBuilder("\"category\":"), category).toString());
            }
            if (type != null) {
                filters.add(Json.string(new StringBuilder("\"type\":"), type).toString());
            }
            if (year != null) {
                filters.add("\"year\":" + year);
            }
            return json.append(String.join(",", filters)).append("}}").toString();
        }

        @Override
        public String toString() {
            return "'" + q + "'" + (prefixLast ? " (typing)" : "") + (category != null ? " c=" + category : "")
                    + (type != null ? " t=" + type : "") + (year != null ? " y=" + year : "") + (sortByDate ? " by date" : "");
        }
    }

    /** The runner's output lines, one JSON object per query. */
    static List<String> run(Path searchFolder, List<Query> queries, int records, Path work) throws IOException, InterruptedException {
        return run(searchFolder, queries, records, true, work);
    }

    /**
     * The runner's output lines; without {@code ranges}, the engine meets a web server that
     * ignores range requests and sends whole files.
     */
    static List<String> run(Path searchFolder, List<Query> queries, int records, boolean ranges, Path work)
            throws IOException, InterruptedException {
        Path input = work.resolve("queries.json");
        StringBuilder json = new StringBuilder("[");
        for (Query query : queries) {
            json.append(json.length() > 1 ? "," : "").append(query.json(records, ranges));
        }
        Files.writeString(input, json.append(']'), StandardCharsets.UTF_8);
        Path output = work.resolve("results.jsonl");
        Path errors = work.resolve("node-errors.txt");
        Process node;
        try {
            node = new ProcessBuilder("node", RUNNER.toString(), ENGINE.toString(), searchFolder.toString(), input.toString())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Node.js is needed for the search tests (the browser engine runs under it); "
                    + "install node 18 or newer", e);
        }
        if (!node.waitFor(5, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new IllegalStateException("node did not finish in 5 minutes");
        }
        if (node.exitValue() != 0) {
            throw new IllegalStateException("node failed: " + Files.readString(errors));
        }
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }
}

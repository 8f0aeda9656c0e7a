package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of the Node runner's output: the total, the hits (document, score, in attachment) and the bytes fetched. */
record NodeResult(int total, List<Searcher.Hit> hits, long bytes, String raw) {
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern BYTES = Pattern.compile("\"bytes\":(\\d+)");
    private static final Pattern HIT = Pattern.compile("\\[(\\d+),([-0-9.eE+]+),(true|false)\\]");

    static NodeResult parse(String line) {
        Matcher total = TOTAL.matcher(line);
        Matcher bytes = BYTES.matcher(line);
        if (!total.find() || !bytes.find()) {
            throw new IllegalArgumentException("not a result: " + line);
        }
        String hitsPart = line.substring(line.indexOf("\"hits\":[") + 8, line.indexOf("],\"bytes\""));
        List<Searcher.Hit> hits = new ArrayList<>();
        Matcher hit = HIT.matcher(hitsPart);
        while (hit.find()) {
            // The engine's scores are floats held in doubles: the cast is exact.
            hits.add(new Searcher.Hit(Integer.parseInt(hit.group(1)), (float) Double.parseDouble(hit.group(2)),
                    Boolean.parseBoolean(hit.group(3))));
        }
        return new NodeResult(Integer.parseInt(total.group(1)), hits, Long.parseLong(bytes.group(1)), line);
    }
}

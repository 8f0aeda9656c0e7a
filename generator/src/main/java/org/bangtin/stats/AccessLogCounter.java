package org.bangtin.stats;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.bangtin.diag.Diagnostics;
import org.bangtin.site.PageViews;

/**
 * The stats stage's entry point: counts page views in web server access logs (plain or gzip).
 *
 * <p>A page view is a successful GET (200, or 304 for a page the browser had cached) of a page,
 * not of an asset (styles, images, PDFs), by a reader, not a known bot. Repeated views of one page
 * from one address count once per {@value #REPEAT_MINUTES} minutes. Requests outside the site's
 * base path are left out. Lines not in the Combined Log Format are counted and reported as a
 * warning, never an error. Stateless and thread-safe.
 */
public final class AccessLogCounter {
    static final int REPEAT_MINUTES = 30;
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "aspx", "asp", "php", "jsp", "cfm", "shtml");

    private final String basePath;

    /** @param basePath the site's path on its host ("" at the root, "/tin-tuc" under a sub-path) */
    public AccessLogCounter(String basePath) {
        this.basePath = basePath;
    }

    /** The page views of every log in {@code logs}, read in whatever order their lines come. */
    public PageViews count(List<Path> logs, Diagnostics problems) {
        List<Hit> hits = new ArrayList<>();
        for (Path log : logs) {
            read(log.toAbsolutePath().normalize(), hits, problems);
        }
        hits.sort(Comparator.comparingLong(Hit::second));
        Map<String, Long> lastCounted = new HashMap<>();
        Map<String, Long> byPath = new HashMap<>();
        long total = 0;
        for (Hit hit : hits) {
            String key = hit.address() + ' ' + hit.page();
            Long last = lastCounted.get(key);
            if (last != null && hit.second() - last < REPEAT_MINUTES * 60L) {
                continue;
            }
            lastCounted.put(key, hit.second());
            byPath.merge(hit.page(), 1L, Long::sum);
            total++;
        }
        return new PageViews(true, byPath, total);
    }

    private void read(Path log, List<Hit> hits, Diagnostics problems) {
        int lineNumber = 0;
        int unreadable = 0;
        int firstUnreadable = 0;
        try (BufferedReader reader = open(log)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<LogLine> parsed = CombinedLogFormat.parse(line);
                if (parsed.isEmpty()) {
                    unreadable++;
                    firstUnreadable = firstUnreadable == 0 ? lineNumber : firstUnreadable;
                    continue;
                }
                pageView(parsed.get()).ifPresent(hits::add);
            }
        } catch (IOException e) {
            problems.warning(log, lineNumber, "cannot read the access log: " + e.getMessage()
                    + (lineNumber > 0 ? " (after line " + lineNumber + ")" : ""),
                    "check the file's name and permissions; views in it are not counted");
        }
        if (unreadable > 0) {
            problems.warning(log, firstUnreadable, unreadable + " of " + lineNumber
                    + " lines are not in the Combined Log Format and were not counted (the first is shown)",
                    "bangtin reads the 'combined' format of nginx and Apache; other lines are skipped");
        }
    }

    private static BufferedReader open(Path log) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(log));
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** The hit when {@code line} is a reader's view of one of the site's pages. */
    private Optional<Hit> pageView(LogLine line) {
        if (!line.method().equals("GET") || !(line.status() == 200 || line.status() == 304) || Bots.isBot(line.userAgent())) {
            return Optional.empty();
        }
        String path = line.target().replaceFirst("[?#].*", "");
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!basePath.isEmpty()) {
            if (!(path.equals(basePath) || path.startsWith(basePath + "/"))) {
                return Optional.empty();
            }
            path = path.substring(basePath.length());
        }
        String page = PageViews.pagePath(path);
        String last = page.substring(page.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot >= 0 && !PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Hit(line.address(), page, line.time().getEpochSecond()));
    }

    private record Hit(String address, String page, long second) {
    }
}

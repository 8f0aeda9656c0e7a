package org.bangtin.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangtin.diag.Diagnostics;
import org.bangtin.output.OutputException;
import org.bangtin.output.InPlaceOutput;
import org.bangtin.output.OutputTarget;

/**
 * Writes a build's files into the output, refusing to write one path twice (an attachment
 * named like a page would otherwise replace it) and counting what was written. Thread-safe.
 */
final class OutputFiles {
    private final OutputTarget output;
    private final Diagnostics problems;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();
    /** Whether a write found the disk full: reported once, not once for each of thousands of files. */
    private final AtomicBoolean diskFull = new AtomicBoolean();

    OutputFiles(OutputTarget output, Diagnostics problems) {
        this.output = output;
        this.problems = problems;
    }

    void writePage(String path, byte[] html) {
        if (claim(path, "a page")) {
            pages.incrementAndGet();
            write(path, html);
        }
    }

    /** Keeps a page of the site in place, unchanged; only a rebuild in place can. */
    void keepPage(String path) {
        if (claim(path, "a page")) {
            pages.incrementAndGet();
            ((InPlaceOutput) output).keep(path);
        }
    }

    /** Keeps a file of the site in place, unchanged; only a rebuild in place can. */
    void keepFile(String path) {
        if (claim(path, "a file")) {
            ((InPlaceOutput) output).keep(path);
        }
    }

    /** Writes a redirect page at a notice's old address. */
    void writeRedirect(String path, byte[] html) {
        if (claim(path, "a redirect")) {
            write(path, html);
        }
    }

    private void write(String path, byte[] bytes) {
        try {
            output.write(path, bytes);
        } catch (OutputException e) {
            report(e);
        }
    }

    private void report(OutputException e) {
        if (!e.isDiskFull()) {
            problems.error(null, 0, e.getMessage(), "");
        } else if (diskFull.compareAndSet(false, true)) {
            problems.error(null, 0, e.getMessage() + " (the disk is full: other files of the site could not be written either)",
                    "free some space on the disk of the output folder, or build into a folder on another disk");
        }
    }

    /** Copies a content file; the same file published twice at one path is written once. */
    void copy(String path, Path source) {
        String previous = written.putIfAbsent(path, source.toString());
        if (previous != null) {
            if (!previous.equals(source.toString())) {
                problems.error(null, 0, "two files would be published at /" + path + ": " + previous + " and " + source,
                        "rename one of the files");
            }
            return;
        }
        try {
            output.copy(path, source);
        } catch (OutputException e) {
            report(e);
        }
    }

    /** Writes a file that is not a page (theme CSS, the site's static files, the search index). */
    void writeStatic(String path, byte[] bytes) {
        if (claim(path, "a file")) {
            write(path, bytes);
        }
    }

    /** Writes a generated file that is not a page (a feed, the sitemap, robots.txt). */
    void writeGenerated(String path, byte[] bytes) {
        if (claim(path, "a generated file")) {
            write(path, bytes);
        }
    }

    /** Whether a file was written at {@code path} ("2019/03/x/index.html"). */
    boolean has(String path) {
        return written.containsKey(path);
    }

    private boolean claim(String path, String what) {
        String previous = written.putIfAbsent(path, what);
        if (previous != null) {
            problems.error(null, 0, "two files would be published at /" + path + " (" + previous + " and " + what + ")",
                    "rename one of them");
            return false;
        }
        return true;
    }

    /** Every path written or kept so far. */
    java.util.Set<String> paths() {
        return java.util.Set.copyOf(written.keySet());
    }

    int pageCount() {
        return pages.get();
    }

    int fileCount() {
        return written.size();
    }
}

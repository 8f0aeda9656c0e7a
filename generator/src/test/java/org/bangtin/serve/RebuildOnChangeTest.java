package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildOnChangeTest {
    @TempDir
    Path content;

    @Test
    void rebuildsOnlyWhenTheContentChanged() throws IOException {
        Files.writeString(content.resolve("site.yml"), "title: x\n");
        Path notice = Files.writeString(content.resolve("a.md"), "one");
        AtomicInteger builds = new AtomicInteger();
        RebuildOnChange refresher = new RebuildOnChange(content, List.of(content.resolve("target")), successfulBuild(builds));

        refresher.refresh();
        refresher.refresh();
        assertEquals(1, builds.get());

        Files.createDirectories(content.resolve("target/site"));
        Files.writeString(content.resolve("target/site/index.html"), "output");
        Files.writeString(content.resolve(".hidden"), "editor file");
        refresher.refresh();
        assertEquals(1, builds.get(), "output and hidden files are not content");

        Files.writeString(notice, "two");
        Files.setLastModifiedTime(notice, FileTime.fromMillis(0));
        refresher.refresh();
        assertEquals(2, builds.get());

        Files.delete(notice);
        refresher.refresh();
        assertEquals(3, builds.get());
    }

    @Test
    void keepsReportingTheProblemsUntilTheContentChanges() throws IOException {
        Path notice = Files.writeString(content.resolve("a.md"), "bad");
        AtomicInteger builds = new AtomicInteger();
        RebuildOnChange refresher = new RebuildOnChange(content, List.of(), () -> {
            builds.incrementAndGet();
            return Files.exists(notice) ? Optional.of("a.md:1: error: bad") : Optional.empty();
        });
        assertEquals(Optional.of("a.md:1: error: bad"), refresher.refresh());
        assertEquals(Optional.of("a.md:1: error: bad"), refresher.refresh());
        Files.delete(notice);
        assertEquals(Optional.empty(), refresher.refresh());
        assertEquals(2, builds.get());
    }

    @Test
    void aPageRenderedAheadIsServedWithoutWaitingForTheRebuild() throws IOException {
        Path notice = Files.writeString(content.resolve("a.md"), "one");
        AtomicInteger builds = new AtomicInteger();
        RebuildOnChange refresher = new RebuildOnChange(content, List.of(), successfulBuild(builds), () -> false, "/2024/03/a/"::equals);
        refresher.refresh();
        Files.writeString(notice, "two, longer");

        assertEquals(Optional.empty(), refresher.refreshFor("/2024/03/a/"));
        assertEquals(1, builds.get(), "the page rendered ahead did not wait for a rebuild");
        refresher.refreshFor("/");
        assertEquals(2, builds.get(), "another page waits for the rebuild");
    }

    @Test
    void theWatchersRefreshBuildsAtOnceAndLeavesTheFingerprintForPageRequests() throws IOException {
        Path notice = Files.writeString(content.resolve("a.md"), "one");
        AtomicInteger builds = new AtomicInteger();
        RebuildOnChange refresher = new RebuildOnChange(content, List.of(), successfulBuild(builds));
        refresher.refreshChanged();
        assertEquals(1, builds.get());
        refresher.refresh();
        assertEquals(1, builds.get(), "a page request after it finds the site current");
        Files.writeString(notice, "two, longer");
        refresher.refresh();
        assertEquals(2, builds.get());
    }

    /** A build that succeeds, counted in {@code builds}. */
    private static Supplier<Optional<String>> successfulBuild(AtomicInteger builds) {
        return () -> {
            builds.incrementAndGet();
            return Optional.empty();
        };
    }
}

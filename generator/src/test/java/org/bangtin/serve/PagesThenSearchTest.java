package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preview's two-step rebuild: pages first, then search in the background, stopped by a newer change. */
class PagesThenSearchTest {
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final LiveReload tabs = new LiveReload();
    private PagesThenSearch rebuild;

    @AfterEach
    void close() {
        if (rebuild != null) {
            rebuild.close();
        }
    }

    @Test
    void aFailedPagesStepReturnsItsProblemsAndSkipsSearch() throws Exception {
        rebuild = new PagesThenSearch(() -> step("pages", Optional.of("a.md:3: error")), pending::get,
                stop -> step("search", Optional.empty()), tabs);
        pending.set(true);
        assertEquals(Optional.of("a.md:3: error"), rebuild.get());
        rebuild.awaitSearches();
        assertEquals(List.of("pages"), steps);
    }

    @Test
    void searchFollowsThePagesOnlyWhenTheyLeftItBehindAndShowsItsProblemsInTheTabs() throws Exception {
        rebuild = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            pending.set(false);
            return step("search", Optional.of("b.md:1: error"));
        }, tabs);
        assertEquals(Optional.empty(), rebuild.get(), "a first build indexes at once: nothing left for a second step");
        rebuild.awaitSearches();
        assertEquals(List.of("pages"), steps);

        pending.set(true);
        assertEquals(Optional.empty(), rebuild.get(), "the pages are served");
        rebuild.awaitSearches();
        assertEquals(List.of("pages", "pages", "search"), steps);
        assertEquals(Optional.of("b.md:1: error"), tabs.lastProblems(), "the second step's problems go to the tabs");
        assertFalse(rebuild.behind());
    }

    @Test
    void thePagesAreServedWhileSearchIsRebuilt() throws Exception {
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        rebuild = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            searching.countDown();
            await(finish);
            pending.set(false);
            return step("search", Optional.empty());
        }, tabs);
        pending.set(true);
        assertEquals(Optional.empty(), rebuild.get(), "returns once the pages are done");
        assertTrue(searching.await(30, TimeUnit.SECONDS), "search runs after the pages, in the background");
        assertEquals(List.of("pages"), steps);
        assertFalse(rebuild.behind(), "a search step under way is not a reason to rebuild");

        finish.countDown();
        rebuild.awaitSearches();
        assertEquals(List.of("pages", "search"), steps);
        assertFalse(rebuild.behind());
    }

    @Test
    void aChangeDuringTheSearchStepStopsItAndLeavesTheRebuildBehind() throws Exception {
        rebuild = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            assertFalse(stop.getAsBoolean(), "no change yet");
            rebuild.changeSeen(); // an editor saves again while search is rebuilt
            assertTrue(stop.getAsBoolean(), "the newer change stops the step");
            return step("search stopped", Optional.empty());
        }, tabs);
        pending.set(true);
        assertEquals(Optional.empty(), rebuild.get());
        rebuild.awaitSearches();
        assertEquals(List.of("pages", "search stopped"), steps);
        assertTrue(rebuild.behind(), "the next refresh must rebuild even if no file differs");
    }

    @Test
    void aFailedRebuildLeavesNothingToCatchUpWith() throws Exception {
        AtomicBoolean broken = new AtomicBoolean();
        rebuild = new PagesThenSearch(() -> step("pages", broken.get() ? Optional.of("a.md:3: error") : Optional.empty()),
                pending::get, stop -> {
                    rebuild.changeSeen();
                    return step("search stopped", Optional.empty());
                }, tabs);
        pending.set(true);
        rebuild.get();
        rebuild.awaitSearches();
        assertTrue(rebuild.behind());
        broken.set(true);
        assertEquals(Optional.of("a.md:3: error"), rebuild.get());
        assertFalse(rebuild.behind(), "a failing site is not rebuilt on every request until it changes");
    }

    @Test
    void closingStopsASearchStepUnderWayAndWaitsForIt() {
        CountDownLatch searching = new CountDownLatch(1);
        AtomicBoolean stoppedInTime = new AtomicBoolean();
        rebuild = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            searching.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // a long search step, checking whether to stop
            }
            stoppedInTime.set(stop.getAsBoolean());
            return step("search stopped", Optional.empty());
        }, tabs);
        pending.set(true);
        rebuild.get();
        await(searching);
        rebuild.close();
        assertTrue(stoppedInTime.get(), "closing asked the step to stop");
        assertEquals(List.of("pages", "search stopped"), steps, "and waited for it to end");
        assertEquals(Optional.empty(), rebuild.get(), "a rebuild after closing asks for no search step");
        assertEquals(List.of("pages", "search stopped", "pages"), steps);
    }

    @Test
    void pagesRenderedAheadAreCurrentUntilTheContentChangesOrTheRebuildIsDone() {
        Path edited = Path.of("/site/notices/a.md");
        rebuild = new PagesThenSearch(changed -> changed.equals(Set.of(edited)) ? List.of(new LiveReload.Page("/2024/03/a/", null)) : List.of(),
                () -> step("pages", Optional.empty()), pending::get, stop -> step("search", Optional.empty()), tabs);
        rebuild.renderAhead(Set.of(edited, Path.of("/site/site.yml")));
        assertFalse(rebuild.renderedAhead("/2024/03/a/"), "nothing was rendered ahead");

        rebuild.renderAhead(Set.of(edited));
        assertTrue(rebuild.renderedAhead("/2024/03/a/"));
        assertTrue(rebuild.renderedAhead("/2024/03/a/index.html"));
        assertFalse(rebuild.renderedAhead("/"), "only the pages rendered ahead");
        rebuild.changeSeen();
        assertFalse(rebuild.renderedAhead("/2024/03/a/"), "the content changed again");

        rebuild.renderAhead(Set.of(edited));
        assertTrue(rebuild.renderedAhead("/2024/03/a/"));
        rebuild.get();
        assertFalse(rebuild.renderedAhead("/2024/03/a/"), "the rebuild has the last word");
        assertEquals(List.of("pages"), steps, "rendering ahead is no rebuild");
    }

    @Test
    void aFailureToRenderPagesAheadStillRebuilds(@org.junit.jupiter.api.io.TempDir Path content) {
        rebuild = new PagesThenSearch(changed -> {
            throw new IllegalStateException("a bug in the pages ahead");
        }, () -> step("pages", Optional.empty()), pending::get, stop -> step("search", Optional.empty()), tabs);
        RebuildOnChange refresher = new RebuildOnChange(content, List.of(), rebuild);
        rebuild.afterChanges(refresher).accept(Set.of(content.resolve("a.md")));
        assertEquals(List.of("pages"), steps);
    }

    private PagesThenSearch.Step step(String name, Optional<String> problems) {
        steps.add(name);
        return new PagesThenSearch.Step(problems, true);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

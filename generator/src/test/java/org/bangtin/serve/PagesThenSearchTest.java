package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The preview's two-step rebuild: pages first, then search, stopped by a newer change. */
class PagesThenSearchTest {
    private final List<String> steps = new ArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    @Test
    void aFailedPagesStepReturnsItsProblemsAndSkipsSearch() {
        PagesThenSearch rebuild = new PagesThenSearch(() -> step("pages", Optional.of("a.md:3: error")), pending::get,
                stop -> step("search", Optional.empty()), new LiveReload());
        pending.set(true);
        assertEquals(Optional.of("a.md:3: error"), rebuild.get());
        assertEquals(List.of("pages"), steps);
    }

    @Test
    void searchFollowsThePagesOnlyWhenTheyLeftItBehind() {
        PagesThenSearch rebuild = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            pending.set(false);
            return step("search", Optional.of("b.md:1: error"));
        }, new LiveReload());
        assertEquals(Optional.empty(), rebuild.get(), "a first build indexes at once: nothing left for a second step");
        assertEquals(List.of("pages"), steps);
        pending.set(true);
        assertEquals(Optional.of("b.md:1: error"), rebuild.get(), "the second step's problems are the rebuild's");
        assertEquals(List.of("pages", "pages", "search"), steps);
        assertFalse(rebuild.behind());
    }

    @Test
    void aChangeDuringTheSearchStepStopsItAndLeavesTheRebuildBehind() {
        PagesThenSearch[] rebuild = new PagesThenSearch[1];
        rebuild[0] = new PagesThenSearch(() -> step("pages", Optional.empty()), pending::get, stop -> {
            assertFalse(stop.getAsBoolean(), "no change yet");
            rebuild[0].changeSeen(); // an editor saves again while search is rebuilt
            assertTrue(stop.getAsBoolean(), "the newer change stops the step");
            return step("search stopped", Optional.empty());
        }, new LiveReload());
        pending.set(true);
        assertEquals(Optional.empty(), rebuild[0].get());
        assertTrue(rebuild[0].behind(), "the next refresh must rebuild even if no file differs");
    }

    @Test
    void aFailedRebuildLeavesNothingToCatchUpWith() {
        AtomicBoolean broken = new AtomicBoolean();
        PagesThenSearch[] rebuild = new PagesThenSearch[1];
        rebuild[0] = new PagesThenSearch(() -> step("pages", broken.get() ? Optional.of("a.md:3: error") : Optional.empty()),
                pending::get, stop -> {
                    rebuild[0].changeSeen();
                    return step("search stopped", Optional.empty());
                }, new LiveReload());
        pending.set(true);
        rebuild[0].get();
        assertTrue(rebuild[0].behind());
        broken.set(true);
        assertEquals(Optional.of("a.md:3: error"), rebuild[0].get());
        assertFalse(rebuild[0].behind(), "a failing site is not rebuilt on every request until it changes");
    }

    private PagesThenSearch.Step step(String name, Optional<String> problems) {
        steps.add(name);
        return new PagesThenSearch.Step(problems, true);
    }
}

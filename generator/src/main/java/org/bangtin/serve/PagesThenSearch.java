package org.bangtin.serve;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The preview's rebuild in two steps, so that an editor sees an edit as soon as its pages are
 * rebuilt: first the pages, reusing the last search index and related lists, and the open tabs
 * reload; then search and the related lists, and the tabs reload again only if that changed a
 * page. A change to the content during the second step stops it: the next rebuild starts at
 * once with the pages of the newer edit. Used as {@link RebuildOnChange}'s build; the caller
 * shows the returned problems. Give {@link #changeSeen} to the {@link SiteWatcher}.
 */
public final class PagesThenSearch implements Supplier<Optional<String>> {
    /** One step's outcome: its problems as text when it failed, and whether it changed a page. */
    public record Step(Optional<String> problems, boolean pagesChanged) {
    }

    private final Supplier<Step> pages;
    private final BooleanSupplier searchPending;
    private final Function<BooleanSupplier, Step> everything;
    private final LiveReload liveReload;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean behind;

    /**
     * @param pages         the quick rebuild of the pages
     * @param searchPending whether the quick rebuild left search behind (not after a first build)
     * @param everything    the rebuild that brings search and the related lists up to date,
     *                      stopping when the given condition becomes true (a stopped build is a
     *                      step without problems that changed nothing)
     */
    public PagesThenSearch(Supplier<Step> pages, BooleanSupplier searchPending, Function<BooleanSupplier, Step> everything,
            LiveReload liveReload) {
        this.pages = pages;
        this.searchPending = searchPending;
        this.everything = everything;
        this.liveReload = liveReload;
    }

    /** Tells that a file of the content changed just now. */
    public void changeSeen() {
        changes.incrementAndGet();
    }

    /** Whether the last rebuild was stopped before search was brought up to date. */
    public boolean behind() {
        return behind;
    }

    @Override
    public Optional<String> get() {
        long seen = changes.get();
        Step first = pages.get();
        if (first.problems().isPresent()) {
            behind = false; // nothing to catch up with until the content changes again
            return first.problems();
        }
        liveReload.reload();
        if (!searchPending.getAsBoolean()) {
            behind = false;
            return Optional.empty();
        }
        Step second = everything.apply(() -> changes.get() != seen);
        behind = searchPending.getAsBoolean();
        if (second.problems().isEmpty() && second.pagesChanged()) {
            liveReload.reload();
        }
        return second.problems();
    }
}

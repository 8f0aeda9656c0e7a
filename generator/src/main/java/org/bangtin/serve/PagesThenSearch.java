package org.bangtin.serve;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The preview's rebuild in two steps, so that an editor sees an edit as soon as its pages are
 * rebuilt: first the pages, reusing the last search index and related lists, and the open tabs
 * reload; then search and the related lists, and the tabs reload again only if that changed a
 * page. Used as {@link RebuildOnChange}'s build; the caller shows the returned problems.
 */
public final class PagesThenSearch implements Supplier<Optional<String>> {
    /** One step's outcome: its problems as text when it failed, and whether it changed a page. */
    public record Step(Optional<String> problems, boolean pagesChanged) {
    }

    private final Supplier<Step> pages;
    private final BooleanSupplier searchPending;
    private final Supplier<Step> everything;
    private final LiveReload liveReload;

    /**
     * @param pages         the quick rebuild of the pages
     * @param searchPending whether the quick rebuild left search behind (not after a first build)
     * @param everything    the rebuild that brings search and the related lists up to date
     */
    public PagesThenSearch(Supplier<Step> pages, BooleanSupplier searchPending, Supplier<Step> everything,
            LiveReload liveReload) {
        this.pages = pages;
        this.searchPending = searchPending;
        this.everything = everything;
        this.liveReload = liveReload;
    }

    @Override
    public Optional<String> get() {
        Step first = pages.get();
        if (first.problems().isPresent()) {
            return first.problems();
        }
        liveReload.reload();
        if (!searchPending.getAsBoolean()) {
            return Optional.empty();
        }
        Step second = everything.get();
        if (second.problems().isEmpty() && second.pagesChanged()) {
            liveReload.reload();
        }
        return second.problems();
    }
}

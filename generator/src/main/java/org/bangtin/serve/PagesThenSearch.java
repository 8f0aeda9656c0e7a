package org.bangtin.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The preview's rebuild in steps, so that an editor sees an edit as soon as its pages are
 * rebuilt: first the pages, reusing the last search index and related lists, and the open tabs
 * reload if a page changed; then, in the background, search and the related lists, and the tabs
 * reload again only if that changed a page (or show its problems). A page requested during the
 * second step is served at once: {@link #get} returns when the pages are done. A change to the
 * content during the second step stops it: the next rebuild starts at once with the pages of the
 * newer edit.
 *
 * <p>Before all that, when the watcher's burst of changes is an edit of published notices,
 * {@link #renderAhead} writes those notices' pages at once and reloads the tabs that show them
 * (or sends them to a page's new address); until the content changes again those pages are
 * current ({@link #renderedAhead}).
 *
 * <p>Used as {@link RebuildOnChange}'s build; the caller shows the returned problems. Give
 * {@link #changeSeen} to the {@link SiteWatcher}, and close it when the preview stops.
 */
public final class PagesThenSearch implements Supplier<Optional<String>>, AutoCloseable {
    /**
     * One step's outcome: its problems as text when it failed, whether it changed a page, and the
     * notices' pages it moved (old URL path to new), whose tabs follow them.
     */
    public record Step(Optional<String> problems, boolean pagesChanged, Map<String, String> moved) {
        public Step {
            moved = Map.copyOf(moved);
        }

        /** A step that moved no page. */
        public Step(Optional<String> problems, boolean pagesChanged) {
            this(problems, pagesChanged, Map.of());
        }
    }

    private final Supplier<Step> pages;
    private final BooleanSupplier searchPending;
    private final Function<BooleanSupplier, Step> everything;
    private final LiveReload liveReload;
    /** Runs the second steps one after the other. */
    private final ExecutorService searches = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bangtin-search");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong changes = new AtomicLong();
    /** Counts the second steps asked for; only the latest says whether search is behind. */
    private final AtomicLong searchesAsked = new AtomicLong();
    private volatile boolean behind;
    private volatile boolean stopping;
    private final Function<Set<Path>, List<LiveReload.Page>> ahead;
    /** The pages the last {@link #renderAhead} wrote, while the content is as it saw it; else null. */
    private volatile Ahead renderedAhead;

    /** Pages rendered ahead of the rebuild, and the count of changes then. */
    private record Ahead(long changes, Set<String> urls) {
    }

    /**
     * @param pages         the quick rebuild of the pages
     * @param searchPending whether the quick rebuild left search behind (not after a first build)
     * @param everything    the rebuild that brings search and the related lists up to date,
     *                      stopping when the given condition becomes true (a stopped build is a
     *                      step without problems that changed nothing)
     */
    public PagesThenSearch(Supplier<Step> pages, BooleanSupplier searchPending, Function<BooleanSupplier, Step> everything,
            LiveReload liveReload) {
        this(changed -> List.of(), pages, searchPending, everything, liveReload);
    }

    /**
     * @param ahead renders the pages of the notices edited in a burst, returning them (none when
     *              the burst is something else)
     */
    public PagesThenSearch(Function<Set<Path>, List<LiveReload.Page>> ahead, Supplier<Step> pages, BooleanSupplier searchPending,
            Function<BooleanSupplier, Step> everything, LiveReload liveReload) {
        this.ahead = ahead;
        this.pages = pages;
        this.searchPending = searchPending;
        this.everything = everything;
        this.liveReload = liveReload;
    }

    /** Tells that a file of the content changed just now. */
    public void changeSeen() {
        changes.incrementAndGet();
        renderedAhead = null;
    }

    /**
     * The first answer to a burst of changes, before the rebuild: when it is an edit of notices,
     * their pages are written at once and the tabs showing them reload, or go to a page's new
     * address.
     */
    public void renderAhead(Set<Path> changed) {
        long seen = changes.get();
        List<LiveReload.Page> pages = ahead.apply(changed);
        if (!pages.isEmpty() && changes.get() == seen) {
            renderedAhead = new Ahead(seen, pages.stream().map(LiveReload.Page::url).collect(Collectors.toUnmodifiableSet()));
            liveReload.reloadPages(pages);
        }
    }

    /**
     * What the {@link SiteWatcher} calls after a burst of changes: the pages ahead, then the
     * rebuild of {@code rebuild} (whose build is this), whose problems the tabs show.
     */
    public Consumer<Set<Path>> afterChanges(RebuildOnChange rebuild) {
        return changed -> {
            try {
                renderAhead(changed);
            } catch (RuntimeException e) {
                // Pages ahead only save time: whatever stopped them, the rebuild runs, and
                // reports what it meets.
            }
            rebuild.refreshChanged().ifPresent(liveReload::failed);
        };
    }

    /**
     * Whether the page at {@code rawPath} was rendered ahead of the rebuild under way, from the
     * content as it is: it can be served without waiting for the rebuild.
     */
    public boolean renderedAhead(String rawPath) {
        Ahead last = renderedAhead;
        if (last == null || last.changes() != changes.get()) {
            return false;
        }
        String index = "index.html";
        String page = rawPath.endsWith("/" + index) ? rawPath.substring(0, rawPath.length() - index.length()) : rawPath;
        return last.urls().contains(page);
    }

    /**
     * Whether search was left behind with no second step to catch up: the last one was stopped by
     * a change that brought no rebuild, or failed. The next refresh rebuilds then.
     */
    public boolean behind() {
        return behind;
    }

    /** Rebuilds the pages; returns their problems, or empty once they are served (search follows). */
    @Override
    public Optional<String> get() {
        long seen = changes.get();
        Step first = pages.get();
        renderedAhead = null; // the rebuild has the last word on every page
        if (first.problems().isPresent()) {
            behind = false; // nothing to catch up with until the content changes again
            return first.problems();
        }
        // Tabs reload when a page changed, or to drop the problems they show; not after pages
        // rendered ahead came out the same.
        if (first.pagesChanged() || liveReload.lastProblems().isPresent()) {
            liveReload.reload(first.moved());
        }
        behind = false;
        if (searchPending.getAsBoolean() && !stopping) {
            long asked = searchesAsked.incrementAndGet();
            try {
                searches.execute(() -> search(seen, asked));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The preview is closing: no search step any more.
            }
        }
        return Optional.empty();
    }

    private void search(long seen, long asked) {
        BooleanSupplier stale = () -> stopping || changes.get() != seen;
        if (!stale.getAsBoolean()) {
            Step second = everything.apply(stale);
            if (second.problems().isPresent()) {
                liveReload.failed(second.problems().get());
            } else if (second.pagesChanged()) {
                liveReload.reload(second.moved());
            }
        }
        // A newer pages step asks for its own second step, which has the last word. (A newer one
        // asked between this test and the write makes at most one rebuild too many.)
        if (asked == searchesAsked.get()) {
            behind = searchPending.getAsBoolean();
        }
    }

    /** Waits for the second steps asked for so far; for tests. */
    void awaitSearches() throws InterruptedException, ExecutionException, TimeoutException {
        searches.submit(() -> { }).get(60, TimeUnit.SECONDS);
    }

    /** Stops a second step under way, and waits for it: nothing writes to the site after this. */
    @Override
    public void close() {
        stopping = true;
        Shutdowns.finish(searches);
    }
}

package org.bangtin.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches a content folder (notices, site.yml, the site's theme files) and calls back once a
 * burst of changes is over (an editor's save often writes a file several times), with the files
 * that changed in it.
 *
 * <p>It hears of changes from the system (inotify on Linux) and, where the system cannot tell
 * (out of watches, or asked with {@code poll}: a network share edited from another computer),
 * looks at the files every second instead ({@link PollingWatch}: less often on a large site).
 * Before, a system out of watches stopped the preview with an internal error, or left it serving
 * pages that no edit would change.
 */
public final class SiteWatcher implements AutoCloseable {
    /** How long a folder must stay quiet before the callback runs. */
    static final long QUIET_MILLIS = 80;
    /** How often the files are looked at when the system cannot tell of changes. */
    static final long POLL_MILLIS = 1000;

    private final Path content;
    private final Runnable eachChange;
    private final Consumer<Set<Path>> changed;
    private final Consumer<String> warnings;
    private final Predicate<Path> watched;
    private final ScheduledExecutorService debounce = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bangtin-watch");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    /** The files changed since the last callback (the content folder itself when events were lost). */
    private Set<Path> burst = new HashSet<>();
    /** Where changes come from: a {@link NativeWatch}, or a {@link PollingWatch}. Guarded by this. */
    private Closeable source;
    private boolean polling;
    private boolean closed;

    /**
     * Starts watching {@code content}; changes under {@code ignored} folders (the build's output)
     * and hidden files are left out. Calls {@code eachChange} at once on every change (a build
     * under way can learn that it is already out of date), and {@code changed} with the files of
     * each burst, absolute and normalized.
     *
     * @param poll     look at the files every second rather than hear of changes from the system
     * @param warnings told, as a sentence, when the system cannot tell of changes and the files
     *                 are looked at instead
     * @throws IOException when the folder can be neither watched nor looked at
     */
    public static SiteWatcher start(Path content, List<Path> ignored, boolean poll, Consumer<String> warnings,
            Runnable eachChange, Consumer<Set<Path>> changed) throws IOException {
        return start(NativeWatch::new, content, ignored, poll, warnings, eachChange, changed);
    }

    /** How the system is asked to tell of changes; tests give a system out of watchers. */
    @FunctionalInterface
    interface SystemWatch {
        /**
         * @param changed called with each changed path, or null when the system lost track
         * @param failed  called when a folder could not be watched: changes in it go unseen
         * @throws IOException when the system cannot watch at all
         */
        Closeable start(Path content, Predicate<Path> watched, Consumer<Path> changed, Consumer<IOException> failed)
                throws IOException;
    }

    static SiteWatcher start(SystemWatch system, Path content, List<Path> ignored, boolean poll, Consumer<String> warnings,
            Runnable eachChange, Consumer<Set<Path>> changed) throws IOException {
        SiteWatcher watcher = new SiteWatcher(content.toAbsolutePath().normalize(),
                ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList(), eachChange, changed, warnings);
        synchronized (watcher) {
            if (poll) {
                watcher.startPolling();
            } else {
                try {
                    watcher.source = system.start(watcher.content, watcher.watched, watcher::seen, watcher::watchFailed);
                } catch (IOException e) {
                    warnings.accept("cannot watch " + watcher.content + " for changes (" + e.getMessage() + "): looking at"
                            + " its files every second instead." + raiseTheLimit(e));
                    watcher.startPolling();
                }
            }
        }
        return watcher;
    }

    private SiteWatcher(Path content, List<Path> ignored, Runnable eachChange, Consumer<Set<Path>> changed,
            Consumer<String> warnings) {
        this.content = content;
        this.eachChange = eachChange;
        this.changed = changed;
        this.warnings = warnings;
        this.watched = watchedUnder(content, ignored);
    }

    /** Whether the files are looked at every second, rather than the system telling of changes. */
    public synchronized boolean polling() {
        return polling;
    }

    private void startPolling() throws IOException {
        source = new PollingWatch(content, watched, POLL_MILLIS, this::seen);
        polling = true;
    }

    /** A folder the system could not watch (out of watches): from now on the files are looked at. */
    private synchronized void watchFailed(IOException e) {
        if (polling || closed) {
            return;
        }
        warnings.accept("a folder of " + content + " cannot be watched (" + e.getMessage() + "): looking at its files"
                + " every second from now on." + raiseTheLimit(e));
        Closeable system = source;
        try {
            startPolling();
            system.close();
        } catch (IOException e2) {
            warnings.accept("cannot look at the files of " + content + " either (" + e2.getMessage()
                    + "): changes in that folder are not seen; restart the preview");
            return;
        }
        seen(null); // what changed before the first look was not seen: rebuild it all
    }

    private static String raiseTheLimit(IOException e) {
        return String.valueOf(e.getMessage()).contains("inotify")
                ? " To let the system tell of changes, raise its limits: sudo sysctl fs.inotify.max_user_instances=1024"
                        + " fs.inotify.max_user_watches=524288"
                : "";
    }

    /**
     * Whether changes at a path under {@code content} matter: not under the {@code ignored}
     * folders (the build's output), nor hidden (editors' swap and backup files, .git). Both
     * folders absolute and normalized.
     */
    static Predicate<Path> watchedUnder(Path content, List<Path> ignored) {
        return path -> {
            Path file = path.toAbsolutePath().normalize();
            if (ignored.stream().anyMatch(file::startsWith)) {
                return false;
            }
            if (file.startsWith(content)) {
                for (Path part : content.relativize(file)) {
                    if (part.toString().startsWith(".")) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    /** A change at {@code path}; null when the system lost track of changes. */
    private void seen(Path path) {
        Path file = path == null ? content : path.toAbsolutePath().normalize();
        if (watched.test(file)) {
            eachChange.run();
            schedule(file);
        }
    }

    private synchronized void schedule(Path path) {
        if (pending != null) {
            pending.cancel(false);
        }
        burst.add(path);
        if (!debounce.isShutdown()) {
            pending = debounce.schedule(() -> changed.accept(takeBurst()), QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized Set<Path> takeBurst() {
        Set<Path> files = burst;
        burst = new HashSet<>();
        return Set.copyOf(files);
    }

    /**
     * Stops watching, and waits for a callback under way (a rebuild) to end, so that nothing
     * writes to the site after this returns.
     */
    @Override
    public void close() throws IOException {
        Closeable watching;
        synchronized (this) {
            closed = true;
            watching = source;
        }
        // Outside the lock: stopping the poller waits for its thread, which may be waiting for it.
        watching.close();
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false); // a rebuild not started yet never starts
            }
            debounce.shutdown(); // under the lock that schedule() takes: nothing is scheduled after this
        }
        Shutdowns.finish(debounce);
    }
}

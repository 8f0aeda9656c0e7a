package org.bangtin.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches a content folder (notices, site.yml, the site's theme files) and calls back once a
 * burst of changes is over: an editor's save often writes a file several times.
 */
public final class SiteWatcher implements AutoCloseable {
    /** How long a folder must stay quiet before the callback runs. */
    static final long QUIET_MILLIS = 80;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService debounce = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bangtin-watch");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    /**
     * Starts watching {@code content}; changes under {@code ignored} folders (the build's output)
     * are left out.
     */
    public static SiteWatcher start(Path content, List<Path> ignored, Runnable changed) throws IOException {
        return start(content, ignored, () -> { }, changed);
    }

    /**
     * Starts watching {@code content}, also calling {@code eachChange} at once on every change
     * (a build under way can learn that it is already out of date).
     */
    public static SiteWatcher start(Path content, List<Path> ignored, Runnable eachChange, Runnable changed)
            throws IOException {
        return new SiteWatcher(content.toAbsolutePath().normalize(),
                ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList(), eachChange, changed);
    }

    private SiteWatcher(Path content, List<Path> ignored, Runnable eachChange, Runnable changed) throws IOException {
        this.watcher = DirectoryWatcher.builder()
                .path(content)
                .fileHashing(false)
                .listener(event -> {
                    Path path = event.path() == null ? content : event.path().toAbsolutePath().normalize();
                    // Hidden files (editors' swap and backup files) are not content, as in RebuildOnChange.
                    if (ignored.stream().noneMatch(path::startsWith) && !hidden(content, path)) {
                        eachChange.run();
                        schedule(changed);
                    }
                })
                .build();
        watcher.watchAsync();
    }

    private static boolean hidden(Path content, Path path) {
        if (!path.startsWith(content)) {
            return false;
        }
        for (Path part : content.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private synchronized void schedule(Runnable changed) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!debounce.isShutdown()) {
            pending = debounce.schedule(changed, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops watching, and waits for a callback under way (a rebuild) to end, so that nothing
     * writes to the site after this returns.
     */
    @Override
    public void close() throws IOException {
        watcher.close();
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false); // a rebuild not started yet never starts
            }
            debounce.shutdown(); // under the lock that schedule() takes: nothing is scheduled after this
        }
        Shutdowns.finish(debounce);
    }
}

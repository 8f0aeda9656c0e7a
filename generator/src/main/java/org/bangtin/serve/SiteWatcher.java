package org.bangtin.serve;

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

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches a content folder (notices, site.yml, the site's theme files) and calls back once a
 * burst of changes is over (an editor's save often writes a file several times), with the files
 * that changed in it.
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
    /** The files changed since the last callback (the content folder itself when events were lost). */
    private Set<Path> burst = new HashSet<>();

    /**
     * Starts watching {@code content}; changes under {@code ignored} folders (the build's output)
     * are left out. Calls {@code eachChange} at once on every change (a build under way can learn
     * that it is already out of date), and {@code changed} with the files of each burst, absolute
     * and normalized.
     */
    public static SiteWatcher start(Path content, List<Path> ignored, Runnable eachChange, Consumer<Set<Path>> changed)
            throws IOException {
        return new SiteWatcher(content.toAbsolutePath().normalize(),
                ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList(), eachChange, changed);
    }

    private SiteWatcher(Path content, List<Path> ignored, Runnable eachChange, Consumer<Set<Path>> changed)
            throws IOException {
        this.watcher = DirectoryWatcher.builder()
                .path(content)
                .fileHashing(false)
                .listener(event -> {
                    boolean lost = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null;
                    Path path = lost ? content : event.path().toAbsolutePath().normalize();
                    // Hidden files (editors' swap and backup files) are not content, as in RebuildOnChange.
                    if (ignored.stream().noneMatch(path::startsWith) && !hidden(content, path)) {
                        eachChange.run();
                        schedule(path, changed);
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

    private synchronized void schedule(Path path, Consumer<Set<Path>> changed) {
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

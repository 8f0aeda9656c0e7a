package org.bangtin.serve;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationObserver;

/**
 * Looks at the files under a folder at an interval (names, sizes and times, through commons-io's
 * observer) and tells which were added, changed or deleted. Slower to see a change and costlier
 * than the system's notices, but it sees what they cannot: a network share edited from another
 * computer, or a system out of watches.
 */
final class PollingWatch implements Closeable {
    /**
     * The looks take at most a tenth of a core: a look at 100,000 notices takes about 0.9 s, and
     * looking every second kept half a core busy while the preview waited for edits (9 % now, an
     * edit then seen within about 10 s).
     */
    private static final int IDLE_SHARE = 10;

    private final FileAlterationObserver observer;
    private final long intervalMillis;
    private final ScheduledThreadPoolExecutor looks = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "bangtin-poll");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts looking: the files as they are now are the ones later looks compare with.
     *
     * @param intervalMillis the time between two looks, longer where a look takes more than a
     *                       tenth of it
     */
    PollingWatch(Path content, Predicate<Path> watched, long intervalMillis, Consumer<Path> changed) throws IOException {
        this.intervalMillis = intervalMillis;
        looks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // closing waits for no next look
        this.observer = FileAlterationObserver.builder()
                .setFile(content.toFile())
                .setFileFilter(file -> watched.test(file.toPath()))
                .get();
        observer.addListener(new FileAlterationListenerAdaptor() {
            @Override
            public void onFileCreate(File file) {
                changed.accept(file.toPath());
            }

            @Override
            public void onFileChange(File file) {
                changed.accept(file.toPath());
            }

            @Override
            public void onFileDelete(File file) {
                changed.accept(file.toPath());
            }

            @Override
            public void onDirectoryCreate(File dir) {
                changed.accept(dir.toPath());
            }

            @Override
            public void onDirectoryDelete(File dir) {
                changed.accept(dir.toPath());
            }
        });
        try {
            observer.initialize(); // reads the files as they are now
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        looks.schedule(this::look, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Looks once, and then again after the interval, or after ten times as long as this look took. */
    private void look() {
        long start = System.nanoTime();
        try {
            observer.checkAndNotify();
        } catch (RuntimeException e) {
            // A file that went away while it was looked at: the next look sees the folder as it is.
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        try {
            looks.schedule(this::look, Math.max(intervalMillis, IDLE_SHARE * tookMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The preview is stopping: no more looks.
        }
    }

    /** Stops looking, and waits for a look under way to end. */
    @Override
    public void close() {
        Shutdowns.finish(looks);
    }
}

package org.bangtin.serve;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationMonitor;
import org.apache.commons.io.monitor.FileAlterationObserver;

/**
 * Looks at the files under a folder at an interval (names, sizes and times, through commons-io's
 * observer) and tells which were added, changed or deleted. Slower to see a change and costlier
 * than the system's notices, but it sees what they cannot: a network share edited from another
 * computer, or a system out of watches.
 */
final class PollingWatch implements Closeable {
    private final FileAlterationMonitor monitor;

    /** Starts looking: the files as they are now are the ones later looks compare with. */
    PollingWatch(Path content, Predicate<Path> watched, long intervalMillis, Consumer<Path> changed) throws IOException {
        FileAlterationObserver observer = FileAlterationObserver.builder()
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
        monitor = new FileAlterationMonitor(intervalMillis, observer);
        monitor.setThreadFactory(r -> {
            Thread thread = new Thread(r, "bangtin-poll");
            thread.setDaemon(true);
            return thread;
        });
        try {
            monitor.start(); // reads the files as they are now
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Stops looking, and waits for a look under way to end. */
    @Override
    public void close() throws IOException {
        try {
            monitor.stop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}

package org.bangtin.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping the preview's background threads so that nothing writes to the site afterwards. */
final class Shutdowns {
    /** How long a rebuild under way may take to end. */
    private static final long WAIT_SECONDS = 60;

    private Shutdowns() {
    }

    /**
     * Lets {@code executor} finish the task it runs, then stops it. An interrupted server stops
     * this way, so it waits even when the thread is interrupted, and keeps the interrupt.
     */
    static void finish(ExecutorService executor) {
        executor.shutdown();
        boolean interrupted = Thread.interrupted();
        try {
            if (!executor.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.bangtin.search;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The static export's worker threads, one per core, which start its tasks in the order given: the
 * export's writer takes the ranges of terms in that order, so the range it waits for has always
 * started (the ones before it are written, and no later one started before it). Closing stops
 * them and waits until they have: the index they read is closed next.
 */
final class ExportWorkers implements AutoCloseable {
    private final ExecutorService pool;
    private final BooleanSupplier cancelled;
    private volatile boolean closing;

    ExportWorkers(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "search-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether the tasks should stop: the build was cancelled, or the export ended (by a failure). */
    boolean stopping() {
        return closing || cancelled.getAsBoolean();
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    void start(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void close() {
        closing = true;
        pool.shutdownNow(); // interrupts a worker waiting to hand over a batch nobody will take
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

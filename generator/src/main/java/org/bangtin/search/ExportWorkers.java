package org.bangtin.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The static export's worker threads, one per core, which run its tasks in the order given (the
 * export's writer takes the fields in that order, so the field it waits for has always started).
 * Closing stops them and waits until they have: the index they read is closed next.
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

    /** The field's next batch of terms, null after its last; see {@link FieldTerms#next()}. */
    static List<FieldTerms.EncodedTerm> next(FieldTerms terms) throws IOException {
        try {
            return terms.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
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

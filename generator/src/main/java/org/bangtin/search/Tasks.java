package org.bangtin.search;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The results of work done on other threads, their failures thrown as the work threw them. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * The task's result, or what it threw; an interruption of the waiting thread cancels.
     *
     * @throws CancellationException when the waiting thread was interrupted, or the task cancelled
     */
    public static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * Throws {@code cause} as it was thrown: an I/O failure, an unchecked exception or an error
     * (anything else inside an {@link IllegalStateException}). Declared to return what it throws,
     * so that a caller writes {@code throw rethrown(cause)}.
     */
    static IOException rethrown(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}

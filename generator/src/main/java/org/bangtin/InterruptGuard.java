package org.bangtin;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a build stop cleanly on Ctrl-C, or on the TERM a service manager or CI job sends: the JVM
 * runs its shutdown hooks before it exits, and this one asks the build to stop and waits until
 * it has left the output folder as it was (its staging folder deleted) and said so. Without it
 * the JVM would exit in the middle of writing, leaving a half-written copy of the site beside the
 * output until the next build.
 */
public final class InterruptGuard implements AutoCloseable {
    /** How long the JVM may wait for the build to stop and clean up (deleting a large staging folder takes seconds). */
    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "bangtin-interrupted");

    public InterruptGuard() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether the JVM was asked to exit: the build then stops at its next checkpoint. */
    public boolean interrupted() {
        return interrupted.get();
    }

    private void stopAndWait() {
        interrupted.set(true);
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The build is over and reported: the JVM may exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running, and returns now.
        }
    }
}

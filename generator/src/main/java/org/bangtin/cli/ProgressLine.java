package org.bangtin.cli;

import java.io.PrintWriter;

import org.bangtin.ProgressListener;

/**
 * Shows a long build's progress: nothing during the first two seconds (short builds stay quiet),
 * then at most one line every two seconds. Only on a terminal: in a log, or in the mail cron
 * sends for any output of a nightly build, the lines are noise.
 */
final class ProgressLine implements ProgressListener {
    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastShown = start;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Whether someone watches: the JVM has a console (it has none when its output goes to a file or a pipe). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void progress(String phase, int done, int total) {
        long now = System.nanoTime();
        if (now - lastShown < QUIET_NANOS) {
            return;
        }
        lastShown = now;
        err.println(total > 0 ? "  " + phase + " " + done + "/" + total : "  " + phase + "...");
        err.flush();
    }
}

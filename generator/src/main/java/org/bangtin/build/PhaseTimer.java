package org.bangtin.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Measures the wall time of each phase of a build, in the order they ran. */
final class PhaseTimer {
    private final Map<String, Duration> times = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long phaseStart = start;

    /** Ends the running phase under {@code name}, and starts the next. */
    void lap(String name) {
        long now = System.nanoTime();
        times.merge(name, Duration.ofNanos(now - phaseStart), Duration::plus);
        phaseStart = now;
    }

    Map<String, Duration> times() {
        return times;
    }

    Duration total() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

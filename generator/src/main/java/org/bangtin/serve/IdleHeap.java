package org.bangtin.serve;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Lets a preview's heap shrink while it waits for edits, in a JVM that the launcher did not start
 * ({@code mvn bangtin:serve} runs in Maven's own). The launcher starts {@code serve} with these
 * settings; G1 at its defaults grew to 3.3-3.5 GB of RSS in the first build of 10,000 notices
 * (365 MB live) and kept it all while idle. These three can be changed while the JVM runs
 * (HotSpot's "manageable" flags); the launcher's fourth, {@code GCTimeRatio}, cannot.
 */
public final class IdleHeap {
    /** In the order they can be set: the lower bound first, so it never exceeds the upper one. */
    private static final Map<String, String> SETTINGS = settings();

    private IdleHeap() {
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MinHeapFreeRatio", "10"); // G1's default 40
        settings.put("MaxHeapFreeRatio", "30"); // G1's default 70: gives memory back after a collection
        settings.put("G1PeriodicGCInterval", "30000"); // a collection after 30 s without one: while idle
        return settings;
    }

    /**
     * Sets each setting that still has the JVM's default, when the JVM runs G1 (the periodic
     * collection is G1's); leaves alone what the command line chose, and a setting the JVM
     * refuses (a bound below one chosen on the command line, a JVM that is not HotSpot).
     *
     * @return the settings it changed, as "name=value"
     */
    public static List<String> applyWhereUnset() {
        List<String> applied = new ArrayList<>();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !isSet(vm, "UseG1GC")) {
            return applied;
        }
        SETTINGS.forEach((name, value) -> {
            try {
                VMOption option = vm.getVMOption(name);
                if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
                    vm.setVMOption(name, value);
                    applied.add(name + "=" + value);
                }
            } catch (IllegalArgumentException e) {
                // refused: the JVM keeps its own value
            }
        });
        return applied;
    }

    private static boolean isSet(HotSpotDiagnosticMXBean vm, String flag) {
        try {
            return "true".equals(vm.getVMOption(flag).getValue());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

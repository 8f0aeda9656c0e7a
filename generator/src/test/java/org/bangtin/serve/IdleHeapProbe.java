package org.bangtin.serve;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/** Run by {@link IdleHeapTest} in a JVM of its own: applies {@link IdleHeap}, prints what it set, then the values. */
public final class IdleHeapProbe {
    private IdleHeapProbe() {
    }

    public static void main(String[] args) {
        System.out.println("applied " + IdleHeap.applyWhereUnset());
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
            System.out.println(name + "=" + vm.getVMOption(name).getValue());
        }
    }
}

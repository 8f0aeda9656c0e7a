package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The preview's heap settings, applied in a running JVM as {@code mvn bangtin:serve} does: each
 * case starts a JVM of its own, with the options a user might have given it.
 */
class IdleHeapTest {
    @Test
    void aG1JvmWithoutTheSettingsGetsThemAll() throws Exception {
        assertEquals(List.of("applied [MinHeapFreeRatio=10, MaxHeapFreeRatio=30, G1PeriodicGCInterval=30000]",
                "MinHeapFreeRatio=10", "MaxHeapFreeRatio=30", "G1PeriodicGCInterval=30000"),
                probe("-XX:+UseG1GC"));
    }

    @Test
    void settingsFromTheCommandLineAreKept() throws Exception {
        assertEquals(List.of("applied [MinHeapFreeRatio=10, G1PeriodicGCInterval=30000]",
                "MinHeapFreeRatio=10", "MaxHeapFreeRatio=50", "G1PeriodicGCInterval=30000"),
                probe("-XX:+UseG1GC", "-XX:MaxHeapFreeRatio=50"));
    }

    @Test
    void anUpperBoundBelowTheUsersLowerOneIsNotSet() throws Exception {
        assertEquals(List.of("applied [G1PeriodicGCInterval=30000]",
                "MinHeapFreeRatio=50", "MaxHeapFreeRatio=70", "G1PeriodicGCInterval=30000"),
                probe("-XX:+UseG1GC", "-XX:MinHeapFreeRatio=50"));
    }

    @Test
    void anotherCollectorIsLeftAlone() throws Exception {
        assertEquals(List.of("applied []", "MinHeapFreeRatio=40", "MaxHeapFreeRatio=70", "G1PeriodicGCInterval=0"),
                probe("-XX:+UseSerialGC"));
    }

    private static List<String> probe(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", "target/classes" + java.io.File.pathSeparator + "target/test-classes",
                IdleHeapProbe.class.getName()));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), output);
        return output.lines().toList();
    }
}

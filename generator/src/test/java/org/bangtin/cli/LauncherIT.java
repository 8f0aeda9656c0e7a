package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bangtin} launcher script beside the packaged jar, as a user runs it: it finds its
 * jar through a link, passes every argument as given, returns bangtin's exit code, and gives the
 * JVM its settings unless {@code BANGTIN_OPTS} says otherwise. Run after packaging (the jar and
 * the script are made in the package phase), by the build's integration-test phase.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target", "bangtin").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void buildsASiteThroughALinkToTheLauncherWithSpacesAndVietnameseInThePaths() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("bangtin"), LAUNCHER);
        Path content = TestSites.at(dir.resolve("Thông báo xã")).notice("a.md", "Kế hoạch số 925/KH-UBND", "2019-03-27", "",
                "Nội dung.").root();
        Path out = dir.resolve("trang web");

        Run run = run(Map.of(), link.toString(), "build", content.toString(), "-o", out.toString());

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Built 1 notice"), run.output());
        assertTrue(Files.readString(out.resolve("index.html")).contains("Kế hoạch số 925/KH-UBND"));
    }

    @Test
    void aFailedBuildExitsWithBangtinsCodeAndMessage() throws Exception {
        Path content = TestSites.at(dir.resolve("content")).file("a.md", "---\ntitle: \"A\"\n---\n").root();

        Run run = run(Map.of(), LAUNCHER.toString(), "build", content.toString(), "-o", dir.resolve("out").toString());

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(content.resolve("a.md") + ":1: error: missing 'date'"), run.output());
    }

    @Test
    void usesTheSerialCollectorUnlessBangtinOptsNamesAnotherOrTheCommandIsServeWhichGivesBackItsHeap() throws Exception {
        Run serial = run(Map.of("BANGTIN_OPTS", "-Xlog:gc,gc+init"), LAUNCHER.toString(), "build", "--help");
        Run chosen = run(Map.of("BANGTIN_OPTS", "-XX:+UseParallelGC -Xlog:gc"), LAUNCHER.toString(), "build", "--help");
        Run serve = run(Map.of("BANGTIN_OPTS", "-Xlog:gc,gc+init"), LAUNCHER.toString(), "serve", "--help");

        assertEquals(0, serial.exit(), serial.output());
        assertTrue(serial.output().contains("Using Serial"), serial.output());
        assertEquals(0, chosen.exit(), chosen.output());
        assertTrue(chosen.output().contains("Using Parallel"), chosen.output());
        assertEquals(0, serve.exit(), serve.output());
        assertTrue(serve.output().contains("Using G1"), serve.output());
        // The preview gives back its heap while it waits for edits.
        assertTrue(serve.output().contains("Periodic GC Interval: 30000ms"), serve.output());
        assertTrue(!serial.output().contains("Periodic GC"), serial.output());
    }

    @Test
    void runsTheJavaOfJavaHomeWithOurOptionsThenTheUsersThenTheArgumentsAsGiven() throws Exception {
        // A stand-in for JAVA_HOME/bin/java that writes down the arguments it got, one per line.
        Path javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Path seen = dir.resolve("arguments.txt");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + seen + "'\n");
        assertTrue(java.toFile().setExecutable(true));

        Run run = run(Map.of("JAVA_HOME", javaHome.toString(), "BANGTIN_OPTS", "-Xmx2g -Dx=1"), LAUNCHER.toString(),
                "build", "thư mục có dấu cách", "-o", "*");

        assertEquals(0, run.exit(), run.output());
        List<String> arguments = Files.readAllLines(seen);
        int jar = arguments.indexOf("-jar");
        assertTrue(arguments.get(0).equals("-XX:+UseSerialGC") && arguments.contains("-XX:Tier4InvocationThreshold=100000"),
                arguments.toString());
        assertEquals(List.of("-Xmx2g", "-Dx=1"), arguments.subList(jar - 2, jar), arguments.toString());
        assertEquals(List.of(LAUNCHER.resolveSibling("bangtin.jar").toString(), "build", "thư mục có dấu cách", "-o", "*"),
                arguments.subList(jar + 1, arguments.size()));
    }

    @Test
    void saysWhatToDoWhenJavaHomeHasNoJava() throws Exception {
        Path notAJdk = Files.createDirectories(dir.resolve("jdk"));

        Run run = run(Map.of("JAVA_HOME", notAJdk.toString()), LAUNCHER.toString(), "build");

        assertEquals(2, run.exit(), run.output());
        assertEquals("bangtin: JAVA_HOME is " + notAJdk + ", which has no bin/java; set it to a Java 17 or newer\n",
                run.output());
    }

    /**
     * The jar's entry point loads in Java 8 (class file version 52), so that an older Java than
     * bangtin needs says which it needs instead of "UnsupportedClassVersionError" ({@code
     * EntryTest} has the message).
     */
    @Test
    void theJarsEntryPointLoadsInOlderJava() throws Exception {
        try (JarFile jar = new JarFile(LAUNCHER.resolveSibling("bangtin.jar").toFile())) {
            String main = jar.getManifest().getMainAttributes().getValue("Main-Class");
            assertEquals(Entry.class.getName(), main);
            try (DataInputStream entry = new DataInputStream(jar.getInputStream(jar.getEntry(main.replace('.', '/') + ".class")))) {
                assertEquals(0xCAFEBABE, entry.readInt());
                entry.readUnsignedShort(); // minor version
                assertEquals(52, entry.readUnsignedShort(), "the class file version of Java 8");
            }
        }
    }

    private record Run(int exit, String output) {
    }

    private Run run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BANGTIN_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}

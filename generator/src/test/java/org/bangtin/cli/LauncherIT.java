package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Range;

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

    /**
     * A folder the build's user cannot open is one error, and the rest of the site is still read
     * and checked. Root may open any folder, so as root (in CI) the build runs as "nobody".
     */
    @Test
    void anUnreadableFolderIsOneErrorAndTheRestOfTheSiteIsStillChecked() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path content = TestSites.at(dir.resolve("content"))
                .notice("tin/2024/locked/c.md", "C", "2024-01-02", "author: \"Cái Dung\"\n", "C")
                .notice("tin/e.md", "E", "2024-01-03", "author: \"Cái Dung\"\n", "E")
                .file("tin/d.md", "---\ntitle: \"D\"\ndate: 30/02/2024\n---\n").root();
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.setPosixFilePermissions(www, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path locked = content.resolve("tin/2024/locked");
        Files.setPosixFilePermissions(locked, Set.of());
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(LAUNCHER.toString(), "build", content.toString(), "-o", www.resolve("out").toString()));
        try {
            Run run = run(Map.of(), command.toArray(String[]::new));

            assertEquals(1, run.exit(), run.output());
            assertTrue(run.output().contains(locked + ": error: cannot read this folder of the content folder (permission"
                    + " denied): the notices in it are left out\n    hint: check its permissions: the user who runs the"
                    + " build must be allowed to read it and to open it (chmod a+rx)"), run.output());
            assertTrue(run.output().contains(content.resolve("tin/d.md") + ":3: error: 'date': \"30/02/2024\" is not a"
                    + " real date"), "the other notices are still checked:\n" + run.output());
            assertFalse(Files.exists(www.resolve("out")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A user outside the group of the site being replaced cannot give the new folder that group:
     * the build still publishes (the folder keeps the user's own group). Set up as root, built as
     * "nobody"; as another user the old site cannot be given a foreign group, and the test builds
     * with no group to keep.
     */
    @Test
    void aSiteOfAGroupTheUserIsNotInIsStillReplaced() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path content = TestSites.at(dir.resolve("content")).notice("a.md", "Kế hoạch", "2019-03-27", "", "Nội dung.").root();
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.setPosixFilePermissions(www, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path out = Files.createDirectories(www.resolve("out"));
        Files.writeString(out.resolve(".bangtin-output"), "marker");
        Files.writeString(out.resolve("old.html"), "cũ");
        List<String> command = new ArrayList<>();
        if (root) {
            for (Path path : List.of(out, out.resolve(".bangtin-output"), out.resolve("old.html"))) {
                Files.setAttribute(path, "unix:uid", 65534); // nobody's, in root's group
                Files.setAttribute(path, "unix:gid", 0);
            }
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(LAUNCHER.toString(), "build", content.toString(), "-o", out.toString()));

        Run run = run(Map.of(), command.toArray(String[]::new));

        assertEquals(0, run.exit(), run.output());
        assertTrue(Files.readString(out.resolve("index.html")).contains("Kế hoạch"));
        assertFalse(Files.exists(out.resolve("old.html")));
    }

    @Test
    void aBuildIntoAFolderAnotherProcessIsWritingIsRefused() throws Exception {
        Path content = TestSites.at(dir.resolve("content")).notice("a.md", "Kế hoạch", "2019-03-27", "", "Nội dung.").root();
        Path out = dir.resolve("out");

        Run run;
        try (org.bangtin.output.StagedOutput busy = org.bangtin.output.StagedOutput.open(out)) {
            busy.write("index.html", "đang viết".getBytes(StandardCharsets.UTF_8)); // a build under way
            run = run(Map.of(), LAUNCHER.toString(), "build", content.toString(), "-o", out.toString());
        }

        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("error: another build is writing into " + out + " now; run this one again when"
                + " it has finished"), run.output());
        assertEquals(0, run(Map.of(), LAUNCHER.toString(), "build", content.toString(), "-o", out.toString()).exit(),
                "once the other build has ended");
    }

    /** Ctrl-C or a service manager's TERM: the build stops, deletes its half-written copy and says so. */
    @Test
    void anInterruptedBuildLeavesNoHalfWrittenCopyAndSaysThePreviousSiteIsKept() throws Exception {
        Path out = previousSite();
        TestSites large = TestSites.at(dir.resolve("large"));
        for (int i = 0; i < 1500; i++) {
            large.notice("tin/" + i + ".md", "Thông báo số " + i, "2019-03-27", "", "Ủy ban nhân dân xã thông báo. ".repeat(200));
        }
        Path log = dir.resolve("interrupted.log");
        Process build = new ProcessBuilder(LAUNCHER.toString(), "build", large.root().toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path staging = dir.resolve(".out.bangtin-staging");
        while (!Files.exists(staging) && build.isAlive()) {
            Thread.onSpinWait(); // the build has begun writing once its staging folder is there
        }
        assertTrue(build.isAlive(), "the build was still running: " + Files.readString(log));

        build.destroy(); // SIGTERM, which the JVM handles as it does Ctrl-C's SIGINT
        build.waitFor();

        assertTrue(Files.readString(log).contains("Interrupted: the previous output in " + out + " is unchanged."),
                Files.readString(log));
        assertFalse(Files.exists(staging), "no half-written copy is left");
        assertPreviousSiteStays(out);
    }

    /** The output folder, holding a site of one notice built before the test's own build. */
    private Path previousSite() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path small = TestSites.at(dir.resolve("small")).notice("a.md", "Kế hoạch số 925/KH-UBND", "2019-03-27", "", "Nội dung.")
                .root();
        assertEquals(0, run(Map.of(), LAUNCHER.toString(), "build", small.toString(), "-o", out.toString()).exit());
        return out;
    }

    private static void assertPreviousSiteStays(Path out) throws IOException {
        assertTrue(Files.readString(out.resolve("index.html")).contains("Kế hoạch số 925/KH-UBND"), "the previous site stays");
    }

    @Test
    void aBuildOutOfMemorySaysHowToGiveItMoreAndKeepsThePreviousSite() throws Exception {
        Path out = previousSite();
        // Two thousand notices of random syllables: their word pairs alone fill a 16 MB heap.
        TestSites large = TestSites.at(dir.resolve("large"));
        java.util.Random random = new java.util.Random(925);
        String[] syllables = "kế hoạch số thực hiện công tác bình đẳng giới năm ủy ban nhân dân huyện xã phường thị trấn"
                .split(" ");
        for (int i = 0; i < 2000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 1200; w++) {
                body.append(syllables[random.nextInt(syllables.length)]).append(random.nextInt(40)).append(' ');
            }
            large.notice("tin/" + i + ".md", "Thông báo " + i, "2019-03-27", "", body.toString());
        }

        Run run = run(Map.of("BANGTIN_OPTS", "-Xmx16m"), LAUNCHER.toString(), "build", large.root().toString(), "-o",
                out.toString());

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("error: the build ran out of memory: the Java heap, at most "), run.output());
        assertTrue(run.output().contains("hint: give Java more: BANGTIN_OPTS=-Xmx2g for the bangtin command"), run.output());
        assertTrue(!run.output().contains("OutOfMemoryError") && !run.output().contains("\tat "), "no stack trace: " + run.output());
        assertPreviousSiteStays(out);
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
        Path javaHome = javaThatWritesItsArguments();
        Path seen = argumentsFile();

        Run run = run(Map.of("JAVA_HOME", javaHome.toString(), "BANGTIN_OPTS", "-Xmx2g -Dx=1"), LAUNCHER.toString(),
                "build", "thư mục có dấu cách", "-o", "*");

        assertEquals(0, run.exit(), run.output());
        List<String> arguments = Files.readAllLines(seen);
        int jar = arguments.indexOf("-jar");
        assertEquals("-XX:+UseSerialGC", arguments.get(0), arguments.toString());
        assertEquals(List.of("-Xmx2g", "-Dx=1"), arguments.subList(jar - 2, jar), arguments.toString());
        assertEquals(List.of(LAUNCHER.resolveSibling("bangtin.jar").toString(), "build", "thư mục có dấu cách", "-o", "*"),
                arguments.subList(jar + 1, arguments.size()));
    }

    @Test
    void buildsAndChecksSitesOfFewerThan20000NoticesWithTheQuickCompilerAlone() throws Exception {
        Path small = TestSites.at(dir.resolve("nhỏ")).notice("a.md", "Kế hoạch", "2019-03-27", "", "Nội dung.").root();
        Path large = Files.createDirectories(dir.resolve("lớn"));
        for (int folder = 0; folder < 20; folder++) {
            Path notices = Files.createDirectories(large.resolve("notices").resolve(String.valueOf(folder)));
            for (int notice = 0; notice < 1000; notice++) {
                Files.createFile(notices.resolve(notice + ".md"));
            }
        }
        Path javaHome = javaThatWritesItsArguments();

        assertTrue(jvmOptions(javaHome, "build", small.toString()).contains(QUICK_COMPILER_ONLY));
        assertTrue(jvmOptions(javaHome, "check", "--now", large.toString(), small.toString()).contains(QUICK_COMPILER_ONLY));
        assertTrue(jvmOptions(javaHome, "-v", "build", "-o", large.toString(), "--drafts", small.toString())
                .contains(QUICK_COMPILER_ONLY));
        for (List<String> options : List.of(
                jvmOptions(javaHome, "build", large.toString()),
                jvmOptions(javaHome, "build", "--base-url", small.toString(), large.toString(), "-o", small.toString()),
                jvmOptions(javaHome, "check", large.toString()),
                jvmOptions(javaHome, "serve", small.toString()))) {
            assertTrue(!options.contains(QUICK_COMPILER_ONLY) && options.contains("-XX:Tier4InvocationThreshold=100000"),
                    options.toString());
        }
    }

    /** The launcher skips the values of these options to find the content folder: the commands' own. */
    @Test
    void knowsWhichOptionsOfBuildAndCheckTakeAValue() throws IOException {
        Matcher listed = Pattern.compile("\\n\\s*([-a-z|]+)\\) value_next=yes")
                .matcher(Files.readString(Path.of("src", "main", "launcher", "bangtin")));
        assertTrue(listed.find(), "the launcher's list of options with a value");
        Set<String> takingOneValue = new TreeSet<>();
        Set<String> takingMore = new TreeSet<>();
        for (String command : List.of("build", "check")) {
            for (OptionSpec option : Main.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
                Range arity = option.arity();
                if (arity.max() == 1) {
                    takingOneValue.addAll(List.of(option.names()));
                } else if (arity.max() > 1) {
                    takingMore.addAll(List.of(option.names()));
                }
            }
        }

        assertEquals(takingOneValue, new TreeSet<>(List.of(listed.group(1).split("\\|"))));
        assertEquals(Set.of("--access-log"), takingMore, "the launcher stops looking at --access-log");
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

    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /** A stand-in for JAVA_HOME/bin/java that writes down the arguments it got, one per line. */
    private Path javaThatWritesItsArguments() throws IOException {
        Path javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + argumentsFile() + "'\n");
        assertTrue(java.toFile().setExecutable(true));
        return javaHome;
    }

    private Path argumentsFile() {
        return dir.resolve("arguments.txt");
    }

    /** The JVM options the launcher gives for these arguments. */
    private List<String> jvmOptions(Path javaHome, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        Run run = run(Map.of("JAVA_HOME", javaHome.toString()), command.toArray(String[]::new));
        assertEquals(0, run.exit(), run.output());
        List<String> seen = Files.readAllLines(argumentsFile());
        return seen.subList(0, seen.indexOf("-jar"));
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

package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    @TempDir
    Path content;

    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void aSavedNoticeIsSeenOnceWithItsFileAndTheBuildsOwnOutputIsNot() throws Exception {
        Path notice = write("tin/a.md", "---\ntitle: A\n---\n");
        Path output = content.resolve("target/bangtin-serve");
        SiteWatcher watcher = start(false);
        try {
            Files.createDirectories(output);
            Files.writeString(output.resolve("index.html"), "<p>built</p>");
            Files.writeString(notice, "---\ntitle: B\n---\n");
            Files.writeString(notice, "---\ntitle: B\n---\nNội dung.\n"); // an editor's second write of one save
            // Heard from the system, or found by a look when other programs hold all its watchers.
            awaitChangeOf(notice);
        } finally {
            watcher.close();
        }
    }

    @Test
    void theSystemIsAskedToWatchNeitherTheBuildsOutputNorHiddenFolders() throws Exception {
        write("tin/a.md", "---\ntitle: A\n---\n");
        write(".git/HEAD", "ref: refs/heads/main\n");
        for (int i = 0; i < 50; i++) {
            write("target/bangtin-serve/2024/03/tin-" + i + "/index.html", "<p>built</p>");
        }
        // The folders the watcher registers with the system, and walks for a new folder's files.
        List<Path> registered = new ArrayList<>();
        Path root = content.toAbsolutePath().normalize();
        new NativeWatch.WatchedFolders(SiteWatcher.watchedUnder(root, List.of(root.resolve("target"))))
                .recursiveVisitFiles(root, registered::add, file -> { });
        assertEquals(List.of(root, root.resolve("tin")), registered);
    }

    @Test
    void lookingAtTheFilesSeesANoticeAddedChangedAndDeleted() throws Exception {
        Path a = write("tin/a.md", "---\ntitle: A\n---\n");
        SiteWatcher watcher = start(true);
        try {
            assertTrue(watcher.polling());
            Path b = write("tin/b.md", "---\ntitle: B\n---\n");
            write("target/bangtin-serve/index.html", "<p>built</p>");
            awaitChangeOf(b);
            Files.writeString(a, "---\ntitle: A2\n---\nNội dung dài hơn.\n");
            awaitChangeOf(a, b);
            Files.delete(b);
            awaitChangeOf(b, a);
            assertTrue(warnings.isEmpty(), warnings.toString());
        } finally {
            watcher.close();
        }
    }

    @Test
    void whenTheSystemHasNoWatchersLeftItSaysHowToRaiseTheLimitAndLooksAtTheFiles() throws Exception {
        Path a = write("tin/a.md", "---\ntitle: A\n---\n");
        // What Linux answers when other programs hold every inotify instance the user may have.
        SiteWatcher watcher = SiteWatcher.start((folder, watched, seen, failed) -> {
            throw new IOException("User limit of inotify instances reached or too many open files");
        }, content, List.of(content.resolve("target")), false, warnings::add, () -> { }, bursts::add);
        try {
            assertTrue(watcher.polling());
            assertEquals(List.of("cannot watch " + content.toAbsolutePath().normalize() + " for changes (User limit of"
                    + " inotify instances reached or too many open files): looking at its files every second instead."
                    + " To let the system tell of changes, raise its limits: sudo sysctl"
                    + " fs.inotify.max_user_instances=1024 fs.inotify.max_user_watches=524288"), warnings);
            Files.writeString(a, "---\ntitle: A2\n---\nNội dung dài hơn.\n");
            awaitChangeOf(a);
        } finally {
            watcher.close();
        }
    }

    @Test
    void aNewFolderTheSystemCannotWatchTurnsToLookingAtTheFilesAndMissesNothing() throws Exception {
        Path a = write("tin/a.md", "---\ntitle: A\n---\n");
        List<Consumer<IOException>> failures = new ArrayList<>();
        List<Boolean> closed = new ArrayList<>();
        SiteWatcher watcher = SiteWatcher.start((folder, watched, seen, failed) -> {
            failures.add(failed);
            return () -> closed.add(true);
        }, content, List.of(content.resolve("target")), false, warnings::add, () -> { }, bursts::add);
        try {
            assertTrue(!watcher.polling() && warnings.isEmpty(), warnings.toString());
            // A folder added while the system has no watches left: nothing in it would be heard of.
            Path b = write("tin/moi/b.md", "---\ntitle: B\n---\n");
            failures.get(0).accept(new IOException("User limit of inotify watches reached"));
            assertTrue(watcher.polling());
            assertEquals(List.of(true), closed, "the system's watch is closed");
            assertTrue(warnings.size() == 1 && warnings.get(0).startsWith("a folder of " + content.toAbsolutePath().normalize()
                    + " cannot be watched (User limit of inotify watches reached): looking at its files every second"
                    + " from now on."), warnings.toString());
            // What changed before the first look is unknown: the whole folder counts as changed.
            assertEquals(Set.of(content.toAbsolutePath().normalize()), nextChanges());
            Files.writeString(b, "---\ntitle: B2\n---\nNội dung dài hơn.\n");
            awaitChangeOf(b);
            Files.writeString(a, "---\ntitle: A2\n---\nNội dung dài hơn.\n");
            awaitChangeOf(a, b);
        } finally {
            watcher.close();
        }
    }

    private SiteWatcher start(boolean poll) throws IOException {
        return SiteWatcher.start(content, List.of(content.resolve("target")), poll, warnings::add, () -> { }, bursts::add);
    }

    /**
     * Waits for a burst with {@code file}. A look at the files may come while a file is half
     * written (created empty, or truncated): its change then comes in two bursts, so the bursts
     * met on the way may hold {@code file} and the files written just before, and nothing else.
     */
    private void awaitChangeOf(Path file, Path... writtenBefore) throws InterruptedException {
        Set<Path> expected = new java.util.HashSet<>(List.of(writtenBefore));
        expected.add(file);
        while (true) {
            Set<Path> burst = nextChanges();
            assertTrue(expected.containsAll(burst), burst + " has files other than " + expected);
            if (burst.contains(file)) {
                return;
            }
        }
    }

    private Set<Path> nextChanges() throws InterruptedException {
        Set<Path> burst = bursts.poll(30, TimeUnit.SECONDS);
        assertTrue(burst != null, "no change seen in 30 s");
        return burst;
    }

    private Path write(String name, String text) throws IOException {
        Path file = content.resolve(name).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

}

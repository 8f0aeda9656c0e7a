package org.bangtin.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;

/**
 * The operating system's notices of changes under a folder (inotify on Linux), through
 * directory-watcher. Only the folders {@code watched} accepts get a watch: the build's output,
 * under the content folder by default, has a folder per notice, and watching it used up Linux's
 * watches (8,192 on many systems) for changes nobody needs.
 */
final class NativeWatch implements Closeable {
    private final DirectoryWatcher watcher;
    /**
     * Runs the watcher's loop, which blocks for as long as the preview runs: not in the common
     * fork-join pool, the library's default, where it held one of the threads the builds'
     * parallel streams share.
     */
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bangtin-watch-loop");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * File systems whose changes made elsewhere the system does not tell of: network shares
     * (Linux's cifs and nfs, macOS's smbfs), a Windows drive under WSL 2 (9p) or WSL 1 (drvfs),
     * and virtual machines' shared folders. An editor saving from another computer, or from
     * Windows into WSL, would see no reload.
     */
    private static final Set<String> SHARES = Set.of("cifs", "smb3", "smbfs", "nfs", "nfs4", "afpfs", "webdav", "9p",
            "drvfs", "vboxsf", "fuse.sshfs", "fuse.vmhgfs-fuse", "fuse.davfs", "afs", "ncpfs");

    /**
     * As {@link SiteWatcher.SystemWatch#start}; also throws when {@code content} is on a network
     * share or a shared folder ({@link #SHARES}).
     */
    NativeWatch(Path content, Predicate<Path> watched, Consumer<Path> changed, Consumer<IOException> failed)
            throws IOException {
        Optional<String> share = share(Files.getFileStore(content).type());
        if (share.isPresent()) {
            throw new IOException(share.get());
        }
        this.watcher = DirectoryWatcher.builder()
                .path(content)
                .fileHashing(false)
                .fileTreeVisitor(new WatchedFolders(watched))
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        boolean lost = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null;
                        changed.accept(lost ? null : event.path());
                    }

                    @Override
                    public void onException(Exception e) {
                        // A folder deleted before it got its watch needs none.
                        if (e instanceof IOException io && !(e instanceof NoSuchFileException)) {
                            failed.accept(io);
                        }
                    }
                })
                .build();
        watcher.watchAsync(loop);
    }

    /** Why the system cannot tell of changes on a file system of {@code type}, if it cannot. */
    static Optional<String> share(String type) {
        String name = type.toLowerCase(Locale.ROOT);
        return SHARES.contains(name)
                ? Optional.of("it is on a network share or shared folder (" + name + "), whose changes made elsewhere,"
                        + " on another computer or in Windows under WSL, the system does not tell of")
                : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        watcher.close(); // ends the loop
        loop.shutdown();
    }

    /** Walks only the folders to watch, for the watcher's registrations and its events for new folders. */
    record WatchedFolders(Predicate<Path> watched) implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!watched.test(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone, or unreadable: as the library's own walk
                }
            });
        }
    }
}

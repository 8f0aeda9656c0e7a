package org.bangtin.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A {@link SiteRefresher} that rebuilds when any file of the content folder changed (added,
 * removed, another size or time) since the last build. Hidden files and the given folders (the
 * build's own output) are not looked at. Thread-safe: one build at a time.
 */
public final class RebuildOnChange implements SiteRefresher {
    private final Path content;
    private final List<Path> ignored;
    private final Supplier<Optional<String>> build;
    private final BooleanSupplier behind;
    private final Predicate<String> renderedAhead;
    /** The fingerprint the last build was made from; null before the first. */
    private Long lastFingerprint;
    private volatile Optional<String> lastProblems = Optional.empty();

    /**
     * @param content the content folder to watch
     * @param ignored folders under it not to watch (target/, the served folder)
     * @param build   builds the site, returning its problems as text when it failed
     */
    public RebuildOnChange(Path content, List<Path> ignored, Supplier<Optional<String>> build) {
        this(content, ignored, build, () -> false);
    }

    /** @param behind whether the last build left work undone, to do on the next refresh even without a change */
    public RebuildOnChange(Path content, List<Path> ignored, Supplier<Optional<String>> build, BooleanSupplier behind) {
        this(content, ignored, build, behind, rawPath -> false);
    }

    /**
     * @param renderedAhead whether a page (its URL path) was rendered ahead of the rebuild under
     *                      way, from the content as it is: it is served without waiting
     */
    public RebuildOnChange(Path content, List<Path> ignored, Supplier<Optional<String>> build, BooleanSupplier behind,
            Predicate<String> renderedAhead) {
        this.renderedAhead = renderedAhead;
        this.behind = behind;
        this.content = content.toAbsolutePath().normalize();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.build = build;
    }

    @Override
    public synchronized Optional<String> refresh() {
        long now = fingerprint();
        if (lastFingerprint == null || now != lastFingerprint || behind.getAsBoolean()) {
            lastProblems = build.get();
            lastFingerprint = now;
        }
        return lastProblems;
    }

    /**
     * The watcher's refresh, after it saw the content change: the build starts at once, and the
     * fingerprint that page requests compare with is taken after it, off the edit's way to the
     * reload (at 10,000 notices the walk takes about 110 ms). A change during the build may then
     * be in that fingerprint without being built: the watcher saw it too, and calls again.
     */
    public synchronized Optional<String> refreshChanged() {
        lastProblems = build.get();
        lastFingerprint = fingerprint();
        return lastProblems;
    }

    @Override
    public Optional<String> refreshFor(String rawPath) {
        return renderedAhead.test(rawPath) ? lastProblems : refresh();
    }

    /**
     * A digest of every watched file's name, size and modification time. Each file's part is
     * mixed to 64 bits and the parts are added, so the walk's order does not matter and no list
     * of files is kept: at 10,000 notices a sorted list hashed whole cost about 230 ms, on every
     * rebuild and every page request. A change goes unseen only if it leaves the sum the same,
     * about one chance in 2^64.
     */
    long fingerprint() {
        long[] sum = new long[1];
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(content) && (hidden(dir) || ignored.stream().anyMatch(dir::startsWith));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file)) {
                        sum[0] += part(file, attrs.size(), attrs.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    sum[0] += part(file, -1, -1); // unreadable
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum[0];
    }

    /** One file's part of the fingerprint: its path (FNV-1a), size and time, mixed (MurmurHash3's finalizer). */
    private static long part(Path file, long size, long modifiedMillis) {
        String name = file.toString();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash = (hash ^ name.charAt(i)) * 0x100000001b3L;
        }
        return mix(mix(hash ^ size) + modifiedMillis);
    }

    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static boolean hidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }
}

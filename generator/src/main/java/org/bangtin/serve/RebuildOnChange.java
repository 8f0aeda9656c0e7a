package org.bangtin.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
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
    private String lastFingerprint;
    private Optional<String> lastProblems = Optional.empty();

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
        this.behind = behind;
        this.content = content.toAbsolutePath().normalize();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.build = build;
    }

    @Override
    public synchronized Optional<String> refresh() {
        String now = fingerprint();
        if (!now.equals(lastFingerprint) || behind.getAsBoolean()) {
            lastProblems = build.get();
            lastFingerprint = now;
        }
        return lastProblems;
    }

    /** A digest of every watched file's name, size and modification time. */
    String fingerprint() {
        TreeMap<String, String> files = new TreeMap<>();
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
                        files.put(content.relativize(file).toString(), attrs.size() + "@" + attrs.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    files.put(content.relativize(file).toString(), "unreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest(files.toString());
    }

    private static boolean hidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

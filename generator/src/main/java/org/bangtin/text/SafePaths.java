package org.bangtin.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps user-supplied paths inside their root: content links and attachments, output paths
 * derived from slugs and theme overrides all go through here.
 */
public final class SafePaths {
    private SafePaths() {
    }

    /**
     * Resolves {@code name} (a relative path, '/' separated) against {@code base}, and returns it
     * only if it stays inside {@code root}: lexically after normalising, and, when it exists, also
     * after following symbolic links. Absolute names and names that escape give empty.
     */
    public static Optional<Path> resolveInside(Path root, Path base, String name) {
        return resolveLexically(root, base, name)
                .filter(candidate -> staysInsideAfterLinks(root.toAbsolutePath().normalize(), candidate));
    }

    /**
     * Resolves {@code name} as {@link #resolveInside} does, but without following symbolic links:
     * for a folder that holds none, such as one a build has just made and alone writes into.
     */
    public static Optional<Path> resolveLexically(Path root, Path base, String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\0")) {
            return Optional.empty();
        }
        Path relative;
        try {
            relative = base.getFileSystem().getPath(name.replace('\\', '/'));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (relative.isAbsolute()) {
            return Optional.empty();
        }
        Path normalRoot = root.toAbsolutePath().normalize();
        Path candidate = base.toAbsolutePath().resolve(relative).normalize();
        return candidate.startsWith(normalRoot) ? Optional.of(candidate) : Optional.empty();
    }

    /** True when the real location of {@code path} (symbolic links followed) is inside {@code root}. */
    public static boolean staysInsideAfterLinks(Path root, Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            // A dangling link or an unreadable target: it cannot be trusted.
            return false;
        }
    }
}

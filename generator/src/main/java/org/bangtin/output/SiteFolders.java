package org.bangtin.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rules for the folders a site is published into, shared by a build's {@link StagedOutput}
 * and the Maven plugin's goals: only a folder that bangtin wrote (it holds the {@value #MARKER}
 * file) or an empty one is ever replaced, a complete new folder takes its place by renaming, and
 * the helper folders beside it are named after it.
 */
public final class SiteFolders {
    /** The file bangtin leaves in every folder it writes. */
    public static final String MARKER = ".bangtin-output";

    private SiteFolders() {
    }

    /** Whether {@code folder} holds a site written by bangtin. */
    public static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Explains why {@code target} must not be replaced, or returns null when it may be: it does
     * not exist, is empty, or is a site bangtin wrote.
     */
    public static String whyNotReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(target)) {
            return target + " is a symbolic link (to " + Files.readSymbolicLink(target) + "), which publishing"
                    + " would replace with a folder; give the folder it points to, or publish elsewhere and"
                    + " switch the link yourself";
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return target + " is not a folder";
        }
        if (isMountPoint(target)) {
            return target + " is a mount point, which cannot be replaced by renaming; publish into a folder"
                    + " inside it, such as " + target.resolve("tin-tuc");
        }
        if (isSite(target) || isEmpty(target)) {
            return null;
        }
        return target + " is not empty and was not written by bangtin (it has no " + MARKER
                + " file); choose a new or empty folder, or empty it yourself";
    }

    /** A hidden file or folder beside {@code target}, named after it and {@code purpose}: {@code .site.bangtin-staging}. */
    public static Path beside(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + ".bangtin-" + purpose);
    }

    /**
     * Puts the folder {@code complete} in place of {@code target} by renaming: {@code target}
     * shows the old folder until the first rename and the new one after the second, never a mix of
     * both. The old folder is deleted afterwards; if the second rename fails, it is put back.
     *
     * @throws IOException when a rename fails (the old folder is back in place), or the old folder
     *                     cannot be deleted (the new one is in place; the message says so)
     */
    public static void replace(Path target, Path complete) throws IOException {
        Path old = beside(target, "old");
        try {
            deleteTree(old); // left by a build that was killed between its renames, or that could not delete it
        } catch (IOException e) {
            moveAside(old, e);
        }
        boolean hadPrevious = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadPrevious) {
            move(target, old);
        }
        try {
            move(complete, target);
        } catch (IOException e) {
            if (hadPrevious) {
                move(old, target);
            }
            throw e;
        }
        try {
            deleteTree(old);
        } catch (IOException e) {
            throw new OldSiteLeft("the new site is in place, but the previous one could not be deleted from " + old
                    + ": " + IoReasons.of(e, old), e);
        }
    }

    /**
     * The new site is in place, and only deleting the previous one failed (a file in it that
     * this user may not delete): not a failed build, but the folder is left for someone to delete.
     */
    public static final class OldSiteLeft extends IOException {
        private static final long serialVersionUID = 1L;

        OldSiteLeft(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * Renames a previous site that an earlier build could not delete out of the way
     * ({@code .site.bangtin-old-2}, ...), so that it blocks no later build.
     */
    private static void moveAside(Path old, IOException whyNotDeleted) throws IOException {
        for (int n = 2; ; n++) {
            Path aside = old.resolveSibling(old.getFileName() + "-" + n);
            if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    move(old, aside);
                    return;
                } catch (IOException e) {
                    throw new IOException("a previous site in " + old + " can be neither deleted ("
                            + IoReasons.of(whyNotDeleted, old) + ") nor moved aside (" + IoReasons.of(e, old)
                            + "): delete it by hand, then build again", e);
                }
            }
        }
    }

    /** Deletes a folder tree, if it exists; symbolic links in it are removed, not followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Gives {@code copy} the permissions (set-group-ID bit included; the owner's always all) and group of {@code original},
     * where the file system has them: a web root made {@code root:www-data 2750} stays readable by
     * the web server after a new site replaces it, and the files written into the copy take its
     * group. Does nothing when {@code original} does not exist.
     */
    public static void copyModeAndGroup(Path original, Path copy) throws IOException {
        if (!Files.isDirectory(original, LinkOption.NOFOLLOW_LINKS)
                || !original.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return;
        }
        Object group = Files.getAttribute(original, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(original, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        try {
            if (!group.equals(Files.getAttribute(copy, "unix:gid"))) {
                Files.setAttribute(copy, "unix:gid", group);
            }
            Files.setAttribute(copy, "unix:mode", (mode & 07777) | 0700); // the build must still write into it
        } catch (FileSystemException e) {
            // A user outside the folder's group may not give it to the copy: the copy keeps the
            // user's own, as every build did before, rather than the build failing.
        }
    }

    private static boolean isMountPoint(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        return parent != null && !Files.getFileStore(folder).equals(Files.getFileStore(parent));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}

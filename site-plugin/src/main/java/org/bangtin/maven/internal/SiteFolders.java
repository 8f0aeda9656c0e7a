package org.bangtin.maven.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a site folder whole, by the generator's rules: a complete new folder is prepared
 * beside the target and renamed into place, and only a folder that bangtin wrote (it holds the
 * {@value #MARKER} file) or an empty one is ever replaced. Not thread-safe for one target.
 */
public final class SiteFolders {
    /** The file the generator leaves in every folder it writes (its StagedOutput.MARKER). */
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
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return target + " is not a folder";
        }
        if (isSite(target) || isEmpty(target)) {
            return null;
        }
        return target + " is not empty and was not written by bangtin (it has no " + MARKER
                + " file); choose a new or empty folder, or empty it yourself";
    }

    /** A hidden folder beside {@code target}, named after it and {@code purpose}. */
    public static Path besides(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + ".bangtin-" + purpose);
    }

    /**
     * Puts {@code complete} in place of {@code target} by renaming: {@code target} shows the old
     * folder until the first rename and the new one after the second, never a mix of both. The
     * old folder is deleted afterwards; if the second rename fails, it is put back.
     */
    public static void replace(Path target, Path complete) throws IOException {
        Path old = besides(target, "old");
        deleteTree(old);
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
        deleteTree(old);
    }

    /**
     * Copies the folder tree {@code from} into the new folder {@code to}. Symbolic links are
     * refused rather than followed, so nothing from outside the site is published.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile()) {
                    throw new IOException("refusing to copy " + file + ": not a regular file (a symbolic link?)");
                }
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
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

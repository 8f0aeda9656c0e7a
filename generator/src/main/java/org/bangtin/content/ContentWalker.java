package org.bangtin.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Set;

import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.ReadFailure;
import org.bangtin.text.SafePaths;

/**
 * Finds the notice files of a content folder: every {@code .md} file, in sorted order, skipping
 * hidden files and the folders that are not content (the theme, static files, build output).
 * Symbolic links that lead out of the content folder are reported, not followed, and so are
 * folders that cannot be read: the walk goes on, so that the build reports every other problem too.
 */
final class ContentWalker {
    /** Top-level folders that hold no notices. */
    static final Set<String> RESERVED_FOLDERS = Set.of("theme", "static", "target", "node_modules");
    private static final Set<String> RESERVED_FILES = Set.of("README.md");

    private ContentWalker() {
    }

    static List<Path> noticeFiles(Path root, Diagnostics problems) throws IOException {
        return new ArrayList<>(stampedNoticeFiles(root, problems).keySet());
    }

    /**
     * The notice files in sorted order, with their stamps as the walk saw them: a rebuild need not
     * ask the file system about each file a second time.
     */
    static SortedMap<Path, FileStamp> stampedNoticeFiles(Path root, Diagnostics problems) throws IOException {
        return stampedNoticeFiles(root, problems, false);
    }

    /**
     * Whether the content folder holds a notice file: the walk stops at the first (a site of
     * 100,000 notices without site.yml walked them all a second time for this).
     */
    static boolean hasNoticeFile(Path root) throws IOException {
        return !stampedNoticeFiles(root, new Diagnostics(), true).isEmpty();
    }

    private static SortedMap<Path, FileStamp> stampedNoticeFiles(Path root, Diagnostics problems, boolean firstOnly)
            throws IOException {
        Path normalRoot = root.toAbsolutePath().normalize();
        SortedMap<Path, FileStamp> files = new TreeMap<>();
        Files.walkFileTree(normalRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(normalRoot)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                boolean reserved = dir.getParent().equals(normalRoot) && RESERVED_FOLDERS.contains(name);
                return name.startsWith(".") || reserved ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                boolean reserved = file.getParent().equals(normalRoot) && RESERVED_FILES.contains(name);
                if (name.startsWith(".") || reserved) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                    // The walk does not follow links to folders: one out of the content folder
                    // would otherwise leave its notices out without a word.
                    boolean reservedFolder = file.getParent().equals(normalRoot) && RESERVED_FOLDERS.contains(name);
                    if (!name.startsWith(".") && !reservedFolder && !SafePaths.staysInsideAfterLinks(normalRoot, file)) {
                        problems.error(normalRoot.relativize(file), 0, "symbolic link to a folder outside the content"
                                + " folder " + normalRoot, "copy the folder into the content folder instead of linking to it");
                    }
                    return FileVisitResult.CONTINUE;
                }
                if (!name.endsWith(".md")) {
                    warnIfMeantAsNotice(normalRoot.relativize(file), name, problems);
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && !SafePaths.staysInsideAfterLinks(normalRoot, file)) {
                    problems.error(normalRoot.relativize(file), 0, "symbolic link to a file outside the content folder "
                            + normalRoot, "copy the file into the content folder instead of linking to it");
                    return FileVisitResult.CONTINUE;
                }
                // A link's own attributes say nothing of the file it leads to.
                files.put(file, attrs.isSymbolicLink() ? FileStamp.of(file) : FileStamp.of(attrs));
                return firstOnly ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            /** A folder or file that cannot be read is one error; the rest of the site is still read and checked. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable(normalRoot, file, e, problems);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    unreadable(normalRoot, dir, e, problems);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void unreadable(Path root, Path path, IOException e, Diagnostics problems) {
        boolean folder = Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        String why = ReadFailure.why(e);
        problems.error(root.relativize(path), 0, "cannot read this " + (folder ? "folder" : "file") + " of the content"
                + " folder (" + why + "): the notices in it are left out", "check its permissions: the user who runs the"
                + " build must be allowed to read it" + (folder ? " and to open it (chmod a+rx)" : " (chmod a+r)"));
    }

    /**
     * A Markdown file under another ending ("B.MD" from Windows, "b.markdown") is not a notice:
     * said once per build, so that the editor does not look for a page that was never made.
     */
    private static void warnIfMeantAsNotice(Path file, String name, Diagnostics problems) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String stem = lower.endsWith(".md") ? name.substring(0, name.length() - 3)
                : lower.endsWith(".markdown") ? name.substring(0, name.length() - ".markdown".length()) : null;
        if (stem != null) {
            problems.warning(file, 0, "not read: notices are the files whose names end in '.md', in lower case",
                    "rename it to " + stem + ".md if it is a notice");
        }
    }
}

package org.bangtin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.ReadFailure;
import org.bangtin.text.SafePaths;

/**
 * Finds a file a notice refers to (in its 'attachments' or a link in its text) and checks it: it
 * must stay inside the content folder, also through symbolic links, and must exist. Its name may
 * be in another Unicode form than on disk ({@link FileNames}); one that names nothing gets the
 * nearest name in its folder as "did you mean".
 */
public final class AttachmentResolver {
    /** The file of a notice kept as a folder, with its files beside it. */
    public static final String NOTICE_FILE = "index.md";

    private final Path contentRoot;
    private final Diagnostics problems;

    public AttachmentResolver(Path contentRoot, Diagnostics problems) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /**
     * The attachment that {@code name}, relative to {@code folder}, names; or empty after
     * reporting the problem at {@code shown}:{@code line}.
     */
    public Optional<Attachment> resolve(Path folder, String name, String title, Path shown, int line) {
        Optional<Path> inside = find(folder, name);
        if (inside.isEmpty()) {
            problems.error(shown, line, "'" + name + "' points outside the content folder " + contentRoot,
                    "put the file inside the content folder, next to the notice, and link it by a relative name");
            return Optional.empty();
        }
        Path file = inside.get();
        if (Files.isDirectory(file)) {
            Optional<String> notice = noticeIn(file, name);
            problems.error(shown, line, "attachment '" + name + "' is " + (notice.isPresent() ? "a notice's folder" : "a folder")
                    + ", not a file", notice.map(index -> "to point to that notice, link to " + index + " in the text; to"
                            + " attach one of its files, name the file itself")
                            .orElse("name each file of the folder that should be published"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(shown, line, "attachment '" + name + "' not found (looked for "
                    + contentRoot.relativize(file).toString().replace('\\', '/') + ")",
                    FileNames.nearest(file).map(near -> "did you mean '" + FileNames.replaceLast(name, near) + "'?")
                            .orElse("check the file name's spelling, or copy the file next to the notice"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Attachment(file, outputName(folder, file), title == null ? file.getFileName().toString() : title,
                    Files.size(file), line));
        } catch (IOException e) {
            problems.error(shown, line, "cannot read attachment '" + name + "': " + ReadFailure.why(e), "check the file's permissions");
            return Optional.empty();
        }
    }

    /**
     * The file or folder {@code name}, relative to {@code folder}, names: the one on disk when it
     * is spelled there in another Unicode form ({@link FileNames}), else the path as written,
     * whether it exists or not. Empty when it leads outside the content folder, also through
     * symbolic links of the name found.
     */
    public Optional<Path> find(Path folder, String name) {
        return SafePaths.resolveLexically(contentRoot, folder, name)
                .map(path -> FileNames.existing(contentRoot, path).orElse(path))
                .filter(path -> SafePaths.staysInsideAfterLinks(contentRoot, path));
    }

    /**
     * The notice file ("kh/index.md") that {@code name} means when it names a notice's folder
     * ("kh", "kh/"): such a link is a link to that notice.
     */
    public Optional<String> noticeFolder(Path folder, String name) {
        return find(folder, name).filter(Files::isDirectory).flatMap(found -> noticeIn(found, name));
    }

    private static Optional<String> noticeIn(Path found, String name) {
        if (!Files.isRegularFile(found.resolve(NOTICE_FILE))) {
            return Optional.empty();
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return Optional.of(trimmed.isEmpty() || trimmed.equals(".") ? NOTICE_FILE : trimmed + "/" + NOTICE_FILE);
    }

    /**
     * Files inside the notice's folder keep their relative path; others are published by name. In
     * NFC, as the percent-encoded URL names it: a name saved decomposed (as some editors and
     * macOS do) would otherwise be a different file on the web server than the link asks for.
     */
    private static String outputName(Path folder, Path file) {
        Path normalFolder = folder.toAbsolutePath().normalize();
        String name = file.startsWith(normalFolder) ? normalFolder.relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
        return FileNames.nfc(name);
    }
}

package org.bangtin.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.bangtin.text.SafePaths;

/**
 * The output stage: a site is written into a staging folder beside the target, and swapped in
 * only by {@link #commit()}, so the previous site stays whole until the new one is complete. A
 * build that fails closes without committing, and the staging folder is removed.
 *
 * <p>bangtin only ever replaces a folder it created: each output folder carries a marker file,
 * and a non-empty folder without it is refused. Every written path is kept inside the output.
 * Writing is thread-safe; open, commit and close are not meant to race with it.
 */
public final class StagedOutput implements OutputTarget {
    /** The marker file that tells a folder was written by bangtin. */
    public static final String MARKER = SiteFolders.MARKER;
    private static final String MARKER_TEXT = "This folder is written by bangtin; the next build replaces it whole.\n";

    private final Path target;
    private final Path staging;
    private final OutputLock lock;
    /** The files of the site in place that this one takes as they are. */
    private final UnchangedFiles unchanged;
    private boolean committed;
    /** What the commit left behind for someone to delete, or null. */
    private String leftover;

    private StagedOutput(Path target, Path staging, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.unchanged = UnchangedFiles.of(target);
    }

    /**
     * Prepares a build into {@code target}.
     *
     * @throws OutputException when {@code target} is a file, or a non-empty folder that bangtin did
     *                         not create, or another build is writing into it, or the staging
     *                         folder cannot be made
     */
    public static StagedOutput open(Path target) throws OutputException {
        Path normal = target.toAbsolutePath().normalize();
        if (normal.getParent() == null) {
            throw new OutputException("cannot build into the file system root " + normal + "; choose a folder");
        }
        checkReplaceable(normal);
        Path staging = SiteFolders.beside(normal, "staging");
        try {
            Files.createDirectories(normal.getParent());
        } catch (IOException e) {
            throw new OutputException("cannot create the folder " + normal.getParent() + ": " + IoReasons.of(e, normal.getParent()), e);
        }
        OutputLock lock = OutputLock.take(normal);
        try {
            SiteFolders.deleteTree(staging);
            Files.createDirectory(staging);
            SiteFolders.copyModeAndGroup(normal, staging);
        } catch (IOException e) {
            lock.close();
            throw new OutputException("cannot create the staging folder " + staging + ": " + IoReasons.of(e, staging), e);
        }
        return new StagedOutput(normal, staging, lock);
    }

    private static void checkReplaceable(Path target) throws OutputException {
        String refused;
        try {
            refused = SiteFolders.whyNotReplaceable(target);
        } catch (IOException e) {
            throw new OutputException("cannot read the output folder " + target + ": " + IoReasons.of(e, target), e);
        }
        if (refused != null) {
            throw new OutputException("refusing to replace the output folder: " + refused);
        }
    }

    /** The folder the site goes to. */
    @Override
    public Path target() {
        return target;
    }

    /**
     * Writes a file at {@code relativePath} ('/' separated) of the new site: the site in place's
     * own file when it holds the same bytes ({@link UnchangedFiles}).
     */
    @Override
    public void write(String relativePath, byte[] bytes) throws OutputException {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            if (!unchanged.linked(relativePath, file, bytes)) {
                writeNew(file, bytes);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + IoReasons.of(e, file), e);
        }
    }

    /**
     * Writes {@code bytes} into a new file: never into one already there, which may be a file of
     * the site in place that this one shares.
     */
    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file);
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Copies {@code source} to {@code relativePath} of the new site: the site in place's copy
     * when it has the source's size and modification time.
     */
    @Override
    public void copy(String relativePath, Path source) throws OutputException {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            if (!unchanged.linkedCopy(relativePath, file, source)) {
                Files.deleteIfExists(file); // never copied into a shared file
                Copies.copy(source, file);
            }
        } catch (IOException e) {
            throw new OutputException("cannot copy " + source + " to " + file + ": " + IoReasons.of(e, file), e);
        }
    }

    /**
     * The file at {@code relativePath} of the staging folder. Only the lexical check: the folder is
     * made empty by {@link #open} and only this build writes into it, so it holds no symbolic link
     * to follow, and looking for one cost a failed lstat and an exception per file (a fifteenth of
     * the render phase's CPU).
     */
    private Path inside(String relativePath) throws OutputException {
        return checked(SafePaths.resolveLexically(staging, staging, relativePath), staging, relativePath, target);
    }

    /**
     * The file at {@code relativePath} of {@code folder}, refused when the path leaves it.
     *
     * @param shown the output folder, as the message names it
     */
    static Path fileInside(Path folder, String relativePath, Path shown) throws OutputException {
        return checked(SafePaths.resolveInside(folder, folder, relativePath), folder, relativePath, shown);
    }

    /** The resolved file, refused when there is none or it is the folder itself. */
    private static Path checked(Optional<Path> file, Path folder, String relativePath, Path shown)
            throws OutputException {
        if (file.isEmpty() || file.get().equals(folder)) {
            throw new OutputException("refusing to write '" + relativePath + "': it is outside the output folder " + shown);
        }
        return file.get();
    }

    /** Swaps the new site in: the target shows the old site until this moment, the new one after. */
    @Override
    public void commit() throws OutputException {
        write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        try {
            SiteFolders.replace(target, staging);
            committed = true;
        } catch (SiteFolders.OldSiteLeft e) {
            committed = true;
            leftover = e.getMessage();
        } catch (IOException e) {
            // Gone from beside the target: the swap was made, and only deleting the old site failed.
            committed = !Files.exists(staging, LinkOption.NOFOLLOW_LINKS);
            throw new OutputException(committed ? e.getMessage()
                    : "cannot put the new site in place at " + target + ": " + IoReasons.of(e, target), e);
        }
    }

    @Override
    public Optional<String> leftover() {
        return Optional.ofNullable(leftover);
    }

    /** Removes the staging folder of a build that did not commit. */
    @Override
    public void close() throws OutputException {
        try (lock) {
            if (!committed) {
                SiteFolders.deleteTree(staging);
            }
        } catch (IOException e) {
            throw new OutputException("cannot remove the staging folder " + staging + ": " + IoReasons.of(e, staging), e);
        }
    }
}

package org.bangtin.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview server's output for rebuilds: the files of a rebuild are held until
 * {@link #commit()}, which writes only those whose bytes differ from the folder's (a copy of the
 * content's own file is taken as unchanged while it has its source's size and time, see
 * {@link Copies}), each through a
 * temporary file and a rename (a page being served is never half written), and deletes the files
 * the new site no longer has. Until then the folder keeps the last good site, as with a staged
 * build; rewriting ten files is much faster than writing ten thousand.
 */
public final class InPlaceOutput implements OutputTarget {
    private final Path target;
    private final Set<String> previous;
    private final Map<String, byte[]> writes = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final List<String> changed = new ArrayList<>();
    private final OutputLock lock;

    private InPlaceOutput(Path target, Set<String> previous, OutputLock lock) {
        this.target = target;
        this.previous = Set.copyOf(previous);
        this.lock = lock;
    }

    /**
     * Prepares a rebuild of the site in {@code target}.
     *
     * @param files every file of the site now in the folder, '/' separated
     * @throws OutputException when the folder is gone or no longer bangtin's, or another build is
     *                         writing into it
     */
    public static InPlaceOutput open(Path target, Collection<String> files) throws OutputException {
        Path normal = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(normal.resolve(StagedOutput.MARKER))) {
            throw new OutputException("the output folder " + normal + " is gone or was not written by bangtin");
        }
        return new InPlaceOutput(normal, new HashSet<>(files), OutputLock.take(normal));
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws OutputException {
        inside(relativePath);
        writes.put(relativePath, bytes);
    }

    @Override
    public void copy(String relativePath, Path source) throws OutputException {
        inside(relativePath);
        copies.put(relativePath, source);
    }

    /** Keeps a file of the site in place as it is (a page whose content did not change). */
    public void keep(String relativePath) {
        kept.add(relativePath);
    }

    @Override
    public void commit() throws OutputException {
        try {
            for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(writes).entrySet()) {
                if (writeIfDifferent(inside(file.getKey()), file.getValue())) {
                    changed.add(file.getKey());
                }
            }
            for (Map.Entry<String, Path> file : new java.util.TreeMap<>(copies).entrySet()) {
                Path path = inside(file.getKey());
                Path source = file.getValue();
                if (Copies.sameSizeAndTime(path, source)) {
                    continue;
                }
                if (!Files.isRegularFile(path) || Files.mismatch(path, source) >= 0) {
                    replace(path, temporary -> Copies.copy(source, temporary));
                    changed.add(file.getKey());
                } else {
                    // The same bytes with another time (copied before copies kept it): the next rebuild need not read it.
                    Files.setLastModifiedTime(path, Files.getLastModifiedTime(source));
                }
            }
            Set<String> gone = new java.util.TreeSet<>(previous);
            gone.removeAll(writes.keySet());
            gone.removeAll(copies.keySet());
            gone.removeAll(kept);
            for (String file : gone) {
                delete(inside(file));
                changed.add(file);
            }
        } catch (IOException e) {
            throw new OutputException("cannot update the site in " + target + ": " + IoReasons.of(e, target), e);
        }
    }

    /**
     * Replaces one file of the site in {@code target} at once, through a temporary file and a
     * rename, unless it has these bytes already: the preview's page rendered ahead of its rebuild.
     *
     * @return whether the file changed
     */
    public static boolean replaceNow(Path target, String relativePath, byte[] bytes) throws OutputException {
        Path folder = target.toAbsolutePath().normalize();
        Path path = StagedOutput.fileInside(folder, relativePath, folder);
        try {
            return writeIfDifferent(path, bytes);
        } catch (IOException e) {
            throw new OutputException("cannot update " + path + ": " + IoReasons.of(e, path), e);
        }
    }

    /** The files the last commit wrote or deleted, in path order within each kind. */
    public List<String> changed() {
        return List.copyOf(changed);
    }

    @Override
    public void close() {
        writes.clear();
        copies.clear();
        lock.close();
    }

    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    /** Writes a file unless it has these bytes already; returns whether it did. */
    private static boolean writeIfDifferent(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        replace(file, temporary -> Files.write(temporary, bytes));
        return true;
    }

    private static void replace(Path file, Filler filler) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".bangtin-new");
        filler.fill(temporary);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file and the folders it leaves empty, up to the output folder. */
    private void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); folder != null && !folder.equals(target); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    private Path inside(String relativePath) throws OutputException {
        return StagedOutput.fileInside(target, relativePath, target);
    }
}

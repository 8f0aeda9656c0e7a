package org.bangtin.output;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build's files go: a fresh staged folder swapped in whole ({@link StagedOutput}), or the
 * served folder updated file by file ({@link InPlaceOutput}). Writing is thread-safe; nothing is
 * visible before {@link #commit()}.
 */
public interface OutputTarget extends AutoCloseable {
    /** The folder the site goes to. */
    Path target();

    /** Writes a file at {@code relativePath} ('/' separated) of the new site. */
    void write(String relativePath, byte[] bytes) throws OutputException;

    /** Copies {@code source} to {@code relativePath} of the new site. */
    void copy(String relativePath, Path source) throws OutputException;

    /** Puts the new site in place. */
    void commit() throws OutputException;

    /**
     * What a successful commit could not clean up (a previous site it could not delete), for
     * the build to report as a warning; empty when nothing.
     */
    default Optional<String> leftover() {
        return Optional.empty();
    }

    /** Drops what was not committed. */
    @Override
    void close() throws OutputException;
}

package org.bangtin.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * The content's files published as they are (attachments, the files a notice links to). A copy
 * keeps its source's modification time, so that a rebuild tells an unchanged copy by its size and
 * time, as rsync does, instead of reading both files: a site with thousands of signed PDFs would
 * read them all on every save in the preview.
 */
final class Copies {
    /** How long ago a source must have been modified for its size and time to tell it unchanged. */
    private static final Duration SETTLED = Duration.ofSeconds(2);

    private Copies() {
    }

    /** Copies {@code source} to {@code target}, with the source's modification time. */
    static void copy(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
    }

    /**
     * Whether {@code copy} exists with the size and modification time of {@code source}, and the
     * source was not modified in the last {@link #SETTLED}: a file's time moves on in ticks of
     * the system's clock (4 ms or more), so a source saved again within the tick its copy was made
     * in, at the same size, would look unchanged (git calls such entries racily clean).
     */
    static boolean sameSizeAndTime(Path copy, Path source) throws IOException {
        if (!Files.isRegularFile(copy)) {
            return false;
        }
        BasicFileAttributes copied = Files.readAttributes(copy, BasicFileAttributes.class);
        BasicFileAttributes original = Files.readAttributes(source, BasicFileAttributes.class);
        return copied.size() == original.size() && copied.lastModifiedTime().equals(original.lastModifiedTime())
                && original.lastModifiedTime().toInstant().isBefore(Instant.now().minus(SETTLED));
    }
}

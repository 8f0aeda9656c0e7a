package org.bangtin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * A file's size and modification time, or its absence: what tells a rebuild that a file it read
 * before is unchanged, without reading it again (as make and Hugo's server do).
 */
public record FileStamp(long size, long modifiedNanos) {
    /** The stamp of a file that does not exist (or cannot be read). */
    public static final FileStamp ABSENT = new FileStamp(-1, -1);

    public static FileStamp of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return ABSENT;
        }
    }

    /** The stamp of the file these attributes were read from. */
    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /** Whether every file still has the stamp it had. */
    public static boolean unchanged(Map<Path, FileStamp> stamps) {
        for (Map.Entry<Path, FileStamp> stamp : stamps.entrySet()) {
            if (!of(stamp.getKey()).equals(stamp.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The current stamps of {@code files}. */
    public static Map<Path, FileStamp> of(java.util.Collection<Path> files) {
        Map<Path, FileStamp> stamps = new java.util.HashMap<>();
        files.forEach(file -> stamps.put(file, of(file)));
        return stamps;
    }
}

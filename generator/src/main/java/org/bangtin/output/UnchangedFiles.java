package org.bangtin.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The files of the site in place that a new build would write again byte for byte: the new site
 * takes such a file as it is, as a hard link, instead of a copy. It keeps its modification time,
 * so web servers go on answering "not modified" to browsers that have it (nginx's ETag and
 * Last-Modified are the file's time and size), rsync and FTP mirroring send only what changed, and
 * the build skips writing it (at 10,000 notices, most of a rebuild's files). The old file is only
 * read, and compared whole; a file changed by hand, a symbolic link or an unreadable one is written
 * anew. Where hard links cannot be made (a file system without them, a file of another user under
 * Linux's protected hard links), every file is written anew. Thread-safe.
 *
 * <p>The link makes the old site's file and the new one the same file until the old site is
 * deleted, so the new site must never write into a file it linked: {@link StagedOutput} writes
 * each path once, and never into an existing file.
 */
final class UnchangedFiles {
    private static final int MAX_BUFFER = 1024 * 1024;
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    /** The site in place, or null when there is none to share with. */
    private final Path site;
    private volatile boolean linksWork = true;

    private UnchangedFiles(Path site) {
        this.site = site;
    }

    /** The files of the site in {@code folder}, when it holds one bangtin wrote. */
    static UnchangedFiles of(Path folder) {
        return new UnchangedFiles(SiteFolders.isSite(folder) ? folder : null);
    }

    /**
     * Makes {@code file} the site's file at {@code relativePath} when that holds {@code bytes};
     * false when it does not, or cannot be shared, and {@code file} is still to write.
     */
    boolean linked(String relativePath, Path file, byte[] bytes) {
        if (site == null || !linksWork) {
            return false;
        }
        Path old = site.resolve(relativePath);
        if (!holds(old, bytes)) {
            return false;
        }
        return link(file, old);
    }

    /**
     * Makes {@code file} the site's file at {@code relativePath} when that is a copy of
     * {@code source} as {@link Copies} makes them (its size and modification time).
     */
    boolean linkedCopy(String relativePath, Path file, Path source) {
        if (site == null || !linksWork) {
            return false;
        }
        Path old = site.resolve(relativePath);
        try {
            if (Files.isSymbolicLink(old) || !Copies.sameSizeAndTime(old, source)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return link(file, old);
    }

    private boolean link(Path file, Path old) {
        try {
            Files.createLink(file, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            linksWork = false; // written anew from now on, rather than failing once per file
            return false;
        }
    }

    /**
     * Whether the regular file {@code old} holds exactly {@code bytes}: its size, then its bytes,
     * read in one call where they fit the thread's buffer (most pages do), since at 100,000 pages
     * each system call more is seconds more.
     */
    private static boolean holds(Path old, byte[] bytes) {
        try (FileChannel channel = FileChannel.open(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != bytes.length) {
                return false;
            }
            ByteBuffer buffer = buffer(bytes.length);
            int compared = 0;
            while (compared < bytes.length) {
                buffer.clear();
                buffer.limit(Math.min(buffer.capacity(), bytes.length - compared));
                int read = channel.read(buffer);
                if (read <= 0) {
                    return false; // shorter than it said: changed while read
                }
                buffer.flip();
                if (buffer.mismatch(ByteBuffer.wrap(bytes, compared, read)) != -1) {
                    return false;
                }
                compared += read;
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // a folder, a symbolic link, unreadable: written anew
        }
    }

    /** The thread's buffer, grown to hold {@code size} bytes up to {@link #MAX_BUFFER}. */
    private static ByteBuffer buffer(int size) {
        ByteBuffer buffer = BUFFERS.get();
        if (buffer.capacity() < size && buffer.capacity() < MAX_BUFFER) {
            buffer = ByteBuffer.allocateDirect(Math.min(MAX_BUFFER, Integer.highestOneBit(size - 1) << 1));
            BUFFERS.set(buffer);
        }
        return buffer;
    }
}

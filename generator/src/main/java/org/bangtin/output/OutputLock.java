package org.bangtin.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time into an output folder: a cron job's build and an editor's, or two
 * {@code mvn site}, would otherwise share the staging folder beside it, and one could put the
 * other's half-written site in place. The lock is the operating system's on a file beside the
 * folder ({@code .NAME.bangtin-lock}, left there), so a killed build holds it no longer.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code target} (a normalized absolute path), which must have a parent.
     *
     * @throws OutputException when another build holds it, in this process or another
     */
    static OutputLock take(Path target) throws OutputException {
        return take(SiteFolders.beside(target, "lock"), "another build is writing into " + target + " now; run this one"
                + " again when it has finished");
    }

    /**
     * Takes the lock of the file {@code file}, whose folder must exist.
     *
     * @param busy what to say when another build or preview holds it
     */
    public static OutputLock take(Path file, String busy) throws OutputException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException("cannot create the lock file " + file + ": " + IoReasons.of(e, file), e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by another build of this process: a preview and a build, say
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException("cannot lock " + file + ": " + IoReasons.of(e, file), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new OutputException(busy);
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}

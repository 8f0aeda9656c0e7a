package org.bangtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bangtin.output.OutputException;
import org.bangtin.output.OutputLock;
import org.bangtin.output.SiteFolders;

/**
 * One preview per output folder, for as long as it serves: two previews of one folder (a
 * {@code mvn bangtin:serve} and a {@code bangtin serve --drafts}, say) would rebuild it in turn,
 * each serving the other's pages, drafts included. Each rebuild takes the build's own lock too;
 * this one is held between rebuilds, on {@code .NAME.bangtin-preview} beside the folder.
 */
public final class PreviewLock implements AutoCloseable {
    private final OutputLock lock;

    private PreviewLock(OutputLock lock) {
        this.lock = lock;
    }

    /** Another preview serves from the folder, or its lock cannot be made; the message says which. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Takes the lock of the folder {@code output} a preview serves from, for as long as it serves. */
    public static PreviewLock take(Path output) throws Busy {
        Path normal = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(normal.getParent());
            return new PreviewLock(OutputLock.take(SiteFolders.beside(normal, "preview"), "another preview is serving from "
                    + normal + " (bangtin serve or mvn bangtin:serve): stop it, or give this one another folder (--out, or"
                    + " the plugin's serveDirectory)"));
        } catch (IOException e) {
            throw new Busy("cannot create the folder " + normal.getParent() + ": " + e.getMessage(), e);
        } catch (OutputException e) {
            throw new Busy(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}

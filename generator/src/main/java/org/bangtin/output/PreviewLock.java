package org.bangtin.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** @throws OutputException when another preview serves from {@code output}, or the lock cannot be made */
    public static PreviewLock take(Path output) throws OutputException {
        Path normal = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(normal.getParent());
        } catch (IOException e) {
            throw new OutputException("cannot create the folder " + normal.getParent() + ": " + IoReasons.of(e, normal.getParent()), e);
        }
        return new PreviewLock(OutputLock.take(SiteFolders.beside(normal, "preview"), "another preview is serving from "
                + normal + " (bangtin serve or mvn bangtin:serve): stop it, or give this one another folder (--out, or the"
                + " plugin's serveDirectory)"));
    }

    @Override
    public void close() {
        lock.close();
    }
}

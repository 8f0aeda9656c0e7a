package org.bangtin.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in plain words. Java's own messages are the file's path again
 * ("/srv/tin/a.md"), which says nothing to an editor; the system's reason is kept only where no
 * better words are known.
 */
public final class ReadFailure {
    private ReadFailure() {
    }

    /** "permission denied", "it was deleted or moved during the build", or the system's reason. */
    public static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was deleted or moved during the build";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().equals("Is a directory") ? "it is a folder" : f.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "the system gave no reason" : e.getMessage();
    }
}

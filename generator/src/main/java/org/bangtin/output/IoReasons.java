package org.bangtin.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words: the JDK's exceptions for the commonest failures carry
 * only the path as their message ("cannot create the lock file X: X"), the reason being their type.
 */
final class IoReasons {
    private IoReasons() {
    }

    /** What went wrong, with the file it happened to when that is not {@code about}. */
    static String of(IOException e, java.nio.file.Path about) {
        if (!(e instanceof FileSystemException failure)) {
            return String.valueOf(e.getMessage());
        }
        String reason = failure.getReason() != null ? failure.getReason().toLowerCase(java.util.Locale.ROOT)
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file is in the way"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
                : "failed";
        String file = failure.getFile();
        boolean sameFile = file == null || about != null && about.toString().equals(file);
        return reason + (sameFile ? "" : " (" + file + (failure.getOtherFile() == null ? "" : " -> " + failure.getOtherFile()) + ")");
    }
}

package org.bangtin.output;

/** The output folder cannot be used or written; the message says why and names the folder. */
public final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutputException(String message) {
        super(message);
    }

    /**
     * Whether the file system said it has no space left (Linux's ENOSPC, Windows' "not enough
     * space"): then every write after this one fails the same way.
     */
    public boolean isDiskFull() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}

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
}

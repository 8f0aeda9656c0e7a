package org.bangtin.attach;

import java.util.Objects;

/**
 * What a build knows of one PDF, by its content: read once, then cached by {@code sha256}.
 *
 * @param sha256  hex SHA-256 of the file's bytes
 * @param state   whether it opened, and whether it has text
 * @param pages   page count, 0 when it did not open
 * @param text    its text, whitespace collapsed, NFC; empty without a text layer
 * @param preview the first page as a small PNG, or null (did not open, or could not be drawn)
 * @param problem why it did not open, for the warning; empty otherwise
 */
public record PdfFacts(String sha256, State state, int pages, String text, Preview preview, String problem) {

    /** How far a PDF could be read. */
    public enum State {
        /** Opened, with a text layer. */
        TEXT,
        /** Opened, but no text to speak of: a scan; indexed by title and metadata only. */
        NO_TEXT,
        /** Needs a password to open. */
        ENCRYPTED,
        /**
         * Opened by PDFBox only by repairing it, and still broken (cut short, or without pages):
         * readers may not open it. Its page count and text are not trusted.
         */
        DAMAGED,
        /** Not a PDF, or damaged beyond what PDFBox repairs. */
        UNREADABLE
    }

    public PdfFacts {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(state, "state");
        text = text == null ? "" : text;
        problem = problem == null ? "" : problem;
    }

    /** The site folder of previews; their names are content hashes, so one PDF attached twice has one preview. */
    public static final String PREVIEW_FOLDER = "xem-truoc/";

    /** Where its preview is published ("xem-truoc/3f2a….png"), when it has one. */
    public String previewPath() {
        return PREVIEW_FOLDER + sha256.substring(0, 16) + ".png";
    }

    /** Whether readers can open it (it may still have no text). */
    public boolean opens() {
        return state == State.TEXT || state == State.NO_TEXT;
    }
}

package org.bangtin.content;

import java.nio.file.Path;

/**
 * A file published with a notice (the signed PDF, an image), checked to exist inside the content
 * folder.
 *
 * @param source     the file on disk
 * @param outputName its path beside the notice's page ('/' separated, NFC: the form its URL names)
 * @param title      what readers see as the link text
 * @param size       in bytes
 * @param line       the line of the notice file that names it, for messages
 */
public record Attachment(Path source, String outputName, String title, long size, int line) {

    /** Whether it is a PDF, by its name (its content is checked when it is read). */
    public boolean isPdf() {
        return source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}

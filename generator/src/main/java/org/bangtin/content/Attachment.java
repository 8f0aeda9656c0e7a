package org.bangtin.content;

import java.nio.file.Path;

/**
 * A file published with a notice (the signed PDF, an image), checked to exist inside the content
 * folder.
 *
 * @param source     the file on disk
 * @param outputName its path beside the notice's page ('/' separated)
 * @param title      what readers see as the link text
 * @param size       in bytes
 */
public record Attachment(Path source, String outputName, String title, long size) {
}

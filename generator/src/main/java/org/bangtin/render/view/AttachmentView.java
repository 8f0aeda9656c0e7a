package org.bangtin.render.view;

/**
 * An attachment in a notice's list of files: "1,2 MB", "PDF". For a PDF that opens,
 * {@code pages} is its page count and {@code preview} its first page; both are null otherwise.
 */
public record AttachmentView(String name, String url, String sizeText, String extension, Integer pages,
        PreviewView preview) {
}

package org.bangtin.render.view;

/** An attachment in a notice's list of files: "1,2 MB", "PDF". */
public record AttachmentView(String name, String url, String sizeText, String extension) {
}

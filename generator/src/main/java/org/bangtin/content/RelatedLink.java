package org.bangtin.content;

/**
 * One entry of a notice's {@code related:} front matter, as written: a page URL
 * ("/2019/03/ke-hoach-925/") or a notice's file name ("tin/ke-hoach-925.md", relative to the
 * notice's folder or to the content root). The site plan resolves it.
 *
 * @param target the text written
 * @param line   the file's line of the entry, for messages
 */
public record RelatedLink(String target, int line) {
}

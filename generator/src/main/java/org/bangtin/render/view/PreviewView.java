package org.bangtin.render.view;

/**
 * The first page of an attached PDF, as an image drawn at build time. {@code width} and
 * {@code height} are the CSS pixels of the small preview in the list of files; the image has
 * {@code fullWidth} × {@code fullHeight} pixels (twice as many, for dense screens), the size of the
 * large preview of a notice without a body. {@code alt} is its text for screen readers.
 */
public record PreviewView(String url, int width, int height, int fullWidth, int fullHeight, String alt) {
}

package org.bangtin.attach;

/**
 * The first page of a PDF as a PNG image, drawn at build time.
 *
 * @param png    the image file's bytes
 * @param width  in pixels
 * @param height in pixels
 */
public record Preview(byte[] png, int width, int height) {
}

package org.bangtin.attach;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * A drawn page as a small PNG. Most pages of official documents are black text on white: those
 * are written as {@value #GREY_LEVELS} shades of grey, four bits a pixel, a third or less of the
 * bytes of full colour and as legible, since text drawn with smoothing needs a few shades, not
 * 256. A page with colour (a red seal, a logo) keeps it.
 */
final class PreviewImage {
    /** Shades of grey of a page without colour: black, white and 14 between for smooth edges. */
    static final int GREY_LEVELS = 16;
    /** How far apart a pixel's red, green and blue may be and still count as grey (scans are noisy). */
    private static final int GREY_TOLERANCE = 24;
    /** Coloured pixels per 10,000 that a page may have and still be drawn in grey (specks of a scan). */
    private static final int COLOURED_PER_10000 = 5;

    private PreviewImage() {
    }

    /** The PNG of {@code rgb}: in grey when it has no colour, else in full colour. */
    static byte[] png(BufferedImage rgb) throws IOException {
        BufferedImage image = hasColour(rgb) ? rgb : grey(rgb);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer for the preview");
        }
        return png.toByteArray();
    }

    static boolean hasColour(BufferedImage image) {
        long allowed = (long) image.getWidth() * image.getHeight() * COLOURED_PER_10000 / 10_000;
        long coloured = 0;
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int pixel : row) {
                int r = pixel >> 16 & 0xff;
                int g = pixel >> 8 & 0xff;
                int b = pixel & 0xff;
                if (Math.max(Math.abs(r - g), Math.max(Math.abs(g - b), Math.abs(r - b))) > GREY_TOLERANCE
                        && ++coloured > allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The image in {@link #GREY_LEVELS} shades of grey (luma, rounded to the nearest shade), as a 4-bit palette. */
    static BufferedImage grey(BufferedImage rgb) {
        byte[] shades = new byte[GREY_LEVELS];
        for (int i = 0; i < GREY_LEVELS; i++) {
            shades[i] = (byte) (i * 255 / (GREY_LEVELS - 1));
        }
        IndexColorModel palette = new IndexColorModel(4, GREY_LEVELS, shades, shades, shades);
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_BINARY, palette);
        WritableRaster raster = grey.getRaster();
        int[] row = new int[rgb.getWidth()];
        int[] levels = new int[rgb.getWidth()];
        for (int y = 0; y < rgb.getHeight(); y++) {
            rgb.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int pixel = row[x];
                int luma = (299 * (pixel >> 16 & 0xff) + 587 * (pixel >> 8 & 0xff) + 114 * (pixel & 0xff)) / 1000;
                levels[x] = (luma * (GREY_LEVELS - 1) + 127) / 255;
            }
            raster.setPixels(0, y, row.length, 1, levels);
        }
        return grey;
    }
}

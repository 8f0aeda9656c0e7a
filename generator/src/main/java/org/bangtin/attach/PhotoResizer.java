package org.bangtin.attach;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a {@link WebImage}'s copies: the original decoded once, turned upright, scaled down to the
 * widest copy, and the narrower ones from that.
 */
final class PhotoResizer {
    static {
        Headless.ensure();
    }

    private PhotoResizer() {
    }

    /** The copies' bytes by their widths, in the order of {@link WebImage#widths()}. */
    static Map<Integer, byte[]> resize(WebImage image) throws IOException {
        BufferedImage original = decoded(image.source(), image.facts().shownWidth() / (2 * image.width()));
        BufferedImage upright = upright(original, image.facts().orientation(), image.jpeg());
        BufferedImage widest = scaled(upright, image.width(), image.height(), image.jpeg());
        Map<Integer, byte[]> copies = new LinkedHashMap<>();
        for (int width : image.widths()) {
            BufferedImage copy = width == image.width() ? widest
                    : scaled(widest, width, image.height(width), image.jpeg());
            copies.put(width, encode(copy, image.jpeg()));
        }
        return copies;
    }

    /**
     * The picture, every {@code step}-th pixel of every {@code step}-th row when {@code step} is 2
     * or more: a photo of 30,000 pixels decoded whole would take gigabytes, and the copy needs no
     * more than twice its own width to scale from.
     */
    private static BufferedImage decoded(Path file, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageFacts.readerOf(in).orElseThrow(() -> new IOException("not an image the JDK reads"));
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                if (step >= 2) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The picture as it is meant to be seen: turned or mirrored as its Exif orientation says. */
    private static BufferedImage upright(BufferedImage image, int orientation, boolean opaque) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Where each orientation puts the stored pixel (x, y): X = m00 x + m01 y + m02, Y = m10 x + m11 y + m12.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image; // upright already: scaling draws it onto a canvas of the copy's type
        }
        boolean sideways = orientation >= 5;
        BufferedImage drawn = canvas(sideways ? h : w, sideways ? w : h, opaque);
        Graphics2D g = drawn.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return drawn;
    }

    /**
     * The picture at {@code width} x {@code height}, halved step by step first: one bicubic step
     * from three times the size or more skips pixels, and thin lines and text break up.
     */
    private static BufferedImage scaled(BufferedImage image, int width, int height, boolean opaque) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, opaque);
        }
        boolean ready = current.getWidth() == width && current.getHeight() == height
                && current.getType() == canvasType(opaque);
        return ready ? current : draw(current, width, height, opaque); // a decoded CMYK or grey JPEG is drawn in RGB
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, boolean opaque) {
        BufferedImage drawn = canvas(width, height, opaque);
        Graphics2D g = drawn.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return drawn;
    }

    private static BufferedImage canvas(int width, int height, boolean opaque) {
        return new BufferedImage(width, height, canvasType(opaque));
    }

    /** RGB for a JPEG copy, which has no transparency; RGB with alpha for a PNG one. */
    private static int canvasType(boolean opaque) {
        return opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
    }

    private static byte[] encode(BufferedImage image, boolean jpeg) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!jpeg) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(WebImage.QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // drawn coarse first on a slow line
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

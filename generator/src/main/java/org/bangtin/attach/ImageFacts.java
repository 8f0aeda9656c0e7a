package org.bangtin.attach;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a notice's image is, from its header alone (no pixel is decoded): its format ("jpeg",
 * "png"), its size as stored, and the Exif orientation a phone's photo carries.
 *
 * @param orientation 1 to 8 as Exif numbers them; 5 to 8 are turned on their side
 */
public record ImageFacts(String format, int width, int height, int orientation) {
    /** The facts of {@code file}; empty when it is no image the JDK reads (an SVG, a damaged file). */
    public static Optional<ImageFacts> read(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Optional<ImageReader> found = readerOf(in);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int orientation = format.equals("jpeg") ? ExifOrientation.of(file) : 1;
                return Optional.of(new ImageFacts(format, reader.getWidth(0), reader.getHeight(0), orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JDK's first reader of the image {@code in} (which may be null, as ImageIO gives it for a
     * file it cannot open), reading it from its start; empty when no reader knows its format.
     * Its caller disposes of it.
     */
    static Optional<ImageReader> readerOf(ImageInputStream in) {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return Optional.of(reader);
    }

    /** Whether the picture is shown turned by a quarter (its width and height swap). */
    boolean turnsSideways() {
        return orientation >= 5;
    }

    /** The width the picture is shown at. */
    public int shownWidth() {
        return turnsSideways() ? height : width;
    }

    /** The height the picture is shown at. */
    public int shownHeight() {
        return turnsSideways() ? width : height;
    }
}

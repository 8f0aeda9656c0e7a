package org.bangtin.attach;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangtin.content.Attachment;

/**
 * The copy of a notice's photo that its page shows, sized for the web: a phone's photo (4,000
 * pixels wide, 3 to 6 MB) takes half a minute on a 1 Mbit/s connection, for a picture a phone
 * shows 400 pixels wide. JPEG photos wider than {@link #WIDTH} pixels, or heavier than
 * {@link #HEAVY} bytes, and PNG images wider than {@link #WIDTH}, are shown as a copy at most
 * {@link #WIDTH} wide (a JPEG at quality {@link #QUALITY}, upright whatever its Exif orientation),
 * with narrower ones beside it ({@link #SMALLER}) for the browser to choose from by the screen
 * (a phone of 360 pixels at 1.5 device pixels each takes the 640 one, a quarter of the bytes); the
 * page links the original, published as it is.
 *
 * @param original   the original, a file the notice's text shows
 * @param outputName the copy's name beside the notice's page ("anh-hoi-nghi.w1280.jpg")
 * @param width      the copy's width
 * @param height     the copy's height
 * @param facts      the original's facts
 */
public record WebImage(Attachment original, String outputName, int width, int height, ImageFacts facts) {
    /** The widest copy: twice the width of a phone's screen, a laptop's full width. */
    static final int WIDTH = 1280;
    /** A JPEG this heavy is made lighter even when narrow enough. */
    static final long HEAVY = 300 * 1024;
    static final float QUALITY = 0.82f;
    /** The narrower copies' widths, each made when it is at most four fifths of the widest. */
    static final List<Integer> SMALLER = List.of(640, 960);

    /** The copy to show of the image {@code original}; empty when the original is fit to show as it is. */
    public static Optional<WebImage> of(Attachment original, ImageFacts facts) {
        String outputName = original.outputName();
        long size = original.size();
        boolean jpeg = facts.format().equals("jpeg");
        boolean wide = facts.shownWidth() > WIDTH;
        if (!(jpeg && (wide || size > HEAVY)) && !(facts.format().equals("png") && wide)) {
            return Optional.empty();
        }
        int width = Math.min(WIDTH, facts.shownWidth());
        int height = Math.max(1, Math.round((float) facts.shownHeight() * width / facts.shownWidth()));
        int dot = outputName.lastIndexOf('.');
        String stem = dot > outputName.lastIndexOf('/') && dot > 0 ? outputName.substring(0, dot) : outputName;
        return Optional.of(new WebImage(original, stem + ".w" + width + (jpeg ? ".jpg" : ".png"), width, height, facts));
    }

    /** The original's file. */
    public Path source() {
        return original.source();
    }

    /** The copies' widths, narrowest first, this one's {@link #width} last. */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        SMALLER.stream().filter(w -> w * 5 <= width * 4).forEach(widths::add);
        widths.add(width);
        return widths;
    }

    /** The name of the copy {@code width} wide, beside this one's ("anh-hoi-nghi.w640.jpg"). */
    public String outputName(int width) {
        return outputName.replaceFirst("\\.w" + this.width + "(\\.[a-z]+)$", ".w" + width + "$1");
    }

    /** The copy's height at {@code width}, as the browser will scale it. */
    int height(int width) {
        return width == this.width ? height : Math.max(1, Math.round((float) height * width / this.width));
    }

    boolean jpeg() {
        return facts.format().equals("jpeg");
    }
}

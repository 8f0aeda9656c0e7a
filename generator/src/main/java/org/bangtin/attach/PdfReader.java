package org.bangtin.attach;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads one PDF with PDFBox: its text, its page count and a preview of its first page. */
final class PdfReader {
    /**
     * Width of the preview in pixels: twice the 240 CSS pixels the notice page shows it at, so
     * that it is sharp on phones' dense screens, and enough for the larger preview of a notice
     * without a body.
     */
    static final int PREVIEW_WIDTH = 480;
    /** A page taller than this many widths is drawn to this height instead (a long receipt). */
    private static final int MAX_HEIGHT_RATIO = 3;
    /**
     * A PDF with fewer letters than this has no text layer to speak of: a scan (perhaps with a
     * stamped page number). It is indexed by title and metadata only.
     */
    static final int MIN_LETTERS = 20;
    /**
     * A PDF ends with "%%EOF" within its last this many bytes (the limit Acrobat allows; what
     * follows is tolerated junk such as a trailing newline from an upload).
     */
    static final int END_MARK_WINDOW = 1024;

    static {
        Headless.ensure();
    }

    private PdfReader() {
    }

    /** The facts of the PDF in {@code bytes}; never throws: a PDF that does not open says why. */
    static PdfFacts read(byte[] bytes, String sha256) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            String damage = damage(bytes, pages);
            if (damage != null) {
                return new PdfFacts(sha256, PdfFacts.State.DAMAGED, 0, "", null, damage);
            }
            String text = text(document);
            boolean hasText = letters(text) >= MIN_LETTERS;
            Preview preview = pages == 0 ? null : preview(document);
            return new PdfFacts(sha256, hasText ? PdfFacts.State.TEXT : PdfFacts.State.NO_TEXT, pages,
                    hasText ? text : "", preview, "");
        } catch (InvalidPasswordException e) {
            return new PdfFacts(sha256, PdfFacts.State.ENCRYPTED, 0, "", null, "it needs a password to open");
        } catch (IOException | RuntimeException e) {
            // PDFBox repairs what it can; anything it cannot is a damaged file, whatever the exception.
            return new PdfFacts(sha256, PdfFacts.State.UNREADABLE, 0, "", null, reason(bytes));
        }
    }

    /**
     * Why a PDF that PDFBox opened is still damaged, in plain words; null when it is whole. PDFBox
     * is lenient: it rebuilds a missing cross-reference table by scanning the file, so the first
     * 2,000 bytes of a PDF open as a document with no pages instead of failing. Readers are
     * stricter, and show such a file as broken or blank.
     */
    static String damage(byte[] bytes, int pages) {
        if (!hasEndMark(bytes)) {
            return "it ends early, as a file does when its download or copy was cut short: its end-of-file mark"
                    + " (%%EOF) is missing";
        }
        if (pages == 0) {
            return "it has no pages";
        }
        return null;
    }

    /** Whether "%%EOF" is among the last {@link #END_MARK_WINDOW} bytes, where readers look for it. */
    private static boolean hasEndMark(byte[] bytes) {
        byte[] mark = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int start = bytes.length - mark.length; start >= Math.max(0, bytes.length - END_MARK_WINDOW); start--) {
            if (Arrays.equals(bytes, start, start + mark.length, mark, 0, mark.length)) {
                return true;
            }
        }
        return false;
    }

    private static String text(PDDocument document) throws IOException {
        String raw = new PDFTextStripper().getText(document);
        return Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count();
    }

    /** The first page, {@link #PREVIEW_WIDTH} pixels wide; null when it cannot be drawn (the text still counts). */
    private static Preview preview(PDDocument document) {
        try {
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float height = turned ? box.getWidth() : box.getHeight();
            if (width <= 0 || height <= 0) {
                return null;
            }
            float scale = Math.min(PREVIEW_WIDTH / width, PREVIEW_WIDTH * MAX_HEIGHT_RATIO / height);
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(0, scale, ImageType.RGB);
            return new Preview(PreviewImage.png(image), image.getWidth(), image.getHeight());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Why PDFBox could not open a file, in plain words. Its own messages ("Missing root object
     * specification in trailer.") speak of the format's insides, which an editor cannot act on.
     */
    static String reason(byte[] bytes) {
        return startsAsPdf(bytes) ? "the file's structure is broken"
                : "it is not a PDF file: it does not begin as a PDF does (%PDF-), it may be another kind of file renamed";
    }

    /** Whether "%PDF-" is within the first {@link #END_MARK_WINDOW} bytes, where readers accept it. */
    private static boolean startsAsPdf(byte[] bytes) {
        byte[] mark = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        for (int start = 0; start + mark.length <= Math.min(bytes.length, END_MARK_WINDOW); start++) {
            if (Arrays.equals(bytes, start, start + mark.length, mark, 0, mark.length)) {
                return true;
            }
        }
        return false;
    }
}

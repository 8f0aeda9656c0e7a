package org.bangtin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs for tests, made with PDFBox: A4 pages of text in Liberation Sans (which PDFBox ships in its
 * jar, and which has the Vietnamese letters), a scan without a text layer, one locked with a
 * password, and bytes that are no PDF at all.
 */
public final class TestPdfs {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 12;
    private static final float LEADING = 16;
    private static TrueTypeFont font;

    private TestPdfs() {
    }

    /** One A4 page per text (more when it does not fit), each wrapped into lines. */
    public static byte[] text(String... pages) {
        try (PDDocument document = new PDDocument()) {
            addPages(document, pages);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: only an image, no text layer. */
    public static byte[] scan() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(210, 297, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 210, 297);
            g.setColor(Color.DARK_GRAY);
            for (int y = 30; y < 270; y += 12) {
                g.fillRect(20, y, 150 + (y % 40), 5); // lines of "text" as a scanner sees them
            }
            g.setColor(Color.RED);
            g.drawOval(120, 220, 60, 60); // the seal
            g.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text that opens only with the password "matkhau". */
    public static byte[] encrypted(String text) {
        try (PDDocument document = new PDDocument()) {
            addPages(document, text);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "matkhau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The start of a PDF whose page tree comes first, cut short before its page: what an
     * interrupted download leaves. PDFBox opens it, repaired, as a document of no pages.
     */
    public static byte[] cutShort() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R]"
                + " /Count 1 >>\nendobj\n3 0 o").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A PDF of {@code text} cut before its cross-reference table: PDFBox still finds its page and text. */
    public static byte[] withoutItsEnd(String text) {
        byte[] whole = text(text);
        return java.util.Arrays.copyOf(whole, new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("xref"));
    }

    /** Random bytes, the same every time: what a broken upload leaves. */
    public static byte[] corrupt() {
        byte[] bytes = new byte[4096];
        new Random(925).nextBytes(bytes);
        return bytes;
    }

    private static void addPages(PDDocument document, String... pages) throws IOException {
        PDType0Font font = PDType0Font.load(document, font(), true);
        int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        for (String text : pages) {
            // A text longer than a page runs on to the next ones.
            List<String> lines = wrap(text, font, PDRectangle.A4.getWidth() - 2 * MARGIN);
            for (int start = 0; start < lines.size(); start += linesPerPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
        }
    }

    /** The font, parsed once: parsing it for every PDF would make the tests' PDFs slow to write. */
    private static synchronized TrueTypeFont font() throws IOException {
        if (font == null) {
            try (InputStream in = TestPdfs.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's jar has no " + FONT);
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(withoutGsub(in.readAllBytes())));
            }
        }
        return font;
    }

    /**
     * The font file with its glyph substitution table renamed, so that PDFBox skips it: these
     * texts need no ligatures, and shaping every line through it makes writing a PDF ten times slower.
     */
    private static byte[] withoutGsub(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'X';
            }
        }
        return ttf;
    }

    private static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

package org.bangtin.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.bangtin.TestPdfs;
import org.junit.jupiter.api.Test;

/** The first page's image: grey and small for a page of black text, in colour when it has a red seal. */
class PreviewImageTest {
    /** A4 at 480 pixels wide, with a few lines of smoothed black text, and a red seal when asked. */
    private static BufferedImage page(boolean seal) {
        BufferedImage page = new BufferedImage(480, 678, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 678);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int line = 0; line < 40; line++) {
            g.drawString("UBND huyen ban hanh Ke hoach so 925/KH-UBND ngay 27/3/2019, dong " + line, 40, 60 + line * 14);
        }
        if (seal) {
            g.setColor(new Color(0xd0, 0x10, 0x20));
            g.fillOval(300, 560, 90, 90);
        }
        g.dispose();
        return page;
    }

    private static BufferedImage decoded(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aPageOfBlackTextIsWrittenInSixteenGreysAtAThirdOfTheBytesOrLess() throws IOException {
        byte[] grey = PreviewImage.png(page(false));
        java.io.ByteArrayOutputStream colour = new java.io.ByteArrayOutputStream();
        ImageIO.write(page(false), "png", colour);

        BufferedImage read = decoded(grey);
        assertEquals(4, read.getColorModel().getPixelSize(), "four bits a pixel");
        assertEquals(480, read.getWidth());
        assertTrue(grey.length * 3 <= colour.size(), grey.length + " bytes against " + colour.size() + " in full colour");
        // Legible: the text stays black on white, its smoothed edges in greys between.
        assertEquals(0xffffff, read.getRGB(5, 5) & 0xffffff);
        java.util.Set<Integer> shades = new java.util.TreeSet<>();
        for (int x = 40; x < 440; x++) {
            for (int y = 45; y < 70; y++) {
                shades.add(read.getRGB(x, y) & 0xff);
            }
        }
        assertTrue(shades.contains(0) && shades.contains(255) && shades.size() > 4, "shades of the first line: " + shades);
    }

    @Test
    void aPageWithARedSealKeepsItsColour() throws IOException {
        BufferedImage read = decoded(PreviewImage.png(page(true)));

        assertEquals(0xd01020, read.getRGB(345, 605) & 0xffffff);
    }

    @Test
    void aPdfOfTextGivesAGreyPreview() throws IOException {
        byte[] pdf = TestPdfs.text("Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 của UBND xã Phú Lộc.");

        BufferedImage read = decoded(PdfReader.read(pdf, AttachmentInspector.sha256(pdf)).preview().png());

        assertEquals(4, read.getColorModel().getPixelSize());
    }
}

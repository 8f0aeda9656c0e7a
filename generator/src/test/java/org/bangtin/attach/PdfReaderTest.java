package org.bangtin.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.bangtin.TestPdfs;
import org.junit.jupiter.api.Test;

/** What is read from each kind of PDF a district office publishes. */
class PdfReaderTest {
    private static PdfFacts read(byte[] pdf) {
        return PdfReader.read(pdf, AttachmentInspector.sha256(pdf));
    }

    @Test
    void vietnameseTextComesOutComposedWithItsPageCountAndPreview() throws IOException {
        PdfFacts facts = read(TestPdfs.text("Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 của UBND xã Phú Lộc."));

        assertEquals(PdfFacts.State.TEXT, facts.state());
        assertEquals(1, facts.pages());
        assertEquals("Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 của UBND xã Phú Lộc.", facts.text());
        assertNotNull(facts.preview());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(facts.preview().png()));
        // A4 (595.28 × 841.89 points) drawn 480 pixels wide: 678.8 pixels high, rounded down.
        assertEquals(480, image.getWidth());
        assertEquals(678, image.getHeight());
        assertEquals(image.getWidth(), facts.preview().width());
        assertEquals(image.getHeight(), facts.preview().height());
    }

    @Test
    void everyPageIsCountedAndRead() {
        PdfFacts facts = read(TestPdfs.text("Trang một: mục đích, yêu cầu.", "Trang hai: nội dung thực hiện.",
                "Trang ba: tổ chức thực hiện và kinh phí."));

        assertEquals(3, facts.pages());
        assertEquals("Trang một: mục đích, yêu cầu. Trang hai: nội dung thực hiện. Trang ba: tổ chức thực hiện và kinh phí.",
                facts.text());
    }

    @Test
    void aScanHasPagesAndAPreviewButNoText() {
        PdfFacts facts = read(TestPdfs.scan());

        assertEquals(PdfFacts.State.NO_TEXT, facts.state());
        assertEquals(1, facts.pages());
        assertEquals("", facts.text());
        assertNotNull(facts.preview());
    }

    @Test
    void aPasswordLockedPdfSaysSo() {
        PdfFacts facts = read(TestPdfs.encrypted("Tài liệu mật: danh sách hộ nghèo năm 2024."));

        assertEquals(PdfFacts.State.ENCRYPTED, facts.state());
        assertEquals("it needs a password to open", facts.problem());
        assertNull(facts.preview());
    }

    @Test
    void bytesThatAreNoPdfSayWhy() {
        PdfFacts facts = read(TestPdfs.corrupt());

        assertEquals(PdfFacts.State.UNREADABLE, facts.state());
        assertEquals("it is not a PDF file: it does not begin as a PDF does (%PDF-), it may be another kind of file renamed",
                facts.problem());
        assertEquals(0, facts.pages());
    }

    @Test
    void aPdfWhoseStructureIsBrokenSaysSoInPlainWords() {
        byte[] broken = "%PDF-1.4\n1 0 obj\n<< /Length 5 >>\nendobj\ntrailer\n<< /Size 2 >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PdfFacts facts = read(broken);

        assertEquals(PdfFacts.State.UNREADABLE, facts.state());
        assertEquals("the file's structure is broken", facts.problem());
    }

    @Test
    void aPdfCutShortIsDamagedAlthoughPdfBoxOpensIt() {
        for (byte[] pdf : List.of(TestPdfs.cutShort(), TestPdfs.withoutItsEnd("Kế hoạch thu gom rác thải năm 2024 của xã."))) {
            PdfFacts facts = read(pdf);

            assertEquals(PdfFacts.State.DAMAGED, facts.state());
            assertEquals("it ends early, as a file does when its download or copy was cut short: its end-of-file mark"
                    + " (%%EOF) is missing", facts.problem());
            assertEquals(0, facts.pages());
            assertEquals("", facts.text());
            assertNull(facts.preview());
        }
    }

    @Test
    void aWholePdfWithoutPagesIsDamaged() {
        assertEquals("it has no pages", PdfReader.damage("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0));
        assertNull(PdfReader.damage(TestPdfs.text("Một trang."), 1));
    }

    @Test
    void drawingTheSamePdfTwiceGivesTheSameBytes() {
        byte[] pdf = TestPdfs.text("Thông báo lịch tiếp công dân tháng 5 năm 2024.");
        assertTrue(java.util.Arrays.equals(read(pdf).preview().png(), read(pdf).preview().png()));
    }
}

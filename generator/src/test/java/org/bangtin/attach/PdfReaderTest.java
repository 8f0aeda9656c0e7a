package org.bangtin.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

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
        assertTrue(!facts.problem().isEmpty());
        assertEquals(0, facts.pages());
    }

    @Test
    void drawingTheSamePdfTwiceGivesTheSameBytes() {
        byte[] pdf = TestPdfs.text("Thông báo lịch tiếp công dân tháng 5 năm 2024.");
        assertTrue(java.util.Arrays.equals(read(pdf).preview().png(), read(pdf).preview().png()));
    }
}

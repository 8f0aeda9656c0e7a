package org.bangtin.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

/** The Exif orientation of a JPEG's start, in either byte order; 1 where there is none or it is damaged. */
class ExifOrientationTest {
    @Test
    void readsTheOrientationInBothByteOrders() {
        assertEquals(6, ExifOrientation.of(jpegStart(tiff(false, 6))));
        assertEquals(8, ExifOrientation.of(jpegStart(tiff(true, 8))));
    }

    @Test
    void anythingElseIsUpright() {
        assertEquals(1, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}));
        assertEquals(1, ExifOrientation.of("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(1, ExifOrientation.of(jpegStart(tiff(false, 9))), "no such orientation");
        byte[] cut = jpegStart(tiff(false, 6));
        assertEquals(1, ExifOrientation.of(java.util.Arrays.copyOf(cut, cut.length - 10)), "cut short");
        byte[] lying = jpegStart(tiff(true, 6));
        lying[20] = 0x7F; // 127 entries in the directory, far beyond the segment's end,
        lying[22] = 0x7F; // and the first of them not the orientation
        assertEquals(1, ExifOrientation.of(lying));
    }

    /** A TIFF directory of one entry, the orientation. */
    private static byte[] tiff(boolean little, int orientation) {
        return little
                ? new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0}
                : new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }

    private static byte[] jpegStart(byte[] tiff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + tiff.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        return out.toByteArray();
    }
}

package org.bangtin.attach;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The orientation a JPEG's Exif data gives (1 to 8; 1 when it gives none): a phone stores a photo
 * taken upright as the sensor saw it, on its side, and says so there. Browsers turn the photo as
 * they show it; a copy made without the Exif data must be turned by whoever makes it. Reads
 * only the first APP1 segment's first directory, in the file's first 128 KB.
 */
final class ExifOrientation {
    private static final int HEAD = 128 * 1024;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    static int of(Path jpeg) throws IOException {
        try (InputStream in = Files.newInputStream(jpeg)) {
            return of(in.readNBytes(HEAD));
        }
    }

    /** The orientation in the start of a JPEG file; 1 when there is none, or the bytes are not such a file. */
    static int of(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= head.length && (head[at] & 0xFF) == 0xFF) {
            int marker = head[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // the image data starts: no metadata follows
            }
            int length = bigEndian16(head, at + 2);
            int start = at + 4;
            if (marker == 0xE1 && length >= 8 && start + 6 <= head.length && isExif(head, start)) {
                return orientation(head, start + 6, Math.min(head.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static boolean isExif(byte[] bytes, int at) {
        return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
                && bytes[at + 4] == 0 && bytes[at + 5] == 0;
    }

    /** The orientation tag of the TIFF structure at {@code tiff}, which ends before {@code end}. */
    private static int orientation(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return 1;
        }
        long directory = tiff + unsigned32(bytes, tiff + 4, little);
        if (directory + 2 > end) {
            return 1;
        }
        int entries = unsigned16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned16(bytes, entry, little) == ORIENTATION_TAG && unsigned16(bytes, entry + 2, little) == SHORT) {
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int bigEndian16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static int unsigned16(byte[] bytes, int at, boolean little) {
        return little ? (bytes[at + 1] & 0xFF) << 8 | bytes[at] & 0xFF : bigEndian16(bytes, at);
    }

    private static long unsigned32(byte[] bytes, int at, boolean little) {
        long high = unsigned16(bytes, little ? at + 2 : at, little);
        long low = unsigned16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}

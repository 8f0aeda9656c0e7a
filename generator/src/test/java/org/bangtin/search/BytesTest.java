package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void aShortPieceIsItsBytesAfterAZeroByte() {
        byte[] data = {0x1f, (byte) 0x8b, 5, 0, 7};
        byte[] piece = Bytes.piece(data, 6);
        assertEquals(0, piece[0], "a gzip piece would start with 0x1f");
        assertArrayEquals(data, Arrays.copyOfRange(piece, 1, piece.length));
    }

    @Test
    void aLongPieceIsGzipThatInflatesBackToItsBytes() throws IOException {
        byte[] data = new byte[600];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 7);
        }
        byte[] piece = Bytes.piece(data, data.length);
        assertEquals(0x1f, piece[0] & 0xFF);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(piece))) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(0, Bytes.piece(data, data.length + 1)[0], "one byte short of the limit: as it is");
    }
}

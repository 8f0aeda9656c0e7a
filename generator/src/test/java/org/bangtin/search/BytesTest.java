package org.bangtin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BytesTest {
    @Test
    void aShortPieceIsItsBytesAfterAZeroByte() {
        byte[] data = {0x1f, (byte) 0x8b, 5, 0, 7};
        byte[] piece = Bytes.piece(data, 6, Bytes.Deflation.CODES_ONLY);
        assertEquals(0, piece[0], "a gzip piece would start with 0x1f");
        assertArrayEquals(data, Arrays.copyOfRange(piece, 1, piece.length));
    }

    @ParameterizedTest
    @EnumSource(Bytes.Deflation.class)
    void aLongPieceIsGzipThatInflatesBackToItsBytes(Bytes.Deflation deflation) throws IOException {
        byte[] data = new byte[600];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 7);
        }
        byte[] piece = Bytes.piece(data, data.length, deflation);
        assertEquals(0x1f, piece[0] & 0xFF);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(piece))) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(0, Bytes.piece(data, data.length + 1, deflation)[0], "one byte short of the limit: as it is");
    }

    /**
     * Postings are varints of gaps between document numbers: matches of repeated strings find
     * little in them, and what they find costs more than it saves (as measured on the example
     * corpora: see {@link Bytes.Deflation#CODES_ONLY}).
     */
    @Test
    void gapsDeflateSmallerWithCodesOnly() {
        java.util.Random random = new java.util.Random(7);
        Bytes gaps = new Bytes();
        for (int i = 0; i < 2000; i++) {
            gaps.varint(1 + (long) (-Math.log(1 - random.nextDouble()) * 40)); // a term in 1 of 40 notices
        }
        byte[] data = gaps.toByteArray();
        int codesOnly = Bytes.gzip(data, Bytes.Deflation.CODES_ONLY).length;
        int strings = Bytes.gzip(data, Bytes.Deflation.STRINGS).length;
        assertTrue(codesOnly <= strings, codesOnly + " bytes with codes only, " + strings + " with strings");
    }
}

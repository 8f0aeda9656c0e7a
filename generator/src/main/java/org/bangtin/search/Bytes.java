package org.bangtin.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The little binary writer of the static export: unsigned LEB128 varints, UTF-8 strings with
 * their length, and 32-bit floats as their IEEE bits (little endian), so the browser reads back
 * the very floats Lucene uses.
 */
final class Bytes {
    /** The longest varint: 64 bits in groups of 7. */
    private static final int MAX_VARINT = 10;

    // A plain array rather than a ByteArrayOutputStream, whose write(int) takes a lock per byte
    // (varint was 30 % of the export's samples at 100,000 notices, JFR).
    private byte[] buffer = new byte[64];
    private int size;

    Bytes varint(long value) {
        room(MAX_VARINT);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
        return this;
    }

    Bytes u8(int value) {
        room(1);
        buffer[size++] = (byte) value;
        return this;
    }

    Bytes f32(float value) {
        room(4);
        int bits = Float.floatToIntBits(value);
        for (int i = 0; i < 4; i++) {
            buffer[size++] = (byte) (bits >>> (8 * i));
        }
        return this;
    }

    Bytes string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        return bytes(utf8);
    }

    Bytes bytes(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Grows the buffer, doubling it, until {@code bytes} more fit. */
    private void room(int bytes) {
        if (size + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
        }
    }

    /**
     * How a file or piece is deflated. Both make plain gzip, which every inflater reads.
     */
    enum Deflation {
        /** Repeated strings and Huffman codes, at the best level: JSON records, terms, word pairs. */
        STRINGS,
        /**
         * Huffman codes alone: postings, varints of document gaps, repeat few strings longer than
         * a match's own cost. At 10,000 notices the postings pieces came out 5 % smaller than at
         * the best level (the matches found spoil the codes' statistics) in a quarter of the
         * time; at 100,000 notices deflating them took 7 s of CPU.
         */
        CODES_ONLY
    }

    /**
     * A piece of {@code postings.bin} or {@code pairs.bin} as the browser reads it by a range
     * request: gzip-compressed when it has at least {@code compressFrom} bytes (where gzip starts
     * to save a tenth or more), else a 0 byte and the bytes as they are (a gzip piece starts with
     * 0x1f). Deflating a few hundred bytes saves little or nothing (gzip's own header and trailer
     * take 18), at a fixed cost per piece: at 10,000 notices, postings pieces under 256 bytes grew
     * by 13 % and those of 256 to 511 shrank by 5 %, and their 24,000 gzip calls were a third of
     * the export's CPU.
     */
    static byte[] piece(byte[] data, int compressFrom, Deflation deflation) {
        if (data.length >= compressFrom) {
            return gzip(data, deflation);
        }
        byte[] raw = new byte[data.length + 1];
        System.arraycopy(data, 0, raw, 1, data.length);
        return raw;
    }

    /** {@link #gzip(byte[], Deflation)} with repeated strings. */
    static byte[] gzip(byte[] data) {
        return gzip(data, Deflation.STRINGS);
    }

    /**
     * Gzip without a timestamp or file name, so that the same bytes in give the same bytes out.
     * Browsers decompress it with {@code DecompressionStream}, whatever the web server does.
     */
    static byte[] gzip(byte[] data, Deflation deflation) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 3 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed) {
            {
                if (deflation == Deflation.CODES_ONLY) {
                    def.setStrategy(Deflater.HUFFMAN_ONLY);
                } else {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }
        }) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}

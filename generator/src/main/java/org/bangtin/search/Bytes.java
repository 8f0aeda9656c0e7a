package org.bangtin.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The little binary writer of the static export: unsigned LEB128 varints, UTF-8 strings with
 * their length, and 32-bit floats as their IEEE bits (little endian), so the browser reads back
 * the very floats Lucene uses.
 */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    Bytes u8(int value) {
        out.write(value & 0xFF);
        return this;
    }

    Bytes f32(float value) {
        int bits = Float.floatToIntBits(value);
        for (int i = 0; i < 4; i++) {
            out.write((bits >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    Bytes string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        out.write(utf8, 0, utf8.length);
        return this;
    }

    Bytes bytes(byte[] value) {
        out.write(value, 0, value.length);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /**
     * Gzip without a timestamp or file name, so that the same bytes in give the same bytes out.
     * Browsers decompress it with {@code DecompressionStream}, whatever the web server does.
     */
    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 3 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}

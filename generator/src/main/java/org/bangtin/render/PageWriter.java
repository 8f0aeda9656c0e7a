package org.bangtin.render;

import java.io.Writer;
import java.util.Arrays;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

/**
 * Where Pebble writes a page: a {@link StringBuilder} kept by the rendering thread and reused from
 * page to page, instead of a new {@link java.io.StringWriter} (synchronized, and grown by copying
 * for every page). Writes numbers as {@code StringWriter} does, so the text is the same. Not
 * thread-safe: one rendering at a time, which {@link #acquire()} ensures for a thread.
 */
final class PageWriter extends Writer implements SpecializedWriter {
    private static final int INITIAL_CAPACITY = 64 * 1024;
    /** A buffer grown past this by an unusually large page is not kept for the next one. */
    private static final int MAX_KEPT_CAPACITY = 1024 * 1024;
    private static final ThreadLocal<PageWriter> KEPT = ThreadLocal.withInitial(PageWriter::new);

    private StringBuilder text = new StringBuilder(INITIAL_CAPACITY);
    /** The text's characters and its UTF-8 bytes while {@link #utf8()} encodes it; grown on first use. */
    private char[] chars = new char[0];
    private byte[] bytes = new byte[0];
    private boolean inUse;

    private PageWriter() {
    }

    /** An empty writer for one rendering; {@link #release()} it when its text has been taken. */
    static PageWriter acquire() {
        PageWriter writer = KEPT.get();
        if (writer.inUse) {
            writer = new PageWriter(); // a rendering inside a rendering: its own buffer
        }
        writer.inUse = true;
        return writer;
    }

    /** Empties the writer for the next rendering of this thread. */
    void release() {
        if (text.capacity() > MAX_KEPT_CAPACITY) {
            text = new StringBuilder(INITIAL_CAPACITY);
            chars = new char[0];
            bytes = new byte[0];
        } else {
            text.setLength(0);
        }
        inUse = false;
    }

    /** The text written so far. */
    String text() {
        return text.toString();
    }

    /**
     * The text written so far in UTF-8, as {@code text().getBytes(UTF_8)} gives it (a lone
     * surrogate becomes '?'). Encoded from the builder's characters into buffers this writer
     * keeps: the JDK's way (a String, which first tries to compress itself, then a byte array of
     * three bytes per character, then its exact copy) allocated 120 KB for a 20 KB page, two thirds
     * of the page phase's allocation at 100,000 notices, and took 36 us where this takes 21 us
     * for a 27,600-character list of Vietnamese titles (bench/README).
     */
    byte[] utf8() {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        if (bytes.length < 3 * length) {
            bytes = new byte[3 * length];
        }
        text.getChars(0, length, chars, 0);
        char[] in = chars;
        byte[] out = bytes;
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(in[i + 1])) {
                int codePoint = Character.toCodePoint(c, in[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        return Arrays.copyOf(out, at);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // the buffer is kept for the next page
    }

    @Override
    public void writeSpecialized(int i) {
        text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text.append(s);
    }
}

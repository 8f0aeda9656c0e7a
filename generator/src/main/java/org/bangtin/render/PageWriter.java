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
    private boolean inUse;
    /** Reused by {@link #utf8()}. */
    private char[] chars = new char[0];
    private byte[] bytes = new byte[0];

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
     * The text written so far in UTF-8, the same bytes as {@code text().getBytes(UTF_8)} (a lone
     * surrogate becomes '?'), without making the String, nor the buffer of three bytes a
     * character that {@code getBytes} fills and copies for a text that is not Latin-1. A plain
     * loop: the JDK's CharsetEncoder took a fifth of the rendering of pages with Vietnamese text
     * (it leaves its fast ASCII loop at the first other character, for good).
     */
    byte[] utf8() {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, INITIAL_CAPACITY)];
        }
        text.getChars(0, length, chars, 0);
        if (bytes.length < length * 3) {
            bytes = new byte[Math.max(length * 3, INITIAL_CAPACITY)];
        }
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xc0 | (c >> 6));
                bytes[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xe0 | (c >> 12));
                bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                bytes[at++] = (byte) (0xf0 | (codePoint >> 18));
                bytes[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
                bytes[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
                bytes[at++] = (byte) (0x80 | (codePoint & 0x3f));
            } else {
                bytes[at++] = '?';
            }
        }
        return Arrays.copyOf(bytes, at);
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

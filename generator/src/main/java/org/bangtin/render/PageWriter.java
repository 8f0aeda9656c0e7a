package org.bangtin.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
     * The text written so far in UTF-8 (a lone surrogate becomes '?'). The JDK's own loop over the
     * String: a loop of ours over a char[] copy ran at 43 us per notice page once compiled, this
     * at 16 us (bench/README), and a CharsetEncoder took a fifth of the rendering before either.
     */
    byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
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

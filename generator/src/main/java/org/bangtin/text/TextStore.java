package org.bangtin.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where a build keeps the long texts of its notices between the stages that make and use them.
 * A site of 100,000 notices has about 600 MB of Markdown, which as Java strings, with their HTML
 * and plain text, would need some 3 GB of heap; a spilling store writes them to a temporary file
 * instead, and the page cache keeps them close, but keeps in memory the texts that fit in a
 * sixteenth of the heap: writing a text out and reading it back costs encoding and decoding it
 * (a twentieth of a 10,000-notice build's CPU). Thread-safe.
 */
public abstract class TextStore implements Closeable {
    /** A store that keeps its texts in memory: for the preview, which keeps them between builds. */
    public static TextStore inMemory() {
        return new InMemoryStore();
    }

    /**
     * A store that keeps the texts it is given as strings in memory while they fit in a sixteenth
     * of the heap, and writes the others to a new file in the system's temporary folder, deleted
     * when the store is closed (on Unix at once: only the open store sees it, and a killed build
     * leaves nothing behind). The texts in the file cannot be read after that.
     */
    public static TextStore spilling() {
        return spilling(Path.of(System.getProperty("java.io.tmpdir")), Runtime.getRuntime().maxMemory() / 16);
    }

    /**
     * A spilling store whose file is in {@code folder}, keeping in memory the strings given to
     * {@link #put} while their characters take no more than {@code memoryBytes} (two bytes each).
     */
    static TextStore spilling(Path folder, long memoryBytes) {
        try {
            Path file = Files.createTempFile(folder, "bangtin-texts-", ".tmp");
            return new SpillingStore(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE), memoryBytes);
        } catch (IOException e) {
            throw new Failure("cannot create a temporary file in " + folder, e);
        }
    }

    /** The temporary file could not be made, written or read: the build cannot go on. */
    public static final class Failure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        Failure(String what, IOException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    /** Keeps {@code text} until the store is closed. */
    public abstract StoredText put(String text);

    /**
     * Keeps the text whose UTF-8 bytes are {@code utf8} from {@code from} on, which must be valid
     * UTF-8: a notice's Markdown as its file holds it, without decoding and encoding it again.
     * {@code decoded} gives the same text as a string, for a store that keeps strings and would
     * otherwise decode what the caller has decoded already.
     */
    public abstract StoredText putUtf8(byte[] utf8, int from, Supplier<String> decoded);

    /** Drops every text; a spilling store deletes its file. */
    @Override
    public abstract void close() throws IOException;

    /** {@code String.isBlank()} of the UTF-8 text from {@code from}: known at its first ASCII character that is not a space. */
    private static boolean isBlank(byte[] utf8, int from) {
        boolean ascii = true;
        for (int i = from; i < utf8.length; i++) {
            if (utf8[i] < 0) {
                ascii = false;
            } else if (!Character.isWhitespace(utf8[i])) {
                return false;
            }
        }
        return ascii || new String(utf8, from, utf8.length - from, StandardCharsets.UTF_8).isBlank();
    }

    /**
     * Keeps each text as its UTF-8 bytes: Vietnamese as a Java string takes two bytes a character,
     * as UTF-8 about a third less (a notice's Markdown, 8.7 KB against 5.7 KB). With the notices'
     * views holding their stored bodies rather than copies, the preview of 100,000 notices keeps
     * 2.2 GB of byte arrays after its first build, against 3.0 GB.
     */
    private static final class InMemoryStore extends TextStore {
        @Override
        public StoredText put(String text) {
            return text.isEmpty() ? StoredText.of(text) : new Utf8Text(text.getBytes(StandardCharsets.UTF_8), text.isBlank());
        }

        @Override
        public StoredText putUtf8(byte[] utf8, int from, Supplier<String> decoded) {
            if (from == utf8.length) {
                return StoredText.of("");
            }
            return new Utf8Text(Arrays.copyOfRange(utf8, from, utf8.length), isBlank(utf8, from));
        }

        @Override
        public void close() {
            // The texts stay readable: the preview keeps them between builds.
        }
    }

    /** A text in memory as its UTF-8 bytes; equal to another that holds the same bytes. */
    private static final class Utf8Text implements StoredText {
        private final byte[] utf8;
        private final boolean isBlank;
        private final int hash;

        Utf8Text(byte[] utf8, boolean isBlank) {
            this.utf8 = utf8;
            this.isBlank = isBlank;
            this.hash = Arrays.hashCode(utf8);
        }

        @Override
        public String read() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public String readStart(int characters) {
            int needed = Math.min(utf8.length, 3 * characters + 3); // as Spilled.readStart
            String start = new String(utf8, 0, needed, StandardCharsets.UTF_8);
            return start.length() <= characters ? start : start.substring(0, characters);
        }

        @Override
        public boolean isBlank() {
            return isBlank;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Utf8Text text && hash == text.hash && Arrays.equals(utf8, text.utf8);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return read();
        }
    }

    private static final class SpillingStore extends TextStore {
        private final FileChannel file;
        private final AtomicLong end = new AtomicLong();
        /** What is left of the memory for texts kept as strings, in bytes. */
        private final AtomicLong memoryLeft;

        SpillingStore(FileChannel file, long memoryBytes) {
            this.file = file;
            this.memoryLeft = new AtomicLong(memoryBytes);
        }

        @Override
        public StoredText put(String text) {
            if (text.isEmpty() || fitsInMemory(2L * text.length())) {
                return StoredText.of(text);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return write(bytes, 0, text.isBlank());
        }

        /** Takes {@code bytes} of the memory left for strings, if there are as many left. */
        private boolean fitsInMemory(long bytes) {
            if (memoryLeft.addAndGet(-bytes) >= 0) {
                return true;
            }
            memoryLeft.addAndGet(bytes); // a smaller text may still fit
            return false;
        }

        @Override
        public StoredText putUtf8(byte[] utf8, int from, Supplier<String> decoded) {
            if (from == utf8.length) {
                return StoredText.of("");
            }
            return write(utf8, from, isBlank(utf8, from));
        }

        private StoredText write(byte[] bytes, int from, boolean isBlank) {
            int length = bytes.length - from;
            // Each text gets its own range, so writers on several threads never wait for each other.
            long position = end.getAndAdd(length);
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
                while (buffer.hasRemaining()) {
                    file.write(buffer, position + buffer.position() - from);
                }
            } catch (IOException e) {
                throw new Failure("cannot write the build's temporary file", e);
            }
            return new Spilled(this, position, length, isBlank);
        }

        String read(long position, int length) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try {
                while (buffer.hasRemaining()) {
                    if (file.read(buffer, position + buffer.position()) < 0) {
                        throw new IOException("the file ended early");
                    }
                }
            } catch (IOException e) {
                throw new Failure("cannot read the build's temporary file", e);
            }
            return new String(buffer.array(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** A text in a spilling store's file; equal only to itself (the same range of the same store). */
    private record Spilled(SpillingStore store, long position, int length, boolean isBlank) implements StoredText {
        @Override
        public String read() {
            return store.read(position, length);
        }

        /**
         * Reads only the bytes the start needs: a character takes at most three bytes (a pair of
         * surrogates four), so whole characters in 3 × length + 3 bytes give {@code length} or more.
         */
        @Override
        public String readStart(int characters) {
            long needed = 3L * characters + 3;
            if (needed >= length) {
                return StoredText.super.readStart(characters);
            }
            String start = store.read(position, (int) needed);
            return start.substring(0, characters);
        }
    }
}

package org.bangtin.text;

/**
 * A long text (a notice's Markdown, its HTML or plain text) kept by a {@link TextStore} until the
 * build needs it again. Reading it may cost a file read; read it where it is used, not to keep it.
 */
public interface StoredText {
    /** The text. */
    String read();

    /** Whether the text is empty or only white space, known without reading it. */
    boolean isBlank();

    /** The text's first {@code length} characters, as {@code substring} cuts them; all of it when shorter. */
    default String readStart(int length) {
        String text = read();
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** A text kept as it is, in memory. */
    static StoredText of(String text) {
        return new InMemory(text);
    }

    /** A text in memory; equal to another that holds the same characters. */
    record InMemory(String text) implements StoredText {
        public InMemory {
            java.util.Objects.requireNonNull(text, "text");
        }

        @Override
        public String read() {
            return text;
        }

        @Override
        public boolean isBlank() {
            return text.isBlank();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

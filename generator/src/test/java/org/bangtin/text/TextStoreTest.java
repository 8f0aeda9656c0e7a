package org.bangtin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStoreTest {
    @TempDir
    Path folder;

    @Test
    void spilledTextsReadBackAsWrittenFromManyThreads() throws IOException {
        try (TextStore store = TextStore.spilling(folder, 0)) {
            List<String> texts = IntStream.range(0, 2_000)
                    .mapToObj(i -> "Kế hoạch số " + i + "/KH-UBND về bình đẳng giới 🇻🇳 " + "đ".repeat(i % 300)).toList();
            List<StoredText> stored = texts.parallelStream().map(store::put).toList();
            IntStream.range(0, texts.size()).parallel()
                    .forEach(i -> assertEquals(texts.get(i), stored.get(i).read(), "text " + i));
        }
    }

    @Test
    void textsThatFitTheMemoryGivenStayStringsAndTheOthersGoToTheFile() throws IOException {
        String first = "Kế hoạch số 925/KH-UBND";
        String tooLong = "Thông báo lịch tiếp công dân tháng 5";
        String last = "Quyết định";
        StoredText kept;
        StoredText spilled;
        StoredText keptAfter;
        try (TextStore store = TextStore.spilling(folder, 2L * (first.length() + last.length()))) {
            kept = store.put(first);
            spilled = store.put(tooLong);
            keptAfter = store.put(last); // what the long one did not take is left for it
            assertEquals(tooLong, spilled.read());
        }
        assertEquals(first, kept.read(), "a text kept in memory is read without the file");
        assertEquals(last, keptAfter.read());
        assertThrows(TextStore.Failure.class, spilled::read, "the text past the memory was not written to the file");
    }

    @Test
    void blankIsKnownWithoutReading() throws IOException {
        try (TextStore store = TextStore.spilling(folder, 0)) {
            assertTrue(store.put("").isBlank());
            assertTrue(store.put(" \n\t").isBlank());
            assertFalse(store.put("  Thông báo").isBlank());
            assertEquals("", store.put("").read());
        }
    }

    @Test
    void textsGivenAsUtf8FromAnOffsetReadBackAndKnowWhetherTheyAreBlank() throws IOException {
        byte[] file = "---\ntitle: x\n---\nBình đẳng giới 🇻🇳".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int body = "---\ntitle: x\n---\n".length();
        // String.isBlank's spaces: an ideographic space is one, a no-break space is not.
        String[] blanks = {"", " \n\t", "\u3000 ", "\n\u2003"};
        String[] notBlank = {"\u00a0", " \u3000x", "đ"};
        for (TextStore store : List.of(TextStore.spilling(folder, 0), TextStore.inMemory())) {
            try (store) {
                assertEquals("Bình đẳng giới 🇻🇳", putUtf8(store, file, body).read());
                for (String text : blanks) {
                    assertTrue(putUtf8(store, utf8("ab" + text), 2).isBlank(), "'" + text + "'");
                    assertEquals(text, putUtf8(store, utf8("ab" + text), 2).read());
                }
                for (String text : notBlank) {
                    assertFalse(putUtf8(store, utf8("ab" + text), 2).isBlank(), "'" + text + "'");
                }
            }
        }
    }

    @Test
    void theStartOfATextIsCutAsSubstringCutsIt() throws IOException {
        // One, two, three and four bytes a character, so that a read of the start ends mid-character.
        String text = "a đ ẳ 🇻🇳 ".repeat(30) + "kế hoạch";
        for (TextStore store : List.of(TextStore.spilling(folder, 0), TextStore.inMemory())) {
            try (store) {
                StoredText stored = store.put(text);
                for (int length = 0; length <= text.length() + 2; length++) {
                    String expected = text.substring(0, Math.min(length, text.length()));
                    assertEquals(expected, stored.readStart(length), length + " characters");
                }
            }
        }
    }

    /** Puts the text as the loader does: its bytes, and the same text decoded. */
    private static StoredText putUtf8(TextStore store, byte[] utf8, int from) {
        return store.putUtf8(utf8, from,
                () -> new String(utf8, from, utf8.length - from, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void closingDeletesTheFileAndTheTextsWithIt() throws IOException {
        StoredText text;
        try (TextStore store = TextStore.spilling(folder, 0)) {
            text = store.put("Quyết định số 12/QĐ-UBND");
        }
        assertEquals(List.of(), files());
        TextStore.Failure failure = assertThrows(TextStore.Failure.class, text::read);
        assertTrue(failure.getMessage().startsWith("cannot read the build's temporary file"), failure.getMessage());
    }

    @Test
    void aFolderThatCannotHoldTheFileIsAClearFailure() {
        Path missing = folder.resolve("missing");
        TextStore.Failure failure = assertThrows(TextStore.Failure.class, () -> TextStore.spilling(missing, 0));
        assertTrue(failure.getMessage().startsWith("cannot create a temporary file in " + missing), failure.getMessage());
    }

    @Test
    void textsInMemoryAreEqualByContentAndSpilledOnesOnlyToThemselves() throws IOException {
        TextStore memory = TextStore.inMemory();
        StoredText decoded = memory.put("Kế hoạch số 925/KH-UBND");
        StoredText asRead = putUtf8(memory, utf8("---\n---\nKế hoạch số 925/KH-UBND"), "---\n---\n".length());
        assertEquals(decoded, asRead, "a notice read again is the same text, however it was given");
        assertEquals(decoded.hashCode(), asRead.hashCode());
        assertNotEquals(decoded, memory.put("Kế hoạch số 926/KH-UBND"));
        try (TextStore store = TextStore.spilling(folder, 0)) {
            StoredText one = store.put("a");
            assertEquals(one, one);
            assertNotEquals(one, store.put("a"));
        }
    }

    private List<Path> files() throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.toList();
        }
    }
}

package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageWriterTest {
    @Test
    void utf8IsWhatGetBytesGives() {
        String[] texts = {"", "<p>ascii</p>", "Kế hoạch bình đẳng giới – năm 2019 “số” 925/KH-UBND",
            "lone \uD800 surrogate and a pair \uD83D\uDE00", "x".repeat(200_000) + "đ",
            // the edges of one, two, three and four bytes; surrogates alone, reversed, last
            "\u007F\u0080\u07FF\u0800\uFFFF \uDBFF\uDFFF \uDC00 alone, \uDE00\uD83D reversed, last \uD83D"};
        for (String text : texts) {
            PageWriter writer = PageWriter.acquire();
            try {
                writer.write(text);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), writer.utf8(), text.length() + " characters");
                assertEquals(text, writer.text());
            } finally {
                writer.release();
            }
        }
    }

    @Test
    void utf8OfRandomTextIsWhatGetBytesGives() {
        // Characters from every UTF-8 length, surrogates alone and in pairs, in seeded random
        // pages written in pieces; the writer is reused from page to page as in a build.
        java.util.Random random = new java.util.Random(20261205);
        char[] pool = {'a', '<', '"', '\n', '\u00E0', '\u1EBF', '\u0111', '\u07FF', '\u0800', '\uFFFD',
            '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
        for (int page = 0; page < 500; page++) {
            StringBuilder text = new StringBuilder();
            PageWriter writer = PageWriter.acquire();
            try {
                for (int piece = random.nextInt(20); piece >= 0; piece--) {
                    StringBuilder part = new StringBuilder();
                    for (int i = random.nextInt(page < 490 ? 50 : 300_000); i > 0; i--) {
                        part.append(pool[random.nextInt(pool.length)]);
                    }
                    writer.write(part.toString());
                    text.append(part);
                }
                assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), writer.utf8(), "page " + page);
            } finally {
                writer.release();
            }
        }
    }

    @Test
    void numbersAreWrittenAsAStringWriterWritesThem() {
        PageWriter writer = PageWriter.acquire();
        try {
            writer.writeSpecialized(12);
            writer.writeSpecialized(3L);
            writer.writeSpecialized(1.5);
            writer.writeSpecialized(2.25f);
            writer.writeSpecialized('c');
            assertEquals("1231.52.25c", writer.text());
        } finally {
            writer.release();
        }
    }

    @Test
    void aRenderingInsideARenderingHasItsOwnBuffer() {
        PageWriter outer = PageWriter.acquire();
        try {
            outer.write("outer");
            PageWriter inner = PageWriter.acquire();
            try {
                assertNotSame(outer, inner);
                inner.write("inner");
                assertEquals("inner", inner.text());
            } finally {
                inner.release();
            }
            assertEquals("outer", outer.text());
        } finally {
            outer.release();
        }
    }
}

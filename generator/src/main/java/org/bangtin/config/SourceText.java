package org.bangtin.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;

/** Decodes a content file as UTF-8, reporting the line of the first byte that is not UTF-8. */
public final class SourceText {
    private SourceText() {
    }

    /**
     * The text with any byte order mark removed, line ends made '\n' and letters composed (NFC);
     * empty if not UTF-8.
     */
    public static Optional<String> decode(byte[] bytes, Path file, Diagnostics problems) {
        return read(bytes, file, problems).map(Decoded::text);
    }

    /**
     * A file's text, and whether it is exactly its bytes' UTF-8 decoding: no byte order mark
     * removed, no '\r' replaced, no letter composed.
     */
    public record Decoded(String text, boolean verbatim) {
    }

    /** The text as {@link #decode} gives it, and whether decoding changed anything. */
    public static Optional<Decoded> read(byte[] bytes, Path file, Diagnostics problems) {
        // The JDK's own decoding is several times faster than a CharsetDecoder loop, but replaces
        // bad bytes with U+FFFD instead of reporting them: a text without U+FFFD had none.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(normalized(fast, bytes));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            if (utf16(bytes)) {
                problems.error(file, 1, "the file is saved as UTF-16 (\"Unicode\" in Notepad's Save as), not UTF-8",
                        "open it and save it again with the encoding UTF-8 (in Notepad: Save as, Encoding: UTF-8)");
                return Optional.empty();
            }
            int bad = in.position();
            problems.error(file, lineAt(bytes, bad),
                    "the file is not UTF-8 text (byte 0x" + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + ")",
                    "save the file as UTF-8 in your editor (Windows-1258 and TCVN3 files must be converted)");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(normalized(out.toString(), bytes));
    }

    /** Whether the bytes start with UTF-16's byte order mark, as Windows' "Unicode" files do. */
    private static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    /**
     * The text without a byte order mark, with '\n' line ends, and composed: Vietnamese typed on
     * some Macs or copied from PDFs comes decomposed ("e" + U+0302 + U+0301 for "ế"), which some
     * fonts draw badly and exact matching misses. Only text with a combining mark is checked: the
     * JDK's check of every text took a tenth of loading 10,000 notices, a look at the bytes a
     * sixth of that. Other characters outside NFC (the Ohm sign, say) are left as typed.
     */
    private static Decoded normalized(String decoded, byte[] bytes) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        if (hasCombiningMark(bytes) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new Decoded(text, text == decoded);
    }

    /**
     * Whether the UTF-8 bytes hold a character of U+0300 to U+037F, the combining marks that
     * decomposed Vietnamese is written with (and a few Greek letters): their lead bytes are 0xCC
     * and 0xCD, which no other character's encoding holds.
     */
    private static boolean hasCombiningMark(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xFE) == 0xCC) {
                return true;
            }
        }
        return false;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
